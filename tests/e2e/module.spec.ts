import {expect, test} from '@playwright/test';
import {base, modulePath} from '../support/site';

const sections = [
  '6.1 Planning - Agile Retrospective',
  '6.2 Code - Performance Optimization',
  '6.3 Continuous Integration - Software Supply Chain Security',
  '6.4 Infrastructure - Multi-environment Architecture',
  '6.5 Containers - Kubernetes Operators',
  '6.6 Continuous Delivery - End-to-End Release Automation',
  '6.7 Continuous Deployment - Introduction and Solutions in the Market',
  '6.8 Continuous Deployment - GitOps and Argo CD Essentials',
];

test('the module shows all eight sections in order', async ({page}) => {
  await page.goto(modulePath);
  await expect(page.locator('h1')).toHaveText('Module 6: Optimize - Keep Improving');
  const headings = await page.locator('article h2').allTextContents();
  const numbered = headings.map((h) => h.replace(/\u200b|#$/g, '').trim()).filter((h) => /^6\.\d /.test(h));
  expect(numbered).toEqual(sections);
});

test('the module keeps its sixteen stable anchors', async ({page}) => {
  await page.goto(modulePath);
  for (let k = 1; k <= 8; k++) {
    for (const part of ['what-you-need-to-know', 'resources']) {
      await expect(page.locator(`article h3[id="6${k}-${part}"]`), `#6${k}-${part}`).toHaveCount(1);
    }
  }
  await expect(page.locator('article h3[id$="-what-you-need-to-know"]')).toHaveCount(8);
  await expect(page.locator('article h3[id$="-resources"]')).toHaveCount(8);
});

test('the work-in-progress status is a notice and empty sections say they are being written', async ({page}) => {
  await page.goto(modulePath);
  await expect(page.locator('article .theme-admonition').first()).toContainText('Work in progress.');
  for (const k of [6, 7, 8]) {
    const text = page.locator(`[id="6${k}-what-you-need-to-know"] + [data-being-written="text"]`);
    await expect(text).toContainText('This section is being written.');
    await expect(text.getByRole('link')).toHaveAttribute('href', /\/edit\/main\/docs\/foundations\/module-06\/index\.mdx$/);
    await expect(page.locator(`[id="6${k}-resources"] + [data-being-written="resources"]`)).toBeVisible();
  }
  // The complete sections are not marked.
  await expect(page.locator('[data-being-written]')).toHaveCount(6);
});

test('resources show title and source, marked as external links', async ({page}) => {
  await page.goto(modulePath);
  const first = page.locator('[id="61-resources"] + div li').first();
  await expect(first.locator('a')).toHaveAttribute('href', 'https://www.atlassian.com/team-playbook/plays/retrospective');
  await expect(first.locator('a')).toHaveAttribute('target', '_blank');
  await expect(first.locator('a')).toContainText('Sprint Retrospective: How to Hold an Effective Meeting');
  await expect(first).toContainText('Atlassian');
  const all = page.locator('article h3[id$="-resources"] + div li a[href^="https://"]');
  await expect(all).toHaveCount(12);
});

test('every link in the module text to a page of the site lands on an existing element', async ({page, baseURL}) => {
  // One full page load per link, one after another: more than 30 s on a busy machine.
  test.slow();
  await page.goto(modulePath);
  const hrefs = await page
    .locator('article .theme-doc-markdown a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const internal = [...new Set(hrefs.filter((href) => href.startsWith(baseURL!)))];
  // Back to the index (twice), HiveBox phase 6 and the interview questions, at least.
  expect(internal.length).toBeGreaterThanOrEqual(3);
  for (const href of internal) {
    const url = new URL(href);
    expect(url.pathname.startsWith(base), `${href} stays under ${base}`).toBe(true);
    await page.goto('about:blank', {waitUntil: 'commit'}); // a full load, even for a link into the same page
    // The target's id is in the server-rendered HTML: no need to wait for images and scripts.
    const response = await page.goto(href, {waitUntil: 'domcontentloaded'});
    expect(response?.status(), href).toBe(200);
    if (url.hash) {
      await expect(page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`), href).toHaveCount(1);
    }
  }
  expect(internal.map((h) => new URL(h).pathname + new URL(h).hash)).toEqual(
    expect.arrayContaining([
      `${base}getting-started/#roadmap-index`,
      `${base}projects/hivebox/#phase-6`,
      `${base}interview/interview-questions/#module-6`,
    ]),
  );
});

test('topic icons sit beside the text on wide screens and above it on narrow ones', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 900});
  await page.goto(modulePath);
  const icon = page.locator('[data-area="planning"]');
  await expect(icon).toHaveCSS('float', 'right');
  await page.setViewportSize({width: 390, height: 844});
  await expect(icon).toHaveCSS('float', 'none');
  const iconBox = (await icon.boundingBox())!;
  const textBox = (await page.locator('[id="61-what-you-need-to-know"]').boundingBox())!;
  expect(iconBox.y + iconBox.height).toBeLessThanOrEqual(textBox.y);
});

test('on a phone the site title stays clear of the menu and search buttons', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  await page.goto(modulePath);
  const title = (await page.locator('.navbar .navbar__brand').first().boundingBox())!;
  const search = (await page.locator('.navbar .navbar__search').first().boundingBox())!;
  expect(title.x + title.width).toBeLessThanOrEqual(search.x);
  await expect(page.locator('.navbar .navbar__title').first()).toHaveCSS('text-overflow', 'ellipsis');
});

test('the home page has a card for every section of the module, leading to it', async ({page}) => {
  await page.goto(modulePath);
  // What the module page says: its sections and which are still being written.
  const onModule = await page.locator('article h2').evaluateAll((headings) =>
    headings
      .map((h) => (h.textContent ?? '').replace(/\u200b|#$/g, '').trim())
      .filter((text) => /^\d+\.\d+ /.test(text)),
  );
  const beingWritten = await page
    .locator('h3[id$="-what-you-need-to-know"] + [data-being-written="text"]')
    .evaluateAll((parts) => parts.map((p) => p.previousElementSibling!.id.replace(/^(\d)(\d+)-.*/, '$1.$2')));

  await page.goto(base);
  await expect(page.getByRole('heading', {level: 2, name: 'Eight topics'})).toBeVisible();
  const cards = page.locator('li[data-section]');
  await expect(cards).toHaveCount(onModule.length);
  for (const [i, heading] of onModule.entries()) {
    const card = cards.nth(i);
    const [number, ...rest] = heading.split(' ');
    const topic = rest.join(' ').replace(/^.*? - /, '');
    await expect(card.getByRole('link')).toHaveText(`${number} ${topic}`);
    await expect(card.locator('[data-area]')).toHaveCount(1);
    await expect(card.locator('p')).not.toBeEmpty();
    await expect(card.getByText('Being written', {exact: true})).toHaveCount(beingWritten.includes(number) ? 1 : 0);
  }

  // A card leads to its section's "What you need to know".
  await cards.nth(2).getByRole('link').click();
  await expect(page).toHaveURL(/\/foundations\/module-06\/#63-what-you-need-to-know$/);
  await expect(page.locator('[id="63-what-you-need-to-know"]')).toBeInViewport();
});
