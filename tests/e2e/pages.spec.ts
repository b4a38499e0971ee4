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
