import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import puppeteer, {type Browser, type Page} from 'puppeteer-core';
import {callSource, collectProblems, drainProblems, hydrated, type Driver, type Visit} from './driver';

/** Debian's Firefox ESR (apt `firefox-esr`), or FIREFOX_PATH. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** "Mozilla Firefox 153.7.0esr" → "Firefox 153.7.0esr". */
function firefoxVersion(): string {
  if (!existsSync(firefoxPath)) {
    throw new Error(`Firefox ESR not found at ${firefoxPath}: apt-get install firefox-esr (or set FIREFOX_PATH).`);
  }
  return execFileSync(firefoxPath, ['--version'], {encoding: 'utf8'}).trim().replace(/^Mozilla /, '');
}

/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi (no geckodriver).
 * It reports uncaught errors and CSP violations as page errors, console
 * errors as console events, and a 404 only as a response status.
 */
export async function launchFirefox(): Promise<Driver> {
  const version = firefoxVersion();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    defaultViewport: {width: 1280, height: 900},
  });
  const page: Page = await browser.newPage();
  await page.evaluateOnNewDocument(callSource(collectProblems, []));

  const reported: string[] = [];
  page.on('pageerror', (error) => reported.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') reported.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Leaving or reloading a page aborts what it was still loading: no error.
    if (!/ABORTED/.test(reason)) reported.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) reported.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  const evaluate: Driver['evaluate'] = async (fn, ...args) => (await page.evaluate(callSource(fn, args))) as never;
  const takeProblems = async () => {
    const inPage = await evaluate(drainProblems).catch(() => [] as string[]);
    const problems: string[] = [];
    for (const problem of [...reported.splice(0), ...inPage]) {
      if (!(await abandonedByLeaving(problem))) problems.push(problem);
    }
    return problems;
  };
  /**
   * Leaving a page while it still prefetches chunks cuts those requests off.
   * Chromium calls that net::ERR_ABORTED; Firefox, when the service worker
   * was answering them, reports "A ServiceWorker intercepted the request and
   * encountered an unexpected error". Such a file is no failure if the worker
   * serves it now; if it does not, the report stands.
   */
  const abandonedByLeaving = async (problem: string) => {
    const cut = /^page error: Failed to load ‘(.+)’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/.exec(problem);
    if (!cut) return false;
    return evaluate(
      (url: string) => fetch(url).then((response) => response.ok, () => false),
      cut[1],
    ).catch(() => false);
  };
  // What the page recorded is lost when it is left: keep it for the next call.
  const beforeLeaving = async () => {
    reported.push(...(await evaluate(drainProblems).catch(() => [] as string[])));
  };

  const driver: Driver = {
    engine: 'firefox',
    version,
    async goto(url) {
      await beforeLeaving();
      await page.goto(url, {waitUntil: 'load'});
    },
    async reload() {
      await beforeLeaving();
      await page.reload({waitUntil: 'load'});
    },
    async click(selector) {
      await page.click(selector);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    evaluate,
    async screenshot(file) {
      await page.screenshot({path: file as `${string}.png`});
    },
    takeProblems,
    async visitEach(urls) {
      const visits: Visit[] = [];
      for (const url of urls) {
        await driver.goto(url);
        visits.push({url, hydrated: await hydrated(driver), problems: await takeProblems()});
      }
      return visits;
    },
    async close() {
      await browser.close();
    },
  };
  return driver;
}
