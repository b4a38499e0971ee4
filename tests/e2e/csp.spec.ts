import {expect, test, type Page} from '@playwright/test';
import {at, modulePath, sitePages, watchForErrors} from '../support/site';

// The Content-Security-Policy every page carries in a <meta> (src/plugins/csp.ts)
// must block nothing the site itself does, in the page or in the search worker.

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Collects CSP violations: `securitypolicyviolation` events and the console reports of them. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window.cspViolations!.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
        ),
      true,
    );
  });
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) reported.push(`console: ${message.text()}`);
  });
  return async () => [...((await page.evaluate(() => window.cspViolations)) ?? []), ...reported];
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** The page's policy, checked to be the strict one and to come before any script. */
async function expectStrictPolicy(page: Page, html: string) {
  const meta = page.locator('head meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = (await meta.getAttribute('content')) ?? '';
  const csp = directives(policy);
  expect(policy).not.toContain("'unsafe-eval'");
  expect(csp.get('script-src')).toBeDefined();
  expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  expect(csp.get('script-src')).not.toContain('*');
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  // Before any script it governs: the first thing in <head> after the charset.
  const at = html.search(/<meta http-equiv="?Content-Security-Policy/i);
  expect(at).toBeGreaterThan(-1);
  expect(at).toBeLessThan(html.search(/<script\b/i));
  expect(html.slice(0, at)).toMatch(/<head>(<meta charset=[^>]+>)?\s*$/i);
  return policy;
}

for (const path of sitePages()) {
  test(`${path} has a strict Content-Security-Policy that blocks nothing the page does`, async ({page, baseURL}) => {
    const problems = watchForErrors(page, baseURL!);
    const violations = await watchCsp(page);
    const response = await page.goto(path, {waitUntil: 'networkidle'});
    expect(response?.status()).toBe(200);
    await expectStrictPolicy(page, await response!.text());
    // React hydrated: the bundles and the inline scripts all ran.
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('the 404 page has the policy too, and it blocks nothing', async ({page}) => {
  const violations = await watchCsp(page);
  const response = await page.goto(at('no-such-page/'), {waitUntil: 'networkidle'});
  expect(response?.status()).toBe(404);
  await expectStrictPolicy(page, await response!.text());
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  expect(await violations()).toEqual([]);
});

test('under the policy, a figure opens zoomed', async ({page, baseURL}) => {
  const problems = watchForErrors(page, baseURL!);
  const violations = await watchCsp(page);
  await page.goto(modulePath);
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await page.locator('figure button').first().click();
  await expect(page.locator('dialog[open]')).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});

test('under the policy, the offline search finds "Cosign" (its index and worker load)', async ({page, baseURL}) => {
  const problems = watchForErrors(page, baseURL!);
  const violations = await watchCsp(page);
  await page.goto(modulePath);
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  const search = page.locator('.navbar input[type="search"], .navbar input.navbar__search-input').first();
  await search.click();
  await search.pressSequentially('Cosign', {delay: 50});
  await expect(page.getByRole('option').filter({hasText: /cosign/i}).first()).toBeVisible({timeout: 15_000});
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});

test('under the policy, the search page (not in the sitemap) lists results for "Cosign"', async ({page, baseURL}) => {
  const problems = watchForErrors(page, baseURL!);
  const violations = await watchCsp(page);
  const response = await page.goto(at('search/?q=Cosign'));
  await expectStrictPolicy(page, await response!.text());
  const hit = page.getByRole('article').filter({has: page.locator('mark', {hasText: /cosign/i})});
  await expect(hit.first()).toBeVisible({timeout: 15_000});
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});

test('under the policy, marking a section done moves the progress meter', async ({page, baseURL}) => {
  const problems = watchForErrors(page, baseURL!);
  const violations = await watchCsp(page);
  await page.goto(modulePath);
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  const meter = page.getByRole('progressbar').first();
  await expect(meter).toHaveAttribute('aria-valuenow', '0');
  await page.getByRole('checkbox', {name: /Mark 6\.1 as done/}).check();
  await expect(meter).toHaveAttribute('aria-valuenow', '1');
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});
