import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test, type BrowserContext, type Page} from '@playwright/test';
import {at, base, buildDir, modulePath, watchForErrors} from '../support/site';

// Offline reading (README, "Reader features"; src/plugins/offline.ts): once
// the site has loaded, its service worker keeps every page, and the site
// reads without a network, at `/` or under a sub-path.

declare global {
  interface Window {
    workerAtLoad?: boolean;
  }
}

/** What this build's sw.js keeps, as paths on the server. */
function precached(): string[] {
  const source = readFileSync(join(buildDir, 'sw.js'), 'utf8');
  const build = /^const BUILD = (.*);$/m.exec(source);
  if (!build) throw new Error(`${buildDir}/sw.js has no BUILD line`);
  const {precache} = JSON.parse(build[1]) as {precache: string[]};
  return precache.map((url) => new URL(url, `http://site${base}`).pathname);
}

/** Waits until the worker controls the page and has every file of the build in its cache. */
async function keptForOffline(page: Page) {
  const paths = precached();
  expect(paths).toEqual(expect.arrayContaining([base, modulePath, at('404.html'), at('search-index.json')]));
  await expect
    .poll(
      () =>
        page.evaluate(async (paths) => {
          if (!navigator.serviceWorker.controller) return ['(no controller yet)'];
          const missing: string[] = [];
          for (const path of paths) if (!(await caches.match(new URL(path, location.origin).href))) missing.push(path);
          return missing;
        }, paths),
      {timeout: 30_000, message: 'every file of the build is cached'},
    )
    .toEqual([]);
}

/**
 * Offline for the pages and for the worker. Returns what the worker still
 * got, which can only be from the browser's HTTP cache.
 */
async function goOffline(context: BrowserContext) {
  const fetched: string[] = [];
  context.on('requestfinished', (request) => {
    if (request.serviceWorker()) fetched.push(request.url());
  });
  await context.setOffline(true);
  return fetched;
}

test('the worker is registered only after the page has loaded, at the base URL with it as scope', async ({page, request, baseURL}) => {
  const sw = await request.get(at('sw.js'));
  expect(sw.status()).toBe(200);
  expect(sw.headers()['content-type']).toMatch(/javascript/);
  // What the page saw when its load event fired.
  await page.addInitScript(() =>
    window.addEventListener('load', () => {
      void navigator.serviceWorker.getRegistration().then((r) => (window.workerAtLoad = r !== undefined));
    }),
  );
  await page.goto(at());
  await keptForOffline(page);
  expect(await page.evaluate(() => window.workerAtLoad)).toBe(false);
  const registration = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    return {scope: r.scope, script: r.active?.scriptURL};
  });
  expect(registration).toEqual({scope: `${baseURL}${base}`, script: `${baseURL}${at('sw.js')}`});
  // Its caches are named after the base path, so sites sharing an origin keep theirs.
  const names = await page.evaluate(() => caches.keys());
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(new RegExp(`^offline ${base.replace(/[/.]/g, '\\$&')} [0-9a-f]{16}$`));
});

test('once the site has loaded, it reads offline: pages, figures, progress, links, search, the 404 page', async ({page, context, baseURL}) => {
  const problems = watchForErrors(page, baseURL!);
  const loadedOnline = new Set<string>();
  page.on('requestfinished', (request) => loadedOnline.add(request.url()));
  await page.goto(at());
  await keptForOffline(page);
  const fetchedOffline = await goOffline(context);
  // The network is gone: what the worker does not keep fails.
  expect(await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'failed'), at('sitemap.xml'))).toBe('failed');
  problems.length = 0;

  // The module page, never opened in this browser: from the worker's cache.
  const response = await page.goto(modulePath);
  expect(response?.status()).toBe(200);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveText('Module 6: Optimize - Keep Improving');
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect(page.locator('article figure svg').first()).toBeVisible();
  // A figure zooms.
  await page.locator('figure button[aria-haspopup="dialog"]').first().click();
  await expect(page.locator('figure dialog[open]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('figure dialog[open]')).toHaveCount(0);
  // Progress is tracked.
  const meter = page.getByRole('progressbar', {name: 'Your progress'});
  await expect(page.getByRole('checkbox', {name: /^Mark 6\.\d as done$/})).toHaveCount(8);
  await expect(meter).toHaveAttribute('aria-valuenow', '0');
  await page.getByRole('checkbox', {name: 'Mark 6.1 as done'}).check();
  await expect(meter).toHaveAttribute('aria-valuenow', '1');

  // A link to another page.
  await page.locator('.navbar').getByRole('link', {name: 'HiveBox'}).click();
  await expect(page).toHaveURL((url) => url.pathname === at('projects/hivebox/'));
  await expect(page.locator('h1')).toContainText('HiveBox');
  // And that page loaded afresh, with a query string GitHub Pages ignores.
  const reloaded = await page.goto(`${at('interview/interview-questions/')}?from=bookmark`);
  expect(reloaded?.status()).toBe(200);
  await expect(page.locator('h1')).toContainText('Interview');

  // Search: its code and index are kept too.
  const search = page.locator('.navbar').getByLabel('Search', {exact: true});
  await search.click();
  await search.pressSequentially('Cosign');
  const option = page
    .getByRole('option')
    .filter({hasText: 'Module 6: Optimize'})
    .filter({hasText: '6.3 Continuous Integration - Software Supply Chain Security'});
  await expect(option.first()).toBeVisible({timeout: 15_000});
  await option.first().click();
  await expect(page).toHaveURL((url) => url.pathname === modulePath && url.hash.startsWith('#63-'));
  // The progress made offline is still there.
  await expect(meter).toHaveAttribute('aria-valuenow', '1');
  // The search page.
  await page.goto(`${at('search/')}?q=Cosign`);
  await expect(page.getByRole('article').filter({has: page.locator('mark', {hasText: /cosign/i})}).first()).toBeVisible({
    timeout: 15_000,
  });

  // Leaving a page aborts what it was still loading (its favicon): no error.
  expect(problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'))).toEqual([]);

  // An unknown path: the site's 404 page, as a 404 (which the console reports, as online).
  const missing = await page.goto(at('no-such-page/'));
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(/Page Not Found/);
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);

  // The pages opened offline came from the worker's cache, not from the HTTP
  // cache: offline, the worker got only files the home page had loaded.
  expect(fetchedOffline.filter((url) => !loadedOnline.has(url))).toEqual([]);
});

test('online, pages come from the network first and unknown paths get its 404', async ({page, context}) => {
  await page.goto(at());
  await keptForOffline(page);
  const fromNetwork: string[] = [];
  context.on('requestfinished', (request) => {
    if (request.serviceWorker()) fromNetwork.push(new URL(request.url()).pathname);
  });
  const response = await page.goto(modulePath);
  expect(response?.status()).toBe(200);
  expect(response?.fromServiceWorker()).toBe(true);
  // The worker asked the server, although the page was in its cache.
  expect(fromNetwork).toContain(modulePath);
  // The files the page needs came from the cache (they were all kept).
  expect(fromNetwork.filter((path) => path.startsWith(at('assets/')))).toEqual([]);
  const missing = await page.goto(at('no-such-page/'));
  expect(missing?.status()).toBe(404);
  expect(fromNetwork).toContain(at('no-such-page/'));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(/Page Not Found/);
});
