import {expect, test} from '@playwright/test';
import {sitePages, watchForErrors} from '../support/site';

for (const path of sitePages()) {
  test(`${path} loads with no failed request, console error or third-party request`, async ({page, baseURL}) => {
    const problems = watchForErrors(page, baseURL!);
    const response = await page.goto(path, {waitUntil: 'networkidle'});
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('main')).toBeVisible();
    expect(problems).toEqual([]);
  });
}

// src/css/custom.css: buttons and text fields are in the site's font, not
// the browser's default for form controls.
test('every button and text field on every page is in the page font', async ({page}) => {
  const mismatches: string[] = [];
  for (const path of sitePages()) {
    await page.goto(path);
    mismatches.push(
      ...(await page.evaluate(() => {
        const pageFont = getComputedStyle(document.body).fontFamily;
        return Array.from(document.querySelectorAll('button, input:not([type=checkbox], [type=radio], [type=hidden]), select, textarea'))
          .filter((control) => getComputedStyle(control).fontFamily !== pageFont)
          .map((control) => `${location.pathname} ${control.outerHTML.slice(0, 80)}: ${getComputedStyle(control).fontFamily}`);
      })),
    );
  }
  expect(mismatches).toEqual([]);
});
