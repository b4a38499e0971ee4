import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from '@playwright/test';
import {budgetFor, budgetedPages, KiB} from '../../scripts/bench/budgets';
import {byteBudgetMisses, measurePage, type PageWeight} from '../../scripts/bench/measure';
import {compileHint} from '../../src/plugins/compileHints';
import {at, base, buildDir, insertionsRecorded, recordInsertions, sitePages} from '../support/site';

// Bytes are deterministic for a given build, so the budgets (issue 11) are
// asserted here, on every page the site publishes; timings and Lighthouse
// scores are left to `npm run bench`.
const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
const summary = (name: string, w: PageWeight) =>
  `${name}: ${w.requests} requests, JS ${kib(w.byKind.js.gzip)}, all ${kib(w.total.gzip)} gzip (+ ${kib(w.prefetch.gzip)} prefetched for other pages)`;

test('the pages with a budget of their own are published', () => {
  const published = sitePages();
  for (const {path} of budgetedPages) expect(published).toContain(at(path));
});

// Every page in the sitemap, and those it leaves out: search and "not found".
const pages = [...sitePages(), at('search/'), at('no-such-page/')];

for (const pathname of pages) {
  const path = pathname.slice(base.length);
  test(`${pathname} stays within its byte budget, with no third-party request`, async ({browser, baseURL}) => {
    const weight = await measurePage(browser, `${baseURL}${pathname}`);
    console.log(summary(pathname, weight));
    expect(weight.failed).toEqual([]);
    expect(weight.byKind.js.requests).toBeGreaterThan(0);
    // Gzip is on, as on GitHub Pages: the wire size is well under the raw size.
    expect(weight.byKind.js.gzip).toBeLessThan(weight.byKind.js.raw / 2);
    expect(byteBudgetMisses(weight, budgetFor(path))).toEqual([]);
  });
}

// src/plugins/compileHints.ts: V8 compiles each script while it downloads,
// off the main thread. The hint only works as the file's first line, and the
// minifier drops comments: check what was shipped, and that the page runs it.
test('every script the build ships starts with the compile hint', async ({page}) => {
  const scriptsDir = join(buildDir, 'assets', 'js');
  const scripts = readdirSync(scriptsDir).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  const withoutHint = scripts.filter((file) => !readFileSync(join(scriptsDir, file), 'utf8').startsWith(`${compileHint}\n`));
  expect(withoutHint).toEqual([]);
  const served: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') served.push((await response.text()).split('\n', 1)[0]);
  });
  await page.goto(at('foundations/module-06/'));
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect.poll(() => served.length).toBeGreaterThan(3);
  expect(new Set(served)).toEqual(new Set([compileHint]));
});

// src/clientModules/chunkScriptLoader.ts: main.js asks for the page's chunks
// while it runs, and their scripts are added in tasks of their own, not in
// main.js's one long task. document.currentScript names the script running.
test("main.js adds none of the page's chunk scripts while it runs, and they all load", async ({page}) => {
  await recordInsertions(page, {
    when: 'node instanceof HTMLScriptElement && node.src',
    record: '({src: node.src, during: document.currentScript ? document.currentScript.src : null})',
  });
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await page.goto(at('foundations/module-06/'));
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  const added = await insertionsRecorded<{src: string; during: string | null}>(page);
  // The module page's components, content and shared code: ten chunks or so.
  expect(added.length).toBeGreaterThan(5);
  expect(added.filter(({during}) => during !== null)).toEqual([]);
  expect(failed).toEqual([]);
});

// src/clientModules/prefetchOnce.ts: Docusaurus prefetches the code of the
// pages linked from the screen, a <link rel=prefetch> per chunk of each
// linked route; every doc page shares the docs layout's chunks, which the
// module page has already run. Each file is to be asked for once at most.
test('the module page prefetches each chunk file once, and none it has loaded', async ({page}) => {
  await page.goto(at('foundations/module-06/'));
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  // The navbar links to several doc pages, HiveBox's among them: once its
  // content is prefetched, so are the chunks all doc pages share.
  await expect(page.locator('link[rel=prefetch][href*="/b07f6585."]')).toHaveCount(1);
  const {prefetched, loaded} = await page.evaluate(() => ({
    prefetched: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=prefetch]'), (link) => link.href),
    loaded: performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
      .map((entry) => entry.name),
  }));
  expect(prefetched.length, 'prefetch links').toBe(new Set(prefetched).size);
  expect(prefetched.filter((url) => loaded.includes(url))).toEqual([]);
  expect(prefetched.length).toBeGreaterThan(1);
});

