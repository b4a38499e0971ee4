/**
 * `npm run bench`: build times, page weight and Lighthouse scores for every
 * page of the site, side by side with a stock Docusaurus doc page measured in
 * the same run on the same machine (./stock.ts), against ./budgets.ts.
 *
 *   1. builds our site cold (caches cleared) and warm, timing each; with
 *      --compare-faster also a cold build without @docusaurus/faster;
 *   2. creates (once, cached) and builds the stock Docusaurus classic site;
 *   3. serves both builds with gzip, like GitHub Pages;
 *   4. loads each page in headless Chromium and adds up what it loads before
 *      any interaction (./measure.ts);
 *   5. runs Lighthouse mobile --runs times (default 5, median), one page at a
 *      time, taking the stock page and ours in turn so that both see the same
 *      load on the machine;
 *   6. writes bench/results.json and bench/results.md, prints the table with
 *      each page's ratio to the stock page, and exits 1 when a budget is
 *      missed. When the stock page itself scores below 95 the machine is too
 *      busy: timing budgets are then reported, not judged.
 *
 *   --runs N, --skip-build (measure the last bench build), --port P (P and P+1),
 *   --pages home,module (names or paths; default: every page).
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium.
 */
import {execFile, execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs, promisify} from 'node:util';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../../playwright.config';
import {serveSite} from '../serve';
import {
  budgetFor,
  budgetedPages,
  buildSecondsBudgets,
  KiB,
  lighthouseMetricBudgets,
  lighthouseMobileBudgets,
  stockPerformanceFloor,
} from './budgets';
import {byteBudgetMisses, measurePage, type PageWeight} from './measure';
import {ensureStockSite, stockDocPath} from './stock';

const execFileAsync = promisify(execFile);

const {values: args} = parseArgs({
  options: {
    runs: {type: 'string', default: '5'},
    'compare-faster': {type: 'boolean', default: false},
    'skip-build': {type: 'boolean', default: false},
    port: {type: 'string', default: '4800'},
    pages: {type: 'string'},
  },
});

const root = resolve(import.meta.dirname, '../..');
const cacheDir = join(root, 'bench', 'tmp');
const outDir = join(cacheDir, 'build');
const generatedDir = '.docusaurus-bench';
// Lighthouse launches Chromium itself, so it needs the headless flag too.
const lighthouseChromiumArgs = ['--headless=new', ...chromiumArgs];
const base = process.env.BASE_URL ?? '/';

function timed(label: string, run: () => void): number {
  const started = performance.now();
  run();
  const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  console.log(`build (${label}): ${seconds} s`);
  return seconds;
}

function buildOurs(label: string, env: Record<string, string> = {}, cold = true): number {
  if (cold) {
    for (const dir of [outDir, join(root, generatedDir), join(root, 'node_modules', '.cache')]) {
      rmSync(dir, {recursive: true, force: true});
    }
  }
  return timed(label, () =>
    execFileSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {...process.env, DOCUSAURUS_GENERATED_FILES_DIR_NAME: generatedDir, ...env},
    }),
  );
}

type Category = keyof typeof lighthouseMobileBudgets;
const categories = Object.keys(lighthouseMobileBudgets) as Category[];
const metrics = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
} as const;
type Metric = keyof typeof metrics;

interface LighthouseRun {
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
}
interface LighthouseSummary extends LighthouseRun {
  runs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function lighthouseOnce(url: string): Promise<LighthouseRun> {
  // Lighthouse's own CLI, in a child process: its in-page functions must not
  // pass through tsx's transform (which adds helpers the page lacks).
  // Asynchronous: the servers answering Lighthouse run in this process.
  const {stdout} = await execFileAsync(
    join(root, 'node_modules', '.bin', 'lighthouse'),
    [url, `--chrome-flags=${lighthouseChromiumArgs.join(' ')}`, '--output=json', '--quiet', `--only-categories=${categories.join(',')}`],
    {cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env: {...process.env, CHROME_PATH: chromiumPath}},
  );
  const lhr = JSON.parse(stdout) as {
    runtimeError?: {message: string};
    categories: Record<string, {score: number | null} | undefined>;
    audits: Record<string, {numericValue?: number} | undefined>;
  };
  if (lhr.runtimeError) throw new Error(`Lighthouse, ${url}: ${lhr.runtimeError.message}`);
  return {
    scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>,
    metrics: Object.fromEntries((Object.keys(metrics) as Metric[]).map((m) => [m, lhr.audits[metrics[m]]?.numericValue ?? NaN])) as Record<Metric, number>,
  };
}

function summarize(runs: LighthouseRun[]): LighthouseSummary {
  return {
    scores: Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number>,
    metrics: Object.fromEntries((Object.keys(metrics) as Metric[]).map((m) => [m, median(runs.map((r) => r.metrics[m]))])) as Record<Metric, number>,
    runs: runs.length,
  };
}

interface MeasuredPage {
  name: string;
  path: string;
  url: string;
  weight: PageWeight;
  /** None for the "not found" page: Lighthouse refuses a 404 document. */
  mobile?: LighthouseSummary;
}

const kib = (bytes: number) => (bytes / KiB).toFixed(1);
const ms = (value: number) => `${Math.round(value)}`;
const ratio = (ours: number, stock: number) => (stock > 0 ? `${(ours / stock).toFixed(2)}×` : '–');

const notFoundPath = 'no-such-page/';

/** Our pages: every page in the sitemap, the search page and the "not found" page. */
function ourPages(): {name: string; path: string}[] {
  const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(base.length));
  const all = [...new Set([...paths, 'search/', notFoundPath])];
  const named = (path: string) =>
    budgetedPages.find((p) => p.path === path)?.name ?? (path === notFoundPath ? 'not found (404)' : path.replace(/\/$/, '') || 'home');
  const pages = all.map((path) => ({name: named(path), path}));
  if (!args.pages) return pages;
  const wanted = args.pages.split(',');
  return pages.filter((p) => wanted.includes(p.name) || wanted.includes(p.path));
}

