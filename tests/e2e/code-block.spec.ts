import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {existsSync} from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {KiB} from '../../scripts/bench/budgets';
import {measurePage} from '../../scripts/bench/measure';
import {serveSite} from '../../scripts/serve';
import {openInTheme, type Theme} from '../support/site';

// Our CodeBlock wrapper (src/theme/CodeBlock) defers Prism until a page has
// code. The site has no code block yet, so this runs against a fixture site
// that uses the same wrapper (tests/fixtures/code-block, built by
// `npm run build:fixtures`): highlighting must still happen where there is code.
const fixtureDir = 'build-fixtures/code-block';
let server: Server;
let origin: string;

test.beforeAll(async () => {
  if (!existsSync(`${fixtureDir}/index.html`)) {
    throw new Error(`${fixtureDir}/index.html not found: run npm run build:fixtures first.`);
  }
  server = await serveSite({dir: fixtureDir, port: 0, base: '/'});
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => server?.close());

const prismBackground: Record<Theme, string> = {light: 'rgb(246, 248, 250)', dark: 'rgb(40, 42, 54)'};

test.describe('before JavaScript runs', () => {
  test.use({javaScriptEnabled: false});

  test('the code is there, readable and plain', async ({page}) => {
    await page.goto(`${origin}/`);
    const block = page.locator('[data-code-block="plain"]');
    await expect(block.locator('pre code')).toContainText("export function greet(name: string): string {");
    await expect(block).toContainText('greet.ts');
    await expect(block.locator('.token')).toHaveCount(0);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`${theme}: the code block is highlighted in the reader's colors once loaded`, async ({page}) => {
    await openInTheme(page, `${origin}/`, theme);
    const block = page.locator('.theme-code-block');
    await expect(block.locator('.token.keyword').first()).toHaveText(/const|export|function/);
    await expect(block.locator('[data-code-block="plain"]')).toHaveCount(0);
    await expect(page.locator('[data-code-block="plain"]')).toHaveCount(0);
    await expect(block).toContainText('greet.ts');
    await expect(block.getByRole('button', {name: /copy/i})).toBeAttached();
    await expect(block).toHaveCSS('background-color', prismBackground[theme]);
    const results = await new AxeBuilder({page}).include('.theme-code-block').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target} ${n.failureSummary}`).join('; ')}`)).toEqual([]);
  });
}

test('Prism loads on the page with code, not on the page without', async ({browser}) => {
  const plain = await measurePage(browser, `${origin}/plain/`);
  const code = await measurePage(browser, `${origin}/`);
  const extra = code.byKind.js.gzip - plain.byKind.js.gzip;
  console.log(`page without code: JS ${(plain.byKind.js.gzip / KiB).toFixed(1)} KiB; with code: ${(code.byKind.js.gzip / KiB).toFixed(1)} KiB`);
  expect(code.scripts.filter((s) => !plain.scripts.includes(s)).length).toBeGreaterThan(0);
  expect(extra).toBeGreaterThan(20 * KiB);
});

test('a code block reached by a link in the page is highlighted too', async ({page}) => {
  await page.goto(`${origin}/plain/`);
  await page.getByRole('link', {name: 'Back to the code'}).click();
  await expect(page.locator('.theme-code-block .token.keyword').first()).toBeVisible();
});
