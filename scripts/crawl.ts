/**
 * Crawls a served build the way a reader would reach it: from the home page,
 * following every same-origin `href`, `src` and `srcset` (pages, styles,
 * scripts, images, icons, the manifest and the search index when there is
 * one, and the `url()`s in the CSS). Every URL must answer 200 without a
 * redirect, every `#fragment` must name an `id` (or `<a name>`) in its target
 * page, and no link may leave the base path. With a Playwright browser every
 * page is also rendered in Chromium, so links written by JavaScript and the
 * chunks the client loads count too.
 *
 *   tsx scripts/crawl.ts --dir build --base /dynamic-devops-roadmap/ [--site-url https://example.github.io]
 *   tsx scripts/crawl.ts --origin http://127.0.0.1:3000 --base / [--no-browser]
 */
import type {AddressInfo} from 'node:net';
import {parseArgs} from 'node:util';
import type {Browser, Page} from '@playwright/test';

/** `/`, or `/path/` with both slashes (as scripts/serve.ts has it). */
export function normaliseBase(base: string): string {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

export interface CrawlOptions {
  /** Where the build is served, e.g. `http://127.0.0.1:4173`. */
  origin: string;
  /** The base path it is served under, e.g. `/` or `/dynamic-devops-roadmap/`. */
  base: string;
  /**
   * The SITE_URL the build was made with. Absolute links to it (canonical,
   * hreflang alternates, social image, sitemap) are checked on `origin`.
   */
  siteUrl?: string;
  /** Also render every page (and the 404 page) in this browser. */
  browser?: Browser;
  /** Text the site's 404 page shows; an unknown path must answer 404 with it. */
  notFoundText?: string;
}

export interface CheckedLink {
  url: string;
  status: number;
  referrers: string[];
}

export interface CrawlResult {
  /** Pages reached from the home page (paths; query strings aside). */
  pages: string[];
  /** Every distinct same-origin URL requested, with its status. */
  links: CheckedLink[];
  /** Distinct `page#fragment` targets checked. */
  anchors: number;
  /** Distinct links to other origins, not followed. */
  external: number;
  problems: string[];
}

interface Resource {
  url: string;
  status?: number;
  type?: string;
  body?: string;
  ids: Set<string>;
  referrers: Set<string>;
}

const SEARCH_INDEX = /\/search-index[^/]*\.json$/;

export async function crawlSite(options: CrawlOptions): Promise<CrawlResult> {
  const origin = new URL(options.origin).origin;
  const base = normaliseBase(options.base);
  const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;
  const root = `${origin}${base}`;
  const problems: string[] = [];
  const resources = new Map<string, Resource>();
  const anchors = new Map<string, Map<string, Set<string>>>();
  const queue: string[] = [];
  const external = new Set<string>();

  const resource = (url: string) => {
    let entry = resources.get(url);
    if (!entry) {
      entry = {url, ids: new Set(), referrers: new Set()};
      resources.set(url, entry);
    }
    return entry;
  };
  const show = (url: string) => (url.startsWith(origin) ? url.slice(origin.length) : url);

  /** Records one reference found in `from` (shown as `label`); queues what it points to. */
  const reference = (raw: string, from: string, label = show(from)) => {
    const value = raw.trim();
    if (!value || /^(data|blob|mailto|tel|javascript|about):/i.test(value)) return;
    let url: URL;
    try {
      url = new URL(value, from);
    } catch {
      problems.push(`${label}: unparsable link "${value}"`);
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (siteOrigin && url.origin === siteOrigin && siteOrigin !== origin) {
      url = new URL(`${url.pathname}${url.search}${url.hash}`, origin);
    }
    if (url.origin !== origin) {
      external.add(url.href);
      return;
    }
    if (!url.pathname.startsWith(base)) {
      problems.push(`${label}: link leaves the base path ${base}: ${value}`);
      return;
    }
    const fragment = url.hash.slice(1);
    url.hash = '';
    const target = url.href;
    const entry = resource(target);
    entry.referrers.add(label);
    if (fragment) {
      const byFragment = anchors.get(target) ?? new Map<string, Set<string>>();
      anchors.set(target, byFragment);
      const referrers = byFragment.get(fragment) ?? new Set<string>();
      referrers.add(label);
      byFragment.set(fragment, referrers);
    }
    if (entry.status === undefined && !queue.includes(target)) queue.push(target);
  };

  /** Fetches one URL once; pulls the references out of what it returns. */
  const visit = async (url: string, expected = 200) => {
    const entry = resource(url);
    if (entry.status !== undefined) return entry;
    let response: Response;
    try {
      response = await fetch(url, {redirect: 'manual', headers: {'accept-encoding': 'gzip'}});
    } catch (error) {
      entry.status = 0;
      problems.push(`${show(url)}: request failed (${(error as Error).message}), linked from ${list(entry.referrers)}`);
      return entry;
    }
    entry.status = response.status;
    entry.type = response.headers.get('content-type') ?? '';
    if (response.status >= 300 && response.status < 400) {
      problems.push(
        `${show(url)}: ${response.status} redirect to ${response.headers.get('location')} instead of 200, linked from ${list(entry.referrers)}`,
      );
      return entry;
    }
    if (response.status !== expected) {
      problems.push(`${show(url)}: HTTP ${response.status}, linked from ${list(entry.referrers)}`);
      await response.body?.cancel().catch(() => undefined);
      return entry;
    }
    const text = /text|json|xml|svg/.test(entry.type) ? await response.text() : undefined;
    await response.body?.cancel().catch(() => undefined);
    if (text === undefined) return entry;
    entry.body = text;
    const {pathname} = new URL(url);
    if (entry.type.includes('html')) {
      const parsed = parseHtml(text);
      parsed.ids.forEach((id) => entry.ids.add(id));
      parsed.links.forEach((link) => reference(link, url));
      if (expected === 200) {
        // A page's own addresses must lead back to it, on SITE_URL + BASE_URL.
        parsed.self.forEach((link) => reference(link, url));
        const own = `${siteOrigin ?? origin}${pathname}`;
        if (parsed.canonical === undefined) problems.push(`${show(url)}: no <link rel="canonical">`);
        else if (parsed.canonical !== own) problems.push(`${show(url)}: canonical ${parsed.canonical}, expected ${own}`);
      }
      // The 404 page is served at every unknown address and has none of its own,
      // so its canonical and og:url (".../404.html/") are not links to follow.
    } else if (entry.type.includes('css')) {
      cssUrls(text).forEach((link) => reference(link, url));
    } else if (SEARCH_INDEX.test(pathname)) {
      searchIndexLinks(text, url, problems).forEach((link) => reference(link, url));
    } else if (/manifest/.test(entry.type) || /manifest\.json$/.test(pathname)) {
      manifestLinks(text).forEach((link) => reference(link, url));
    }
    return entry;
  };

  /** Renders a page in Chromium: records what it requests and the links and ids in its DOM. */
  const render = async (page: Page, url: string, {searchToo = false, selfToo = true} = {}) => {
    const failures: string[] = [];
    const label = `${show(url)} (in Chromium)`;
    const onResponse = (response: {url(): string; status(): number; request(): {isNavigationRequest(): boolean}}) => {
      if (!response.url().startsWith(origin) || response.request().isNavigationRequest()) return;
      // Whatever the client loads (chunks, index, images) is checked like a link.
      reference(response.url(), url, label);
      if (response.status() >= 400) failures.push(`${label}: HTTP ${response.status()} for ${show(response.url())}`);
    };
    const onFailed = (request: {url(): string; failure(): {errorText: string} | null}) => {
      if (request.url().startsWith(origin)) {
        failures.push(`${label}: request failed: ${show(request.url())} (${request.failure()?.errorText})`);
      }
    };
    page.on('response', onResponse);
    page.on('requestfailed', onFailed);
    try {
      await page.goto(url, {waitUntil: 'networkidle'});
      if (searchToo) {
        // The search index loads on demand: search the way a reader does, and
        // follow the results (a link to the search page, at least) like links.
        const search = page.locator('input[type="search"], .navbar__search-input').first();
        if (await search.count()) {
          await search.focus();
          await search.pressSequentially('module');
          await page
            .locator('a[href*="?q="]')
            .first()
            .waitFor({state: 'attached', timeout: 10_000})
            .catch(() => failures.push(`${label}: searching for "module" shows no results`));
          await page.waitForLoadState('networkidle');
        } else {
          // Without it the search index and its results go unchecked: say so.
          failures.push(`${label}: no search box (input[type="search"]) on the page, so search and its results were not checked`);
        }
      }
      const dom = await page.evaluate((selfToo) => {
        const links: string[] = [];
        const ids: string[] = [];
        for (const element of Array.from(document.querySelectorAll('*'))) {
          const own = element.tagName === 'LINK' && /\b(canonical|alternate)\b/i.test(element.getAttribute('rel') ?? '');
          if (own && !selfToo) continue;
          for (const name of ['href', 'xlink:href', 'src', 'poster']) {
            const value = element.getAttribute(name);
            if (value !== null) links.push(value);
          }
          for (const name of ['srcset', 'imagesrcset']) {
            const value = element.getAttribute(name);
            if (value) links.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]));
          }
          if (element.id) ids.push(element.id);
          const anchorName = element.tagName === 'A' ? element.getAttribute('name') : null;
          if (anchorName) ids.push(anchorName);
        }
        return {links, ids};
      }, selfToo);
      const entry = resource(url);
      dom.ids.forEach((id) => entry.ids.add(id));
      dom.links.forEach((link) => reference(link, url, label));
    } finally {
      page.off('response', onResponse);
      page.off('requestfailed', onFailed);
    }
    problems.push(...failures);
  };

  const missing = `${root}this/page/does-not-exist/`;
  const context = await options.browser?.newContext();
  const page = await context?.newPage();
  const reached = new Set<string>();
  try {
    // 1. Everything reachable from the home page.
    queue.push(root);
    resource(root).referrers.add('(home page)');
    while (queue.length > 0) {
      const url = queue.shift()!;
      const entry = await visit(url);
      if (entry.status !== 200 || !entry.type?.includes('html')) continue;
      // A page is a path; its query-string variants (search results) are links to it.
      const {pathname} = new URL(url);
      if (reached.has(pathname)) continue;
      reached.add(pathname);
      if (page) await render(page, url, {searchToo: reached.size === 1});
    }

    // 2. The sitemap and the search index, which readers do not click to.
    const sitemapUrl = `${root}sitemap.xml`;
    resource(sitemapUrl).referrers.add('(well-known path)');
    const sitemap = await visit(sitemapUrl);
    const locs = [...(sitemap.body ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1].trim()));
    if (sitemap.status === 200 && locs.length === 0) problems.push(`${show(sitemapUrl)} lists no pages`);
    for (const loc of locs) {
      const located = new URL(loc);
      if (siteOrigin && located.origin !== siteOrigin) problems.push(`${show(sitemapUrl)}: ${loc} is not on SITE_URL ${siteOrigin}`);
      if (located.pathname.startsWith(base) && !reached.has(located.pathname)) {
        problems.push(`${show(sitemapUrl)}: ${located.pathname} is not reachable from the home page`);
      }
      reference(loc, sitemapUrl);
    }
    const searchIndexUrl = `${root}search-index.json`;
    if (!resources.has(searchIndexUrl) && (await fetch(searchIndexUrl, {method: 'HEAD'})).status === 200) {
      resource(searchIndexUrl).referrers.add('(well-known path)');
      queue.push(searchIndexUrl);
    }
    while (queue.length > 0) await visit(queue.shift()!);

    // 3. An unknown path gets the site's 404 page, whose own links must work from any depth.
    const notFoundText = options.notFoundText ?? 'Page Not Found';
    const notFound = resource(missing);
    notFound.referrers.add('(unknown path)');
    await visit(missing, 404);
    if (notFound.status !== 404) problems.push(`${show(missing)}: HTTP ${notFound.status}, expected 404`);
    if (!notFound.type?.includes('html') || !notFound.body?.includes(notFoundText)) {
      problems.push(`${show(missing)}: not the site's 404 page (no "${notFoundText}")`);
    }
    if (page) {
      await render(page, missing, {selfToo: false});
      const heading = await page.locator('h1').first().textContent();
      if (!heading?.includes(notFoundText)) {
        problems.push(`${show(missing)}: Chromium shows "${heading}" rather than "${notFoundText}"`);
      }
    }
    while (queue.length > 0) await visit(queue.shift()!);
  } finally {
    await context?.close();
  }

  // 4. Every #fragment names an element of its target page.
  let anchorCount = 0;
  for (const [target, byFragment] of anchors) {
    const entry = resources.get(target)!;
    for (const [fragment, referrers] of byFragment) {
      anchorCount++;
      const served = entry.status === 200 || (target === missing && entry.status === 404);
      if (!served || !entry.type?.includes('html')) {
        if (entry.status === 200) problems.push(`${show(target)}#${fragment}: not an HTML page, linked from ${list(referrers)}`);
        continue;
      }
      let id = fragment;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        // keep it as written
      }
      if (!entry.ids.has(id) && !entry.ids.has(fragment)) {
        problems.push(`${show(target)}#${fragment}: no element with that id, linked from ${list(referrers)}`);
      }
    }
  }

  const links = [...resources.values()]
    .filter((entry) => entry.status !== undefined)
    .map((entry) => ({url: show(entry.url), status: entry.status!, referrers: [...entry.referrers]}));
  return {
    pages: [...reached],
    links,
    anchors: anchorCount,
    external: external.size,
    problems: [...new Set(problems)],
  };
}