// Code left out of the first load must still arrive when the reader needs it:
// a feature is not made lighter by being broken.
test('the search box loads its code on first focus, and then searches', async ({browser, baseURL}) => {
  const url = `${baseURL}${at('foundations/module-06/')}`;
  const before = await measurePage(browser, url);
  const after = await measurePage(browser, url, {
    interact: async (page) => {
      const search = page.locator('.navbar').getByLabel('Search', {exact: true});
      await search.focus();
      // autocomplete.js has taken over the box: the plugin's code has run.
      await expect(page.locator('.navbar').getByRole('combobox', {name: 'Search'})).toBeAttached();
      await page.keyboard.type('operator');
      await expect(page.getByRole('option').first()).toBeVisible();
    },
  });
  console.log(`${summary('before focus', before)}\n${summary('after focus', after)}`);
  const loadedOnFocus = after.scripts.filter((script) => !before.scripts.includes(script));
  expect(loadedOnFocus.length).toBeGreaterThan(0);
  expect(after.byKind.js.gzip - before.byKind.js.gzip).toBeGreaterThan(5 * KiB);
  // The search index comes with it, not before.
  expect(before.byKind.json.requests).toBe(0);
  expect(after.byKind.json.gzip).toBeGreaterThan(0);
});

test('the search page loads its index with the first search, and then finds', async ({browser, baseURL}) => {
  const url = `${baseURL}${at('search/')}`;
  const before = await measurePage(browser, url);
  const after = await measurePage(browser, url, {
    interact: async (page) => {
      await page.locator('main').getByLabel('Search').fill('operator');
      await expect(page.locator('main article').first()).toContainText(/operator/i);
    },
  });
  console.log(`${summary('search, before typing', before)}\n${summary('search, after typing', after)}`);
  expect(before.byKind.json.requests).toBe(0);
  expect(after.byKind.json.gzip).toBeGreaterThan(10 * KiB);
});

// The first frame never shows half a navbar (docusaurus.config.ts, headTags):
// every page holds its first paint until the element after the navbar.
test('every page holds its first paint until its navbar is whole', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  for (const pathname of pages) {
    await page.goto(pathname);
    const after = await page.evaluate(() => {
      const hint = document.head.querySelector('link[rel="expect"][blocking="render"]');
      const target = hint && document.getElementById((hint.getAttribute('href') ?? '').replace(/^#/, ''));
      const navbar = document.querySelector('nav.navbar');
      return Boolean(target && navbar && navbar.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING && !navbar.contains(target));
    });
    expect(after, pathname).toBe(true);
  }
  await context.close();
});

// Lighthouse asks for a cumulative layout shift of 0 (issue 11): nothing on
// these pages may move once drawn, on a phone or a desktop screen.
for (const {name, path} of budgetedPages) {
  for (const viewport of [{width: 412, height: 823}, {width: 1280, height: 800}]) {
    test(`${name} page does not shift as it loads (${viewport.width} px wide)`, async ({browser}) => {
      const context = await browser.newContext({viewport});
      const page = await context.newPage();
      await page.addInitScript(() => {
        const shifts: string[] = [];
        (window as unknown as {layoutShifts: string[]}).layoutShifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {value: number; sources?: {node?: Node}[]}[]) {
            const nodes = (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 100) : String(s.node)));
            shifts.push(`${entry.value.toFixed(5)}: ${nodes.join(', ')}`);
          }
        }).observe({type: 'layout-shift', buffered: true});
      });
      await page.goto(at(path), {waitUntil: 'networkidle'});
      // Hydrated: the theme toggle (hidden in the collapsed navbar on a phone)
      // is enabled once React has run.
      await expect(page.locator('.navbar button[aria-label^="Switch between dark and light mode"]').first()).toBeEnabled();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => (window as unknown as {layoutShifts: string[]}).layoutShifts)).toEqual([]);
      await context.close();
    });
  }
}

// Each SVG data URI a page paints (a background or mask, often on a ::before
// or ::after) makes Chrome build an SVG document during the page's first
// style pass, which Lighthouse counts as blocking time: src/css/custom.css
// draws the theme's chevrons without them. Opened menus and the back-to-top
// button included, in both themes.
for (const {name, path} of budgetedPages) {
  for (const viewport of [{width: 412, height: 823}, {width: 1280, height: 800}]) {
    test(`${name} page paints no SVG data URI (${viewport.width} px wide)`, async ({browser}) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({viewport, colorScheme});
        const page = await context.newPage();
        await page.goto(at(path));
        await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
        await expect(page.locator(`html[data-theme="${colorScheme}"]`)).toHaveCount(1);
        if (viewport.width < 997) {
          await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
          await expect(page.locator('.navbar-sidebar')).toBeVisible();
        }
        const painted = await page.evaluate(() => {
          const found: string[] = [];
          const properties = ['backgroundImage', 'maskImage', 'webkitMaskImage', 'listStyleImage', 'borderImageSource', 'content'] as const;
          for (const element of Array.from(document.querySelectorAll('*'))) {
            for (const pseudo of [null, '::before', '::after', '::marker']) {
              const style = getComputedStyle(element, pseudo);
              for (const property of properties) {
                const value = String(style[property as keyof CSSStyleDeclaration] ?? '');
                if (value.includes('data:image/svg')) found.push(`${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ''} ${property}`);
              }
            }
          }
          return found;
        });
        expect(painted, colorScheme).toEqual([]);
        await context.close();
      }
    });
  }
}
