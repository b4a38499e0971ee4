import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from '@playwright/test';
import {baseUrl} from '../../playwright.config';

export const buildDir = process.env.BUILD_DIR ?? 'build';
export const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;

/** A site path ("foundations/module-06/") under the base path. */
export const at = (path = '') => `${base}${path.replace(/^\//, '')}`;

export const modulePath = at('foundations/module-06/');

/** Every page the site publishes, from its own sitemap, as paths under the server. */
export function sitePages(): string[] {
  const xml = readFileSync(join(buildDir, 'sitemap.xml'), 'utf8');
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  if (pages.length === 0) throw new Error(`${buildDir}/sitemap.xml lists no pages`);
  return pages;
}

export type Theme = 'light' | 'dark';

/** Opens a page in a theme the way a returning reader would see it. */
export async function openInTheme(page: Page, path: string, theme: Theme) {
  await page.emulateMedia({colorScheme: theme});
  await page.addInitScript((t) => window.localStorage.setItem('theme', t), theme);
  await page.goto(path);
  await page.locator(`html[data-theme="${theme}"]`).waitFor({state: 'attached'});
}

/** Records what would tell a reader the page is broken. */
export function watchForErrors(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`third-party request: ${url}`);
    }
  });
  return problems;
}

/**
 * Holds every request whose URL matches `url` until the returned function is
 * called: a slow network, for as long as the test needs.
 */
export async function holdRequests(page: Page, url: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Before any of the page's code runs, wraps appendChild and insertBefore:
 * each node for which the page-side expression `when` (over `node`) holds has
 * the value of the page-side expression `record` noted, at that moment.
 * insertionsRecorded reads them back.
 */
export async function recordInsertions(page: Page, {when, record}: {when: string; record: string}) {
  await page.addInitScript({
    content: `window.__insertions = [];
      for (const method of ['appendChild', 'insertBefore']) {
        const original = Node.prototype[method];
        Node.prototype[method] = function (node, ...rest) {
          if (${when}) window.__insertions.push(${record});
          return original.call(this, node, ...rest);
        };
      }`,
  });
}

/** What recordInsertions has noted so far, in order. */
export function insertionsRecorded<T>(page: Page): Promise<T[]> {
  return page.evaluate(() => (window as unknown as {__insertions: T[]}).__insertions);
}
