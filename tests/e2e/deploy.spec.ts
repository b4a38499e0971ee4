import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from '@playwright/test';
import {crawlSite, parseHtml, summarise} from '../../scripts/crawl';
import {at, base, buildDir, sitePages, watchForErrors} from '../support/site';

// What the build was made with: `npm run build` takes SITE_URL from the
// environment (default as in docusaurus.config.ts); `npm run test:subpath`
// builds and tests with https://example.github.io + /dynamic-devops-roadmap/.
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';

test.describe(`GitHub Pages deployment at base ${base}`, () => {
  test('every page, link, asset, search result and anchor answers 200 inside the base path', async ({browser, baseURL}) => {
    test.setTimeout(120_000);
    const result = await crawlSite({origin: baseURL!, base, siteUrl, browser});
    console.log(summarise(result, base));
    expect(result.problems).toEqual([]);
    expect(result.pages).toEqual(expect.arrayContaining(sitePages()));
    expect(result.links.length).toBeGreaterThan(result.pages.length);
  });

  for (const path of ['no-such-page/', 'deep/no/such/page', 'foundations/module-06/no-such-section/']) {
    test(`an unknown path (${path}) gets the site's 404 page, styled`, async ({page, request, baseURL}) => {
      const response = await request.get(at(path), {maxRedirects: 0});
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain('Page Not Found');

      const problems = watchForErrors(page, baseURL!);
      await page.goto(at(path), {waitUntil: 'networkidle'});
      await expect(page.getByRole('heading', {level: 1})).toHaveText(/Page Not Found/);
      // Its stylesheet and scripts load from any depth: the navbar is laid out.
      await expect(page.locator('.navbar')).toHaveCSS('display', 'flex');
      // Only the page itself answers 404 (Chromium also logs that as a console
      // error; a 404 for anything else would still show as its own HTTP 404).
      const itself = [`HTTP 404: ${baseURL}${at(path)}`, 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)'];
      expect(problems.filter((p) => !itself.includes(p))).toEqual([]);
    });
  }

  test('the build has .nojekyll, and sitemap and canonical URLs start with SITE_URL + BASE_URL', () => {
    expect(existsSync(join(buildDir, '.nojekyll')), `${buildDir}/.nojekyll`).toBe(true);
    const prefix = `${siteUrl}${base}`;
    const sitemap = readFileSync(join(buildDir, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(0);
    expect(locs.filter((loc) => !loc.startsWith(prefix))).toEqual([]);
    for (const path of sitePages()) {
      const html = readFileSync(join(buildDir, path.slice(base.length), 'index.html'), 'utf8');
      expect(parseHtml(html).canonical, path).toBe(`${siteUrl}${path}`);
    }
  });
});
