/**
 * What a reader does on the site, described once and run in every engine
 * (`suite.ts` runs each journey per engine and per base path). Each step
 * waits for what the reader would see, by polling the page; none sleeps.
 */
import assert from 'node:assert/strict';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {waitFor, type Driver, hydrated} from './driver';
import {canaryPath, type SiteServer} from './server';

export const modulePath = 'foundations/module-06/';
/** A path the site does not have: the server answers with the site's 404 page. */
export const missingPath = 'no-such-page/';

export interface JourneyContext {
  driver: Driver;
  site: SiteServer;
  /** Where screenshots go (test-results/engines). */
  outputDir: string;
  /** Marks the test skipped with the reason, and ends the journey. */
  skip(reason: string): never;
}

export interface Journey {
  name: string;
  /** Run at the root base only (the screenshots: one set per engine is enough to look at). */
  rootOnly?: boolean;
  run(context: JourneyContext): Promise<void>;
}

/** Everything that went wrong, in the page and on the server, since the last look. */
export async function problems({driver, site}: Pick<JourneyContext, 'driver' | 'site'>): Promise<string[]> {
  return [...(await driver.takeProblems()), ...site.takeFailures()];
}

async function expectNoProblems(context: JourneyContext) {
  assert.deepEqual(await problems(context), [], `${context.driver.version}: the page reported problems`);
}

let tagged = 0;
/**
 * Finds the first element matching `css` whose text (or accessible label)
 * contains every one of `texts`, and returns a selector for it, for a real click.
 */
async function find(driver: Driver, css: string, ...texts: string[]): Promise<string> {
  const id = String(++tagged);
  const found = await waitFor(
    driver,
    `${css} containing ${JSON.stringify(texts)} is on the page`,
    (css: string, texts: string[], id: string) => {
      const element = Array.from(document.querySelectorAll<HTMLElement>(css)).find((el) => {
        const text = `${el.innerText} ${el.getAttribute('aria-label') ?? ''} ${el.closest('label')?.innerText ?? ''}`;
        return texts.every((t) => text.includes(t)) && el.getClientRects().length > 0;
      });
      element?.setAttribute('data-engine-target', id);
      return Boolean(element);
    },
    [css, texts, id],
  );
  assert.ok(found);
  return `[data-engine-target="${id}"]`;
}

/**
 * Clicks the element `find` finds. Like a Playwright locator, it finds the
 * element again if the page replaced it between finding and clicking (React
 * re-renders the search suggestions on every key), or while something still
 * covers it; within 20 s.
 */
async function clickOn(driver: Driver, css: string, ...texts: string[]) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const selector = await find(driver, css, ...texts);
    try {
      return await driver.click(selector);
    } catch (error) {
      const gone = /stale|not found|wasn't found|no element|detached|not attached|intercepted/i.test(String(error));
      if (!gone || Date.now() > deadline) throw error;
    }
  }
}

/** Opens a page and waits until React has hydrated it. */
async function open(driver: Driver, url: string) {
  await driver.goto(url);
  assert.ok(await hydrated(driver), `${url} never hydrated in ${driver.version}`);
}

async function reload(driver: Driver) {
  await driver.reload();
  assert.ok(await hydrated(driver), `the page never hydrated again after a reload in ${driver.version}`);
}

const progress = {
  async untilCount(driver: Driver, done: number) {
    await waitFor(
      driver,
      `the progress meter reads ${done} of 8 done`,
      (done: number) => {
        const meter = document.querySelector('[role="progressbar"]');
        const count = document.querySelector('[data-progress="module"]')?.textContent ?? '';
        return meter?.getAttribute('aria-valuenow') === String(done) && count.includes(`${done} of 8 done`);
      },
      [done],
    );
  },
  async untilInteractive(driver: Driver) {
    await waitFor(driver, 'the progress controls are enabled', () =>
      Array.from(document.querySelectorAll('button')).some((b) => b.textContent === 'Reset progress' && !b.disabled),
    [],
    );
  },
  checked: (driver: Driver) =>
    driver.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('[data-progress="section"] input[type="checkbox"]'))
        .filter((box) => box.checked)
        .map((box) => box.closest('label')?.textContent?.trim()),
    ),
};

