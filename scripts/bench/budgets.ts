/**
 * Performance budgets for the home page and the module page: the one place
 * they are set. Bytes are what crosses the wire (gzip), in units of 1000.
 * `npm test` asserts the byte budgets (deterministic); `npm run bench` also
 * checks the Lighthouse scores (which vary from run to run).
 */
export const KB = 1000;

export const byteBudgets = {
  jsGzip: 200 * KB,
  cssGzip: 20 * KB,
  totalGzip: 350 * KB,
} as const;

export const lighthouseMobileBudgets = {
  performance: 96,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;

/** The pages the budgets apply to, relative to the base path. */
export const budgetedPages = [
  {name: 'home', path: ''},
  {name: 'module', path: 'foundations/module-06/'},
] as const;