function table(builds: Record<string, number>, stock: MeasuredPage, pages: MeasuredPage[], version: string): string {
  const lines = ['| Build | Seconds |', '| --- | --- |'];
  for (const [label, seconds] of Object.entries(builds)) lines.push(`| ${label} | ${seconds} |`);
  lines.push(
    '',
    `Each page against an empty doc page of a stock Docusaurus ${version} classic site, measured in the same run. Bytes: gzip KiB loaded before any interaction (prefetches of other pages apart). Lighthouse: mobile, median of ${stock.mobile?.runs} runs.`,
    '',
    '| Page | JS KiB | JS vs stock | All KiB | All vs stock | Prefetch KiB | Performance | Perf vs stock | TBT ms | TBT vs stock | LCP ms | CLS | A11y | BP | SEO |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  const s = stock.weight;
  const sl = stock.mobile!;
  for (const page of [stock, ...pages]) {
    const {weight: w, mobile: lh} = page;
    const vs = (ours: number, theirs: number) => (page === stock ? '1.00×' : ratio(ours, theirs));
    const bytes = `${kib(w.byKind.js.gzip)} | ${vs(w.byKind.js.gzip, s.byKind.js.gzip)} | ${kib(w.total.gzip)} | ${vs(w.total.gzip, s.total.gzip)} | ${kib(w.prefetch.gzip)}`;
    const scores = lh
      ? `${lh.scores.performance} | ${vs(lh.scores.performance, sl.scores.performance)} | ${ms(lh.metrics.TBT)} | ${vs(lh.metrics.TBT, sl.metrics.TBT)} | ${ms(lh.metrics.LCP)} | ${lh.metrics.CLS.toFixed(3)} | ${lh.scores.accessibility} | ${lh.scores['best-practices']} | ${lh.scores.seo}`
      : Array(9).fill('–').join(' | ');
    lines.push(`| ${page === stock ? `stock doc page (${page.path})` : page.name} | ${bytes} | ${scores} |`);
  }
  return lines.join('\n');
}

async function main() {
  const runs = Number(args.runs);
  if (!(runs >= 1)) throw new Error(`--runs must be a positive number, not ${args.runs}`);
  mkdirSync(cacheDir, {recursive: true});
  const stockSite = ensureStockSite(root, cacheDir);
  const stockOut = join(stockSite.dir, 'build');

  const builds: Record<string, number> = {};
  if (!args['skip-build'] || !existsSync(join(outDir, 'index.html'))) {
    if (args['compare-faster']) builds['ours, cold, without @docusaurus/faster (webpack)'] = buildOurs('cold, webpack', {DOCUSAURUS_FASTER: 'false'});
    builds['ours, cold (caches cleared)'] = buildOurs('cold');
    builds['ours, warm'] = buildOurs('warm', {}, false);
  }
  if (!args['skip-build'] || !existsSync(join(stockOut, 'index.html'))) {
    builds[`stock Docusaurus ${stockSite.version}, warm`] = timed('stock', () =>
      execFileSync('npx', ['docusaurus', 'build'], {cwd: stockSite.dir, stdio: ['ignore', 'ignore', 'inherit']}),
    );
  }

  const port = Number(args.port);
  const ours = await serveSite({dir: outDir, port, base});
  const stockServer = await serveSite({dir: stockOut, port: port + 1, base: '/'});
  const browser = await chromium.launch({executablePath: chromiumPath, args: lighthouseChromiumArgs});
  const misses: string[] = [];
  const warnings: string[] = [];
  let stock: MeasuredPage;
  const pages: MeasuredPage[] = [];
  try {
    const stockUrl = `http://127.0.0.1:${port + 1}/${stockDocPath}`;
    const targets = [
      {name: 'stock', path: stockDocPath, url: stockUrl},
      ...ourPages().map((p) => ({...p, url: `http://127.0.0.1:${port}${base}${p.path}`})),
    ];
    const weights = new Map<string, PageWeight>();
    for (const {url} of targets) weights.set(url, await measurePage(browser, url));
    // Lighthouse starts a Chromium of its own for each run: this one, idle or
    // not, would share the two cores with it.
    await browser.close();
    // Lighthouse: round after round, each round the stock page then ours.
    const audited = targets.filter((t) => t.path !== notFoundPath);
    const lighthouse = new Map<string, LighthouseRun[]>(audited.map((t) => [t.url, []]));
    for (let round = 1; round <= runs; round++) {
      for (const {url} of audited) lighthouse.get(url)!.push(await lighthouseOnce(url));
      console.log(`Lighthouse round ${round} of ${runs} done (${audited.length} pages)`);
    }
    const measured = targets.map((t) => {
      const runsOfPage = lighthouse.get(t.url);
      return {...t, weight: weights.get(t.url)!, mobile: runsOfPage && summarize(runsOfPage)};
    });
    [stock] = measured;
    pages.push(...measured.slice(1));
  } finally {
    await browser.close();
    ours.close();
    stockServer.close();
  }

  const stockScore = stock.mobile!.scores.performance;
  const busy = stockScore < stockPerformanceFloor;
  if (busy) {
    warnings.push(
      `The stock Docusaurus page scored ${stockScore} (< ${stockPerformanceFloor}) for mobile performance: this machine is too busy for Lighthouse scores or build times to mean anything. They are reported, not judged; compare the ratios, and re-run on an idle machine.`,
    );
  }
  const timing = (message: string) => (busy ? warnings : misses).push(message);
  for (const page of pages) {
    misses.push(...byteBudgetMisses(page.weight, budgetFor(page.path)));
    if (page.mobile && budgetedPages.some((p) => p.path === page.path)) {
      for (const category of categories) {
        const score = page.mobile.scores[category];
        const minimum = lighthouseMobileBudgets[category];
        const message = `${page.url}: Lighthouse mobile ${category} ${score} is below ${minimum}`;
        if (score < minimum) (category === 'performance' ? timing : misses.push.bind(misses))(message);
      }
      if (page.mobile.metrics.TBT > lighthouseMetricBudgets.TBT) timing(`${page.url}: TBT ${ms(page.mobile.metrics.TBT)} ms is over ${lighthouseMetricBudgets.TBT} ms`);
      if (page.mobile.metrics.CLS > lighthouseMetricBudgets.CLS) misses.push(`${page.url}: CLS ${page.mobile.metrics.CLS} is over ${lighthouseMetricBudgets.CLS}`);
    }
  }
  const cold = builds['ours, cold (caches cleared)'];
  const warm = builds['ours, warm'];
  if (cold > buildSecondsBudgets.cold) timing(`cold build took ${cold} s, over ${buildSecondsBudgets.cold} s`);
  if (warm > buildSecondsBudgets.warm) timing(`warm build took ${warm} s, over ${buildSecondsBudgets.warm} s`);

  const markdown = table(builds, stock, pages, stockSite.version);
  writeFileSync(
    join(root, 'bench', 'results.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        docusaurus: stockSite.version,
        builds,
        budgets: {pages: budgetedPages, lighthouseMobile: lighthouseMobileBudgets, metrics: lighthouseMetricBudgets, buildSeconds: buildSecondsBudgets},
        stock,
        pages,
        warnings,
        misses,
      },
      null,
      2,
    )}\n`,
  );
  const notes = [...warnings.map((w) => `> Warning: ${w}`), ...misses.map((m) => `> Budget missed: ${m}`)];
  writeFileSync(join(root, 'bench', 'results.md'), `${markdown}\n${notes.length ? `\n${notes.join('\n\n')}\n` : ''}`);
  console.log(`\n${markdown}\n`);
  for (const warning of warnings) console.warn(`WARNING: ${warning}`);
  if (misses.length) {
    console.error(`Budgets missed:\n${misses.map((m) => `  - ${m}`).join('\n')}`);
    process.exit(1);
  }
  console.log(busy ? 'Byte budgets met; timings not judged (machine busy).' : 'All budgets met.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
