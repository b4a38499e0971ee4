import {spawn} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {getCurrentBundler} from '@docusaurus/bundler';
import type {Props} from '@docusaurus/types';
import {expect, test, type BrowserContext, type Page} from '@playwright/test';
import {writeServiceWorker} from '../../src/plugins/offline';
import {at, base, buildDir, modulePath, watchForErrors} from '../support/site';

// Offline reading (README, "Reader features"; src/plugins/offline.ts): once
// the site has loaded, its service worker keeps every page, and the site
// reads without a network, at `/` or under a sub-path.

declare global {
  interface Window {
    workerAtLoad?: boolean;
  }
}

/** What a built sw.js precaches (workbox-build's list in it), as paths on the server. */
function precached(dir = buildDir): string[] {
  const source = readFileSync(join(dir, 'sw.js'), 'utf8');
  const list = /\[\{"revision":[^\]]*\]/.exec(source);
  if (!list) throw new Error(`${dir}/sw.js has no precache list`);
  return (JSON.parse(list[0]) as {url: string}[]).map((entry) => new URL(entry.url, `http://site${base}`).pathname);
}

/** The one cache of the worker whose scope is `scope` (src/plugins/offline/cacheNames.ts). */
const precacheName = (scope: string) => `offline-precache ${scope}`;

/** Waits until the worker controls the page and has every file of the build in its cache. */
async function keptForOffline(page: Page, dir = buildDir) {
  const paths = precached(dir);
  expect(paths).toEqual(expect.arrayContaining([base, modulePath, at('404.html'), at('search-index.json')]));
  await expect
    .poll(
      () =>
        page.evaluate(
          async ({paths, prefix}) => {
            if (!navigator.serviceWorker.controller) return ['(no controller yet)'];
            const cacheName = prefix + (await navigator.serviceWorker.ready).scope;
            if (!(await caches.has(cacheName))) return [`(no cache "${cacheName}")`];
            const cache = await caches.open(cacheName);
            const kept = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
            return paths.filter((path) => !kept.has(path));
          },
          {paths, prefix: precacheName('')},
        ),
      {timeout: 30_000, message: 'every file of the build is cached'},
    )
    .toEqual([]);
}

/**
 * Caches of other sites on the origin (a project site's, or the user site's
 * at `/`), and one the hand-written worker before Workbox left for this site,
 * made in the page at `origin` before any worker of this site runs.
 */
async function sharedOrigin(page: Page, origin: string) {
  const others = [precacheName(`${origin}/other-site/`), 'offline /other-site/ 0123456789abcdef'];
  if (base !== '/') others.push(precacheName(`${origin}/`));
  const ourOld = `offline ${base} 0123456789abcdef`;
  await page.goto(`${origin}${at('robots.txt')}`);
  await page.evaluate((names) => Promise.all(names.map((name) => caches.open(name))), [...others, ourOld]);
  return {others: others.sort(), ours: precacheName(`${origin}${base}`)};
}

/**
 * A copy of the build that a test may change, served under the base path with
 * scripts/serve.ts (like the tests' own server) on a port of its own, `offset`
 * above the suite's, so that tests running at the same time never meet.
 * `close()` stops the server and deletes the copy.
 */