/** One line for logs: what was crawled and what was wrong. */
export function summarise(result: CrawlResult, base: string): string {
  return (
    `crawl at base ${normaliseBase(base)}: ${result.pages.length} pages, ${result.links.length} links checked ` +
    `(${result.anchors} anchors, ${result.external} external links not followed), ${result.problems.length} problems`
  );
}

function list(referrers: Iterable<string>): string {
  const all = [...referrers];
  if (all.length === 0) return '(nowhere)';
  return all.length > 3 ? `${all.slice(0, 3).join(', ')} and ${all.length - 3} more` : all.join(', ');
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export interface ParsedPage {
  /** Everything the page links to or loads. */
  links: string[];
  /** The page's own addresses: canonical, hreflang alternates, og:url. */
  self: string[];
  /** The ids (and `<a name>`s) a `#fragment` can point to. */
  ids: string[];
  canonical?: string;
}

// A start tag, with attribute values that may themselves hold `>`.
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The links and ids of a built HTML page. The pages are our own static build,
 * so a careful scan of start tags is enough: comments and the bodies of
 * scripts are skipped, styles are read for their `url()`s.
 */
export function parseHtml(html: string): ParsedPage {
  const links: string[] = [];
  const self: string[] = [];
  const ids: string[] = [];
  let canonical: string | undefined;
  const source = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_, open: string, css: string, close: string) => {
      links.push(...cssUrls(css));
      return `${open}${close}`;
    });
  for (const [, tagName, attributeText] of source.matchAll(TAG)) {
    const tag = tagName.toLowerCase();
    const attributes = new Map<string, string>();
    for (const [, name, double, single, bare] of attributeText.matchAll(ATTRIBUTE)) {
      attributes.set(name.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
    }
    const rel = attributes.get('rel') ?? '';
    if (tag === 'link' && /\b(canonical|alternate)\b/i.test(rel)) {
      const href = attributes.get('href');
      if (href !== undefined) self.push(href);
      if (href !== undefined && /\bcanonical\b/i.test(rel)) canonical = href;
    } else if (tag !== 'base' && !/\b(preconnect|dns-prefetch)\b/i.test(rel)) {
      for (const name of ['href', 'xlink:href']) {
        const value = attributes.get(name);
        if (value !== undefined) links.push(value);
      }
    }
    for (const name of ['src', 'poster', 'data']) {
      const value = attributes.get(name);
      if (value !== undefined && (name !== 'data' || tag === 'object')) links.push(value);
    }
    for (const name of ['srcset', 'imagesrcset']) {
      const value = attributes.get(name);
      if (value) links.push(...srcsetUrls(value));
    }
    if (tag === 'meta') {
      const key = attributes.get('property') ?? attributes.get('name') ?? '';
      const content = attributes.get('content');
      if (content && /(^|:)url$/i.test(key)) self.push(content);
      else if (content && /(^|:)image$/i.test(key)) links.push(content);
    }
    const style = attributes.get('style');
    if (style) links.push(...cssUrls(style));
    const id = attributes.get('id');
    if (id) ids.push(id);
    const name = attributes.get('name');
    if (tag === 'a' && name) ids.push(name);
  }
  return {links, self, ids, canonical};
}

