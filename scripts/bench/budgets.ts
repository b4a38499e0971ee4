/**
 * Performance budgets: the one place they are set (issue 11). Bytes are gzip,
 * as GitHub Pages serves them, of what a page loads before any interaction
 * (./measure.ts): its HTML, scripts, styles, images and fetches. Prefetches of
 * other pages' code for faster navigation are counted and reported apart.
 * `npm test` asserts the byte budgets on every page of the build (they are
 * deterministic); `npm run bench` also reports Lighthouse against a stock
 * Docusaurus page measured in the same run.
 *
 * For scale: an empty doc page of a stock Docusaurus 3.10 classic site loads
 * about 172 KiB of JavaScript. Every page of ours, with all its features,
 * must weigh less.
 */
export const KiB = 1024;

export interface ByteBudget {
  /** Gzip bytes of JavaScript the page runs before any interaction. */
  jsGzip: number;
  /** Gzip bytes of everything the page loads before any interaction. */
  totalGzip: number;
}

/** The module page; also the budget of every page not named below. */
export const moduleBudget: ByteBudget = {jsGzip: 160 * KiB, totalGzip: 210 * KiB};
export const homeBudget: ByteBudget = {jsGzip: 120 * KiB, totalGzip: 160 * KiB};

/** Pages with a budget of their own, relative to the base path. */
export const budgetedPages = [
  {name: 'home', path: '', budget: homeBudget},
  {name: 'module', path: 'foundations/module-06/', budget: moduleBudget},
] as const;

/** The budget of a page, by its path relative to the base path ("" is home). */
export function budgetFor(path: string): ByteBudget {
  return budgetedPages.find((page) => page.path === path)?.budget ?? moduleBudget;
}

/** Lighthouse mobile targets for the home and module pages, on an idle machine. */
export const lighthouseMobileBudgets = {
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;
export const lighthouseMetricBudgets = {TBT: 50, CLS: 0} as const;

/**
 * Below this Lighthouse mobile performance score on the stock Docusaurus page,
 * the machine is too busy for scores to mean anything: the bench says so
 * rather than passing or failing on noise.
 */
export const stockPerformanceFloor = 95;

/** Build times on a 2-core machine, in seconds. */
export const buildSecondsBudgets = {cold: 10, warm: 5} as const;