async function servedCopy(name: string, baseURL: string, offset: number): Promise<{dir: string; origin: string; close: () => void}> {
  const dir = mkdtempSync(join(tmpdir(), `offline-${name}-`));
  cpSync(buildDir, dir, {recursive: true});
  const port = Number(new URL(baseURL).port) + offset;
  const server = spawn(join('node_modules', '.bin', 'tsx'), ['scripts/serve.ts', '--dir', dir, '--port', String(port), '--base', base], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const close = () => {
    server.kill();
    rmSync(dir, {recursive: true, force: true});
  };
  try {
    await new Promise<void>((ready, fail) => {
      server.stdout.on('data', (data: Buffer) => data.toString().includes('Serving') && ready());
      server.once('exit', (code) => fail(new Error(`scripts/serve.ts exited with ${code}`)));
    });
  } catch (error) {
    close();
    throw error;
  }
  return {dir, origin: `http://127.0.0.1:${port}`, close};
}

/** What the service worker step needs of the site to rebuild sw.js in a copy of the build. */
async function rspackSite() {
  const siteConfig = {future: {faster: {rspackBundler: true, swcJsLoader: true, swcJsMinimizer: true, lightningCssMinimizer: true}}};
  return {siteConfig: siteConfig as unknown as Props['siteConfig'], currentBundler: await getCurrentBundler({siteConfig} as unknown as Props)};
}

const cacheNames = (page: Page) => page.evaluate(async () => (await caches.keys()).sort());

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
  const {others, ours} = await sharedOrigin(page, baseURL!);
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
  // One cache, named after the base path; the old worker's is gone, other sites' are untouched.
  expect(await cacheNames(page)).toEqual([...others, ours].sort());
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

test('online, a page whose network hangs is answered from the cache after the 3 s timeout', async ({page, context}) => {
  await page.goto(at());
  await keptForOffline(page);
  // The server never answers for this page (the worker's request to it is held).
  const held: Array<() => Promise<void>> = [];
  await context.route(`**${at('getting-started/')}`, (route) => {
    held.push(() => route.abort());
  });
  const started = Date.now();
  const response = await page.goto(at('getting-started/'));
  expect(response?.status()).toBe(200);
  expect(response?.fromServiceWorker()).toBe(true);
  expect(held.length, 'the worker asked the network first').toBeGreaterThan(0);
  expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  await expect(page.locator('h1')).toContainText('Getting started');
  await Promise.all(held.map((release) => release()));
});

test('a new version waits, without a prompt, until no page of the old one is open, then replaces it', async ({page, context, baseURL}) => {
  test.setTimeout(120_000);
  // The kill-switch test may run at the same time, on the next port.
  const {dir, origin, close} = await servedCopy('update', baseURL!, 1);
  try {
    await page.goto(`${origin}${modulePath}`);
    await keptForOffline(page, dir);
    /** The revision the precache holds the module page under. */
    const moduleRevision = (p: Page) =>
      p.evaluate(async (path) => {
        const names = await caches.keys();
        const keys = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
        return keys.map((request) => new URL(request.url)).find((url) => url.pathname === path)?.searchParams.get('__WB_REVISION__');
      }, modulePath);
    const before = await moduleRevision(page);

    // A new deploy changes the module page.
    const file = join(dir, modulePath.slice(base.length), 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</body>', '<!-- revised --></body>'));
    await writeServiceWorker({outDir: dir, ...(await rspackSite())}, {precacheAlso: ['search-index.json']});

    // The open page finds it: it installs and waits; the page keeps its worker and files.
    const state = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
      const installing = registration.installing ?? registration.waiting;
      if (installing && installing.state !== 'installed') {
        await new Promise((done) => installing.addEventListener('statechange', () => installing.state === 'installed' && done(null)));
      }
      return {waiting: registration.waiting !== null, sameController: navigator.serviceWorker.controller === registration.active};
    });
    expect(state).toEqual({waiting: true, sameController: true});
    expect(await moduleRevision(page)).toBe(before);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Once it is closed, the browser activates the new version. Wait for
    // that, as a reader's next visit comes later: a page opened while the
    // closed one still counts as a client would be kept by the old version.
    await page.close();
    await expect
      .poll(
        async () => {
          const workers = context.serviceWorkers().filter((worker) => worker.url().startsWith(origin));
          const states = await Promise.all(
            workers.map((worker) =>
              worker
                .evaluate(() => {
                  const {registration} = self as unknown as {registration: ServiceWorkerRegistration};
                  return registration.waiting === null && registration.active?.state === 'activated';
                })
                .catch(() => false),
            ),
          );
          return states.includes(true);
        },
        {timeout: 30_000},
      )
      .toBe(true);
    const next = await context.newPage();
    await next.goto(`${origin}${at()}`);
    await expect.poll(() => moduleRevision(next), {timeout: 30_000}).not.toBe(before);
    await expect.poll(() => next.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    close();
  }
});

test('the kill switch (OFFLINE_READING=off) removes the worker and this site’s caches, and nothing else', async ({page, baseURL}) => {
  test.setTimeout(120_000);
  // A copy of the build whose sw.js becomes the kill switch's: the same step
  // `OFFLINE_READING=off npm run build` runs. The update test may run at the
  // same time, on the port before.
  const {dir, origin, close} = await servedCopy('kill-switch', baseURL!, 2);
  try {
    const {others} = await sharedOrigin(page, origin);
    await page.goto(`${origin}${at()}`);
    await keptForOffline(page, dir);

    await writeServiceWorker({outDir: dir, ...(await rspackSite())}, {enabled: false});

    // The reader comes back; the browser checks sw.js as the page loads.
    await page.goto(`${origin}${modulePath}`);
    await expect
      .poll(async () => ({registered: await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), caches: await cacheNames(page)}), {
        timeout: 30_000,
        message: 'the worker and this site’s caches are gone',
      })
      .toEqual({registered: 0, caches: others});
    // Pages come from the network again.
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(false);
  } finally {
    close();
  }
});