export const journeys: Journey[] = [
  {
    name: 'every page loads with no failed request, uncaught error or CSP violation, and so does the 404 page',
    async run(context) {
      const {driver, site} = context;
      const missing = site.url(missingPath);
      const [canary, ...visits] = await driver.visitEach([`${site.origin}${canaryPath}`, ...site.pages(), missing]);
      const failures = site.takeFailures();
      assert.ok(
        canary.problems.some((p) => /CSP|Content[- ]Security[- ]Policy|SECURITY ERROR/i.test(p)),
        `${driver.version} saw no CSP violation on the canary page, which has one: it would miss the site's too. Saw: ${JSON.stringify(canary.problems)}`,
      );
      for (const visit of visits) {
        assert.ok(visit.hydrated, `${visit.url} never hydrated in ${driver.version}`);
        // The 404 page's own answer is a 404, which is the point; anything else is not.
        const unexpected = visit.problems.filter(
          (p) => !(visit.url === missing && /\b404\b/.test(p) && p.includes(missingPath)),
        );
        assert.deepEqual(unexpected, [], `${visit.url} in ${driver.version}`);
      }
      assert.deepEqual(failures, [`HTTP 404: GET ${site.base}${missingPath}`], 'the server answered only the missing page with an error');
      await expectNoProblems(context);
    },
  },
  {
    name: 'search: typing "Cosign" offers section 6.3, and opening it lands on the section',
    async run(context) {
      const {driver, site} = context;
      await open(driver, site.url());
      await clickOn(driver, '.navbar input[aria-label="Search"]');
      await driver.type('Cosign');
      await clickOn(driver, '[role="option"]', 'Module 6: Optimize', '6.3 Continuous Integration');
      const modulePathname = `${site.base}${modulePath}`;
      await waitFor(
        driver,
        'the module page is open at section 6.3',
        (path: string) => location.pathname === path && location.hash.startsWith('#63-'),
        [modulePathname],
      );
      await waitFor(driver, 'the heading of 6.3 is on screen', () => {
        const heading = Array.from(document.querySelectorAll('article h2')).find((h) =>
          h.textContent?.startsWith('6.3 Continuous Integration'),
        );
        const box = heading?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.top < innerHeight;
      }, []);
      await expectNoProblems(context);
    },
  },
  {
    name: 'progress: a section marked done is still done after a reload, and reset clears it',
    async run(context) {
      const {driver, site} = context;
      await open(driver, site.url(modulePath));
      await progress.untilInteractive(driver);
      await progress.untilCount(driver, 0);
      await clickOn(driver, '[data-progress="section"] input[type="checkbox"]', 'Mark 6.3 as done');
      await progress.untilCount(driver, 1);

      await reload(driver);
      await progress.untilInteractive(driver);
      await progress.untilCount(driver, 1);
      assert.deepEqual(await progress.checked(driver), ['Mark 6.3 as done']);

      await clickOn(driver, 'button', 'Reset progress');
      await progress.untilCount(driver, 0);
      assert.deepEqual(await progress.checked(driver), []);
      await reload(driver);
      await progress.untilInteractive(driver);
      await progress.untilCount(driver, 0);
      assert.deepEqual(await progress.checked(driver), []);
      await expectNoProblems(context);
    },
  },
  {
    name: 'zoom: a figure opens in its dialog by click and by Enter, closes by Escape and by Close, and focus returns to it',
    async run(context) {
      const {driver, site} = context;
      await open(driver, site.url(modulePath));
      const button = await find(driver, 'figure button[aria-haspopup="dialog"]');
      const dialogState = () =>
        driver.evaluate((button: string) => {
          const figure = document.querySelector(button)!.closest('figure')!;
          const dialog = figure.querySelector('dialog')!;
          const image = dialog.querySelector('[role="img"], img');
          return {
            open: dialog.open && dialog.getClientRects().length > 0 && (image?.getBoundingClientRect().width ?? 0) > 0,
            backdrop: getComputedStyle(dialog, '::backdrop').backgroundColor,
          };
        }, button);
      const untilOpen = () =>
        waitFor(driver, 'the figure is open in its dialog', (button: string) => {
          const dialog = document.querySelector(button)!.closest('figure')!.querySelector('dialog')!;
          const image = dialog.querySelector('[role="img"], img');
          return dialog.open && (image?.getBoundingClientRect().width ?? 0) > 0;
        }, [button]);
      const untilClosedWithFocusBack = (how: string) =>
        waitFor(
          driver,
          `${how} closed the dialog and focus is back on the figure`,
          (button: string) => {
            const trigger = document.querySelector(button)!;
            const dialog = trigger.closest('figure')!.querySelector('dialog')!;
            return !dialog.open && document.activeElement === trigger;
          },
          [button],
        );

      await driver.click(button);
      await untilOpen();
      // The backdrop dims the page (light theme: the default here).
      assert.equal((await dialogState()).backdrop, 'rgba(0, 0, 0, 0.55)');
      await driver.press('Escape');
      await untilClosedWithFocusBack('Escape');

      await driver.evaluate((button: string) => document.querySelector<HTMLElement>(button)!.focus(), button);
      await driver.press('Enter');
      await untilOpen();
      await clickOn(driver, 'figure dialog[open] button', 'Close');
      await untilClosedWithFocusBack('the Close button');
      assert.equal((await dialogState()).open, false);

      // Safari on macOS does not focus a button that is clicked (WebKitGTK
      // does): opened so, from nothing focused, focus still comes back.
      await driver.evaluate((button: string) => {
        (document.activeElement as HTMLElement | null)?.blur();
        document.querySelector<HTMLElement>(button)!.click();
      }, button);
      await untilOpen();
      await driver.press('Escape');
      await untilClosedWithFocusBack('Escape, after a click that did not focus the figure,');
      await expectNoProblems(context);
    },
  },
  {
    name: 'quiz: answering and checking announces a score that is kept after a reload',
    async run(context) {
      const {driver, site} = context;
      const quiz = 'form[aria-label$="self-check quiz"]';
      // The quiz's code loads when the reader reaches it (src/components/Quiz):
      // scroll there, and wait until its answers can be checked.
      const reachQuiz = async () => {
        await driver.evaluate((quiz: string) => document.querySelector(quiz)?.scrollIntoView(), quiz);
        await waitFor(
          driver,
          'the quiz can be checked',
          (quiz: string) => {
            const button = document.querySelector<HTMLButtonElement>(`${quiz} button[type="submit"]`);
            return Boolean(button && !button.disabled && button.textContent === 'Check answers');
          },
          [quiz],
        );
      };
      await open(driver, site.url(modulePath));
      // The module ends with its quiz: a page without it is a failure, not a skip.
      assert.ok(await driver.evaluate((quiz: string) => document.querySelector(quiz) !== null, quiz), 'the module page has its quiz');
      await reachQuiz();
      // The right answers are the quiz's business: pick the first choice of each question.
      const questions = await driver.evaluate((quiz: string) => {
        const fieldsets = Array.from(document.querySelectorAll(`${quiz} fieldset`));
        fieldsets.forEach((fieldset, i) =>
          fieldset.querySelector('input[type="radio"], input[type="checkbox"]')?.setAttribute('data-engine-answer', String(i)),
        );
        return fieldsets.length;
      }, quiz);
      assert.ok(questions > 0, 'the quiz has questions');
      for (let i = 0; i < questions; i++) await driver.click(`[data-engine-answer="${i}"]`);
      await clickOn(driver, `${quiz} button[type="submit"]`, 'Check answers');
      const score = await waitFor(driver, 'the quiz announces a score', (quiz: string) => {
        const status = document.querySelector(`${quiz} [role="status"]`)?.textContent ?? '';
        return /\b(\d+) of (\d+) correct\b/.exec(status)?.slice(1, 3).join(' of ') ?? '';
      }, [quiz]);
      await reload(driver);
      await reachQuiz();
      await waitFor(
        driver,
        `the quiz still shows "Last result: ${score}" after a reload`,
        (quiz: string, score: string) => (document.querySelector(quiz)?.textContent ?? '').includes(`Last result: ${score}`),
        [quiz, score],
      );
      await expectNoProblems(context);
    },
  },
  {
    name: 'print: the print rules hide navigation, search and progress, and external links show where they go',
    async run(context) {
      const {driver, site} = context;
      await open(driver, site.url(modulePath));
      // Neither driver can switch an engine to print media the same way, so
      // the page's own @media print rules are applied to the screen (a
      // constructed style sheet, which the page's CSP allows): what is tested
      // is how this engine reads and applies them.
      const printed = await driver.evaluate(() => {
        const rules: string[] = [];
        for (const sheet of Array.from(document.styleSheets)) {
          for (const rule of Array.from(sheet.cssRules)) {
            if (rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText)) {
              rules.push(...Array.from(rule.cssRules).map((r) => r.cssText));
            }
          }
        }
        const print = new CSSStyleSheet();
        print.replaceSync(rules.join('\n'));
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, print];
        const shown = (selector: string) =>
          Array.from(document.querySelectorAll(selector)).filter((el) => el.getClientRects().length > 0).length;
        const after = (selector: string) => {
          const link = document.querySelector(selector);
          return link ? getComputedStyle(link, '::after').content : 'no such link';
        };
        const result = {
          rules: rules.length,
          shown: Object.fromEntries(
            [
              '.navbar',
              '.theme-doc-sidebar-container',
              '.theme-doc-toc-desktop',
              '.navbar__search-input',
              '[data-progress="module"]',
              '[data-progress="section"]',
              '.footer',
            ].map((selector) => [selector, shown(selector)]),
          ),
          article: shown('article h1'),
          external: after('article a[href="https://github.com/sigstore/cosign"]'),
          internal: after('article a[href*="getting-started/"]'),
        };
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== print);
        return result;
      });
      assert.ok(printed.rules > 0, 'the site has print rules');
      assert.deepEqual(
        Object.entries(printed.shown).filter(([, count]) => count > 0),
        [],
        `${driver.version} still shows these in print`,
      );
      assert.equal(printed.article, 1, 'the module itself prints');
      // WebKit (and Chromium) report the URL itself; Firefox reports `attr(href)` unresolved.
      assert.match(printed.external, /https:\/\/github\.com\/sigstore\/cosign|attr\(href\)/, 'an external link prints its URL');
      assert.equal(printed.internal, 'none', 'a link within the site prints as it is');
      await expectNoProblems(context);
    },
  },
  {
    name: 'screenshots of the module page in the light and the dark theme, for a person to look at',
    rootOnly: true,
    async run(context) {
      const {driver, site, outputDir} = context;
      await open(driver, site.url(modulePath));
      for (const theme of ['light', 'dark']) {
        await driver.evaluate((theme: string) => localStorage.setItem('theme', theme), theme);
        await reload(driver);
        await waitFor(driver, `the ${theme} theme is on`, (theme: string) => document.documentElement.dataset.theme === theme, [theme]);
        const file = join(outputDir, `${driver.engine}-module-${theme}.png`);
        await driver.screenshot(file);
        assert.ok(existsSync(file) && statSync(file).size > 10_000, `${file} is a real screenshot`);
        assert.equal(readFileSync(file).subarray(1, 4).toString(), 'PNG');
      }
      await driver.evaluate(() => localStorage.removeItem('theme'));
      await expectNoProblems(context);
    },
  },
];

/**
 * Offline, in a browser that has visited the site once (its home page) and
 * nothing else: with the server stopped, the module page and the 404 page
 * still open. Written against what the reader sees, not against how the
 * service worker keeps the files.
 */
export const offlineJourney: Journey = {
  name: 'offline: after one online visit, the module page and the 404 page open with the network gone',
  async run(context) {
    const {driver, site} = context;
    await open(driver, site.url());
    // An active worker has finished installing, which is when a worker keeps
    // what it keeps ahead of time, whatever its cache keys look like.
    await waitFor(
      driver,
      'the site has an activated service worker',
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
      [],
      60_000,
    );
    await site.stop();
    try {
      await open(driver, site.url(modulePath));
      await waitFor(driver, 'the module page shows its title', () => document.querySelector('h1')?.textContent === 'Module 6: Optimize - Keep Improving', []);
      await open(driver, site.url(missingPath));
      await waitFor(driver, 'the 404 page shows', () => /Page Not Found/.test(document.querySelector('h1')?.textContent ?? ''), []);
    } finally {
      await site.start();
    }
  },
};
