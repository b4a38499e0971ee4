import type {Browser} from 'playwright-core';

export type ResourceKind = 'html' | 'js' | 'css' | 'image' | 'font' | 'json' | 'other';

export interface Bytes {
  gzip: number;
  raw: number;
  requests: number;
}

export interface PageWeight {
  url: string;
  requests: number;
  byKind: Record<ResourceKind, Bytes>;
  total: Bytes;
  /** Requests to any origin other than the page's own. */
  thirdParty: string[];
  failed: string[];
}

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

/**
 * Loads a page in a fresh context (empty cache) and adds up every response:
 * encoded (wire) bytes from the network layer, decoded bytes from the body.
 */
export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  // The service worker's precache downloads after the load is over; it is not part of the page's weight.
  const context = await browser.newContext({viewport: {width: 412, height: 823}, serviceWorkers: 'block'});
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const seen: Promise<void>[] = [];
  const byKind = Object.fromEntries(
    (['html', 'js', 'css', 'image', 'font', 'json', 'other'] as ResourceKind[]).map((k) => [k, empty()]),
  ) as Record<ResourceKind, Bytes>;
  const thirdParty: string[] = [];
  const failed: string[] = [];

  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !/^(data|blob):/.test(target)) thirdParty.push(target);
  });
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('response', (response) => {
    seen.push(
      (async () => {
        const request = response.request();
        if (response.status() >= 300 && response.status() < 400) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sizes = await request.sizes();
        const kind = kindOf(request.resourceType(), response.headers()['content-type'] ?? '');
        byKind[kind].gzip += sizes.responseBodySize;
        byKind[kind].raw += body.length;
        byKind[kind].requests += 1;
      })(),
    );
  });

  await page.goto(url, {waitUntil: 'networkidle'});
  await Promise.all(seen);
  await context.close();

  const total = Object.values(byKind).reduce(
    (sum, b) => ({gzip: sum.gzip + b.gzip, raw: sum.raw + b.raw, requests: sum.requests + b.requests}),
    empty(),
  );
  return {url, requests: total.requests, byKind, total, thirdParty, failed};
}

/** Budget misses for one page, as sentences; empty when within budget. */
export function byteBudgetMisses(
  weight: PageWeight,
  budgets: {jsGzip: number; cssGzip: number; totalGzip: number},
): string[] {
  const misses: string[] = [];
  const check = (what: string, actual: number, limit: number) => {
    if (actual > limit) misses.push(`${weight.url}: ${what} ${actual} B gzip exceeds ${limit} B`);
  };
  check('JavaScript', weight.byKind.js.gzip, budgets.jsGzip);
  check('CSS', weight.byKind.css.gzip, budgets.cssGzip);
  check('all bytes', weight.total.gzip, budgets.totalGzip);
  for (const url of weight.thirdParty) misses.push(`${weight.url}: third-party request to ${url}`);
  return misses;
}
