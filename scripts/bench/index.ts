/**
 * `npm run bench`: build times, page weight and Lighthouse scores for the home
 * page and the module, checked against the budgets in ./budgets.ts.
 *
 *   1. builds the site cold (caches cleared) and warm, timing each; with
 *      --compare-faster also a cold build without @docusaurus/faster;
 *   2. serves the build with gzip under its base path, like GitHub Pages;
 *   3. loads each page in headless Chromium: requests, bytes by type;
 *   4. runs Lighthouse (mobile and desktop, median of --runs, default 3);
 *   5. writes bench/results.json and bench/results.md, prints the table, and
 *      exits 1 when a budget is missed.
 *
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium.
 */
import {execFile, execFileSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs, promisify} from 'node:util';

const execFileAsync = promisify(execFile);
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../../playwright.config';
import {serveSite} from '../serve';
import {budgetedPages, byteBudgets, lighthouseMobileBudgets} from './budgets';
import {byteBudgetMisses, measurePage, type PageWeight} from './measure';

const {values: args} = parseArgs({
  options: {
    runs: {type: 'string', default: '3'},
    'compare-faster': {type: 'boolean', default: false},
    'skip-build': {type: 'boolean', default: false},
    port: {type: 'string', default: '4800'},
  },
});

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'bench', 'tmp', 'build');
const generatedDir = '.docusaurus-bench';
// Lighthouse launches Chromium itself, so it needs the headless flag too.
const lighthouseChromiumArgs = ['--headless=new', ...chromiumArgs];
const base = process.env.BASE_URL ?? '/';

function build(label: string, env: Record<string, string> = {}, cold = true): number {
  if (cold) {
    for (const dir of [outDir, join(root, generatedDir), join(root, 'node_modules', '.cache')]) {
      rmSync(dir, {recursive: true, force: true});
    }
  }
  const started = performance.now();
  execFileSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, DOCUSAURUS_GENERATED_FILES_DIR_NAME: generatedDir, ...env},
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`build (${label}): ${seconds.toFixed(1)} s`);
  return Number(seconds.toFixed(1));
}

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
const categories: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];
const metrics = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
} as const;
type Metric = keyof typeof metrics;

interface LighthouseSummary {
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  runs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop', runs: number) {
  const results: LighthouseSummary[] = [];
  for (let i = 0; i < runs; i++) {
    // Lighthouse's own CLI, in a child process: its in-page functions must not
    // pass through tsx's transform (which adds helpers the page lacks).
    // Asynchronous: the server answering Lighthouse runs in this process.
    const {stdout: output} = await execFileAsync(
      join(root, 'node_modules', '.bin', 'lighthouse'),
      [
        url,
        `--chrome-flags=${lighthouseChromiumArgs.join(' ')}`,
        '--output=json',
        '--quiet',
        `--only-categories=${categories.join(',')}`,
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      ],
      {cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env: {...process.env, CHROME_PATH: chromiumPath}},
    );
    const lhr = JSON.parse(output) as {
      runtimeError?: {message: string};
      categories: Record<string, {score: number | null} | undefined>;
      audits: Record<string, {numericValue?: number} | undefined>;
    };
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    results.push({
      scores: Object.fromEntries(
        categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>,
      metrics: Object.fromEntries(
        (Object.keys(metrics) as Metric[]).map((m) => [m, lhr.audits[metrics[m]]?.numericValue ?? NaN]),
      ) as Record<Metric, number>,
      runs: 1,
    });
  }
  return {
    scores: Object.fromEntries(categories.map((c) => [c, median(results.map((r) => r.scores[c]))])),
    metrics: Object.fromEntries(
      (Object.keys(metrics) as Metric[]).map((m) => [m, median(results.map((r) => r.metrics[m]))]),
    ),
    runs,
  } as LighthouseSummary;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

function table(
  builds: Record<string, number>,
  pages: {name: string; weight: PageWeight; mobile: LighthouseSummary; desktop: LighthouseSummary}[],
): string {
  const lines = ['| Build | Seconds |', '| --- | --- |'];
  for (const [label, seconds] of Object.entries(builds)) lines.push(`| ${label} | ${seconds} |`);
  lines.push('', '| Page | Requests | JS gzip (raw) | CSS gzip (raw) | HTML gzip | Images | All gzip (raw) |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const {name, weight} of pages) {
    const k = weight.byKind;
    lines.push(
      `| ${name} | ${weight.requests} | ${kb(k.js.gzip)} (${kb(k.js.raw)}) | ${kb(k.css.gzip)} (${kb(k.css.raw)}) | ${kb(k.html.gzip)} | ${kb(k.image.gzip)} | ${kb(weight.total.gzip)} (${kb(weight.total.raw)}) |`,
    );
  }
  lines.push('', '| Page | Lighthouse | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const {name, mobile, desktop} of pages) {
    for (const [label, lh] of [['mobile', mobile], ['desktop', desktop]] as const) {
      const s = lh.scores;
      const m = lh.metrics;
      lines.push(
        `| ${name} | ${label} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${ms(m.FCP)} | ${ms(m.LCP)} | ${ms(m.TBT)} | ${m.CLS.toFixed(3)} |`,
      );
    }
  }
  return lines.join('\n');
}

async function main() {
  const runs = Number(args.runs);
  const builds: Record<string, number> = {};
  if (!args['skip-build']) {
    if (args['compare-faster']) builds['cold, without @docusaurus/faster (webpack)'] = build('cold, webpack', {DOCUSAURUS_FASTER: 'false'});
    builds['cold, @docusaurus/faster'] = build('cold, faster');
    builds['warm, @docusaurus/faster'] = build('warm, faster', {}, false);
  }

  const port = Number(args.port);
  const server = await serveSite({dir: outDir, port, base});
  const browser = await chromium.launch({executablePath: chromiumPath, args: lighthouseChromiumArgs});

  const pages = [];
  const misses: string[] = [];
  try {
    for (const {name, path} of budgetedPages) {
      const url = `http://127.0.0.1:${port}${base}${path}`;
      const weight = await measurePage(browser, url);
      const mobile = await runLighthouse(url, 'mobile', runs);
      const desktop = await runLighthouse(url, 'desktop', runs);
      console.log(`${name}: measured (${runs} Lighthouse runs per form factor)`);
      misses.push(...byteBudgetMisses(weight, byteBudgets));
      for (const [category, minimum] of Object.entries(lighthouseMobileBudgets)) {
        const score = mobile.scores[category as Category];
        if (score < minimum) misses.push(`${url}: Lighthouse mobile ${category} ${score} is below ${minimum}`);
      }
      pages.push({name, weight, mobile, desktop});
    }
  } finally {
    await browser.close();
    server.close();
  }

  const markdown = table(builds, pages);
  mkdirSync(join(root, 'bench'), {recursive: true});
  writeFileSync(
    join(root, 'bench', 'results.json'),
    `${JSON.stringify({date: new Date().toISOString(), node: process.version, builds, budgets: {bytes: byteBudgets, lighthouseMobile: lighthouseMobileBudgets}, pages, misses}, null, 2)}\n`,
  );
  writeFileSync(join(root, 'bench', 'results.md'), `${markdown}\n`);
  console.log(`\n${markdown}\n`);
  if (misses.length) {
    console.error(`Budgets missed:\n${misses.map((m) => `  - ${m}`).join('\n')}`);
    process.exit(1);
  }
  console.log('All budgets met.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
