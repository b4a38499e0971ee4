import type {Browser, Page} from 'playwright-core';
import type {ByteBudget} from './budgets';

export type ResourceKind = 'html' | 'js' | 'css' | 'image' | 'font' | 'json' | 'other';

export interface Bytes {
  gzip: number;
  raw: number;
  requests: number;
}

export interface PageWeight {
  url: string;
  requests: number;
  /** What the page itself loads, by kind. */
  byKind: Record<ResourceKind, Bytes>;
  total: Bytes;
  /** Other pages' code fetched ahead of a click (`<link rel="prefetch">`), not part of `total`. */
  prefetch: Bytes;
  /** Every script the page ran, by path. */
  scripts: string[];
  /** Requests to any origin other than the page's own. */
  thirdParty: string[];
  failed: string[];
}

const kinds: ResourceKind[] = ['html', 'js', 'css', 'image', 'font', 'json', 'other'];

function kindOf(resourceType: string, contentType: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'image';
  if (resourceType === 'font') return 'font';
  if (contentType.includes('json')) return 'json';
  return 'other';
}

const empty = (): Bytes => ({gzip: 0, raw: 0, requests: 0});
const add = (sum: Bytes, b: Bytes): Bytes => ({gzip: sum.gzip + b.gzip, raw: sum.raw + b.raw, requests: sum.requests + b.requests});

export interface MeasureOptions {
  /**
   * What the reader does once the page has settled; the bytes it loads are
   * added in, so a test can show that lazily loaded code does load.
   */
  interact?: (page: Page) => Promise<void>;
}

/**
 * Loads a page in a fresh context (empty cache) and adds up every response
 * until the network is idle: encoded (wire) bytes from the network layer,
 * decoded bytes from the body. A prefetch (Chromium marks it with a
 * `Sec-Purpose: prefetch` header) is another page's code, counted apart.
 */
export async function measurePage(browser: Browser, url: string, {interact}: MeasureOptions = {}): Promise<PageWeight> {
  // The service worker's precache downloads after the load is over; it is not part of the page's weight.
  const context = await browser.newContext({viewport: {width: 412, height: 823}, serviceWorkers: 'block'});
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const seen: Promise<void>[] = [];
  // By address: a chunk this page runs may have been fetched first as a
  // prefetch for a linked page, then taken from the cache; it is this page's.
  const loads = new Map<string, {kind: ResourceKind; bytes: Bytes; forPage: boolean}>();
  const thirdParty: string[] = [];
  const failed: string[] = [];

  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !/^(data|blob):/.test(target)) thirdParty.push(target);
  });
  page.on('requestfailed', (request) => failed.push(request.url()));
  let closing = false;
  page.on('response', (response) => {
    seen.push(
      (async () => {
        const request = response.request();
        if (response.status() >= 300 && response.status() < 400) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sizes = await request.sizes();
        const headers = await request.allHeaders();
        const isPrefetch = /prefetch/.test(headers['sec-purpose'] ?? headers.purpose ?? '');
        const kind = kindOf(request.resourceType(), response.headers()['content-type'] ?? '');
        const key = request.url();
        const known = loads.get(key);
        // A response from the cache reports no (or a negative) body size.
        const bytes = {
          gzip: Math.max(sizes.responseBodySize, known?.bytes.gzip ?? 0, 0),
          raw: Math.max(body.length, known?.bytes.raw ?? 0),
          requests: 1,
        };
        // A prefetched file that the page then runs takes the kind it ran as.
        if (isPrefetch) loads.set(key, {kind: known?.kind ?? kind, bytes, forPage: known?.forPage ?? false});
        else loads.set(key, {kind, bytes, forPage: true});
      })().catch((error: unknown) => {
        // A late prefetch cut off by the end of the measurement is no error.
        if (!closing) throw error;
      }),
    );
  });

  // The network is quiet once no request has been in flight for half a
  // second, as with Playwright's 'networkidle', but counted from any moment.
  let inFlight = 0;
  let lastActivity = Date.now();
  const activity = (change: number) => () => {
    inFlight += change;
    lastActivity = Date.now();
  };
  page.on('request', activity(1));
  page.on('requestfinished', activity(-1));
  page.on('requestfailed', activity(-1));
  const networkQuiet = async () => {
    while (inFlight > 0 || Date.now() - lastActivity < 500) await new Promise((resolve) => setTimeout(resolve, 50));
  };

  await page.goto(url, {waitUntil: 'networkidle'});
  // What the page fetches as it hydrates (a code block's highlighter, say) is
  // part of its first load; on a busy machine hydration can end after the
  // network first went quiet.
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await networkQuiet();
  if (interact) {
    await interact(page);
    await page.waitForLoadState('networkidle');
  }
  // Responses still arriving when the load settled are counted too.
  while (seen.length) await Promise.all(seen.splice(0));
  closing = true;
  await context.close();

  const byKind = Object.fromEntries(kinds.map((k) => [k, empty()])) as Record<ResourceKind, Bytes>;
  let prefetch = empty();
  const scripts: string[] = [];
  for (const [address, {kind, bytes, forPage}] of loads) {
    if (!forPage) {
      prefetch = add(prefetch, bytes);
      continue;
    }
    byKind[kind] = add(byKind[kind], bytes);
    if (kind === 'js') scripts.push(new URL(address).pathname);
  }
  const total = Object.values(byKind).reduce(add, empty());
  return {url, requests: total.requests, byKind, total, prefetch, scripts, thirdParty, failed};
}

/** Budget misses for one page, as sentences; empty when within budget. */
export function byteBudgetMisses(weight: PageWeight, budget: ByteBudget): string[] {
  const misses: string[] = [];
  const check = (what: string, actual: number, limit: number) => {
    if (actual > limit) {
      misses.push(`${weight.url}: ${what} ${actual} B gzip exceeds the budget of ${limit} B (${(limit / 1024).toFixed(0)} KiB, scripts/bench/budgets.ts)`);
    }
  };
  check('JavaScript', weight.byKind.js.gzip, budget.jsGzip);
  check('all bytes', weight.total.gzip, budget.totalGzip);
  for (const url of weight.thirdParty) misses.push(`${weight.url}: third-party request to ${url}`);
  return misses;
}