export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,(?=\s*\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/** The `url()`s of a stylesheet, except `data:` and same-document `#` ones. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const [, double, single, bare] of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    const value = (double ?? single ?? bare ?? '').trim();
    if (value && !value.startsWith('#') && !/^data:/i.test(value)) urls.push(value);
  }
  for (const [, value] of css.matchAll(/@import\s+["']([^"']+)["']/g)) urls.push(value);
  return urls;
}

/** Page URLs (with their anchors) in a search index: `u` and `h` fields. */
export function searchIndexLinks(json: string, url: string, problems: string[]): string[] {
  const links: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    problems.push(`${url}: not valid JSON`);
    return links;
  }
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.u === 'string') links.push(`${record.u}${typeof record.h === 'string' ? record.h : ''}`);
      Object.values(record).forEach(walk);
    }
  };
  walk(data);
  return links;
}

function manifestLinks(json: string): string[] {
  try {
    const manifest = JSON.parse(json) as {start_url?: string; icons?: {src?: string}[]};
    return [manifest.start_url, ...(manifest.icons ?? []).map((icon) => icon.src)].filter(
      (value): value is string => typeof value === 'string',
    );
  } catch {
    return [];
  }
}

// Run as a command (`tsx scripts/crawl.ts`), not when imported by the tests.
// (No import.meta here: Playwright loads this file as CommonJS.)
if (/[\\/]crawl\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  const {values} = parseArgs({
    options: {
      dir: {type: 'string'},
      origin: {type: 'string'},
      base: {type: 'string', default: process.env.BASE_URL ?? '/'},
      'site-url': {type: 'string', default: process.env.SITE_URL},
      'no-browser': {type: 'boolean', default: false},
    },
  });
  const run = async () => {
    // Imported here: scripts/serve.ts uses import.meta, which the tests' CommonJS loader refuses.
    const {serveSite} = await import('./serve');
    const server = values.dir ? await serveSite({dir: values.dir, port: 0, base: values.base!}) : undefined;
    const origin = server
      ? `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      : (values.origin ?? 'http://127.0.0.1:3000');
    let browser: Browser | undefined;
    if (!values['no-browser']) {
      const {chromium} = await import('@playwright/test');
      const {default: config} = await import('../playwright.config');
      browser = await chromium.launch(config.use?.launchOptions);
    }
    try {
      const result = await crawlSite({origin, base: values.base!, siteUrl: values['site-url'], browser});
      result.problems.forEach((problem) => console.error(`  ${problem}`));
      console.log(summarise(result, values.base!));
      return result.problems.length === 0;
    } finally {
      await browser?.close();
      server?.close();
    }
  };
  run().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
