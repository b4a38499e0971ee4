import {expect, test} from '@playwright/test';
import {byteBudgets, budgetedPages} from '../../scripts/bench/budgets';
import {byteBudgetMisses, measurePage} from '../../scripts/bench/measure';
import {at} from '../support/site';

// Bytes are deterministic for a given build, so the budgets are asserted here;
// timings and Lighthouse scores are left to `npm run bench`.
for (const {name, path} of budgetedPages) {
  test(`${name} page stays within the byte budgets, with no third-party request`, async ({browser, baseURL}) => {
    const weight = await measurePage(browser, `${baseURL}${at(path)}`);
    console.log(
      `${name}: ${weight.requests} requests, JS ${weight.byKind.js.gzip} B gzip, CSS ${weight.byKind.css.gzip} B gzip, total ${weight.total.gzip} B gzip`,
    );
    expect(weight.failed).toEqual([]);
    expect(weight.byKind.js.requests).toBeGreaterThan(0);
    expect(weight.byKind.js.gzip).toBeGreaterThan(0);
    // Gzip is on, as on GitHub Pages: the wire size is well under the raw size.
    expect(weight.byKind.js.gzip).toBeLessThan(weight.byKind.js.raw / 2);
    expect(byteBudgetMisses(weight, byteBudgets)).toEqual([]);
  });
}
