import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {expect, test, type Page} from '@playwright/test';
import {readPng} from '../../scripts/png';
import {at, base, modulePath, sitePages} from '../support/site';

// What search engines and link previews read: the HTML as served, before any
// JavaScript runs (crawlers and preview bots mostly do not run it).
test.use({javaScriptEnabled: false});

const meta = (page: Page, attribute: 'name' | 'property', key: string) =>
  page.locator(`head meta[${attribute}="${key}"]`).getAttribute('content');

const pages = [...sitePages(), at('search/'), at('no-such-page/')];

for (const path of pages) {
  const notFound = path.includes('no-such-page');
  test(`${path} has a description, ${notFound ? 'noindex and no canonical URL' : 'a canonical URL'}, Open Graph and Twitter tags`, async ({page}) => {
    await page.goto(path);
    const description = await meta(page, 'name', 'description');
    expect(description?.length ?? 0, 'description').toBeGreaterThan(40);
    await expect(page.locator('head meta[name="description"]')).toHaveCount(1);

    if (notFound) {
      // The 404 page, one file served for every unknown path: not a page to
      // index, and no URL to call its own.
      expect(await meta(page, 'name', 'robots')).toBe('noindex');
      await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
      await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(0);
      await expect(page.locator('head meta[property="og:url"]')).toHaveCount(0);
    } else {
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(canonical, 'canonical URL').toMatch(/^https?:\/\//);
      expect(new URL(canonical!).pathname).toBe(path);
      expect(await meta(page, 'property', 'og:url')).toBe(canonical);
    }

    expect(await meta(page, 'property', 'og:title')).toBeTruthy();
    expect(await meta(page, 'property', 'og:description')).toBe(description);
    expect(await meta(page, 'property', 'og:type')).toBe('website');
    expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
    const image = await meta(page, 'property', 'og:image');
    expect(image).toMatch(/^https?:\/\/.*\/img\/social-card\.png$/);
    expect(new URL(image!).pathname).toBe(at('img/social-card.png'));
    expect(await meta(page, 'name', 'twitter:image')).toBe(image);
    expect(await meta(page, 'property', 'og:image:alt')).toBeTruthy();
  });
}

test('the social image is our own 1200x630 PNG, made from the committed SVG', async ({request}) => {
  const response = await request.get(at('img/social-card.png'));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = readPng(await response.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
  const svg = readFileSync('static/img/social-card.svg');
  expect(png.text['Source-SHA256']).toBe(createHash('sha256').update(svg).digest('hex'));
});

test('the module carries schema.org LearningResource JSON-LD with its eight sections', async ({page}) => {
  await page.goto(modulePath);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((b) => JSON.parse(b)).find((d) => d['@type'] === 'LearningResource');
  expect(data, 'a LearningResource block').toBeTruthy();
  expect(data['@context']).toBe('https://schema.org');
  expect(data.name).toBe(await page.locator('article h1').textContent());
  expect(data.description).toBe(await meta(page, 'name', 'description'));
  expect(data.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
  expect(data.isPartOf['@type']).toBe('Course');
  expect(data.hasPart.map((p: {name: string}) => p.name.slice(0, 4))).toEqual(
    ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8'].map((s) => `${s} `),
  );
  for (const part of data.hasPart) {
    const url = new URL(part.url);
    expect(url.pathname).toBe(modulePath);
    await expect(page.locator(`[id="${url.hash.slice(1)}"]`)).toHaveCount(1);
  }
  expect(Date.parse(data.dateModified)).not.toBeNaN();
  expect(new URL(data.image).pathname).toBe(at('img/social-card.png'));
});

test('pages other than modules carry no LearningResource', async ({page}) => {
  for (const path of sitePages().filter((p) => p !== modulePath)) {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.map((b) => JSON.parse(b)['@type']), path).not.toContain('LearningResource');
  }
});

test('robots.txt points at the sitemap, which lists the pages and not the search page', async ({request}) => {
  const robots = await request.get(at('robots.txt'));
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await robots.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(text)?.[1];
  expect(sitemapUrl).toMatch(/^https?:\/\//);
  expect(new URL(sitemapUrl!).pathname).toBe(`${base}sitemap.xml`);

  const sitemap = await request.get(new URL(sitemapUrl!).pathname);
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(locs).toEqual(expect.arrayContaining([at(), modulePath]));
  expect(locs).not.toContain(at('search/'));
});

test.describe('in a browser that runs the scripts', () => {
  test.use({javaScriptEnabled: true});

  test('the 404 page stays noindex without a canonical URL, and a page linked from it gets its own', async ({page}) => {
    await page.goto(at('no-such-page/'));
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('head meta[property="og:url"]')).toHaveCount(0);
    // Client-side navigation to a page: its canonical URL, and no noindex.
    await page.locator('.navbar').getByRole('link', {name: 'Module 6', exact: true}).click();
    await expect(page).toHaveURL((url) => url.pathname === modulePath);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', /\/foundations\/module-06\/$/);
    await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);
  });
});
