import {execFileSync} from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Locator, type Page} from '@playwright/test';
import {at, holdRequests, insertionsRecorded, modulePath, openInTheme, recordInsertions, watchForErrors, type Theme} from '../support/site';
import {updateDateFormat} from '../../src/theme/LastUpdated/formatDate';

// Reader features (README, "Reader features"; issue 5), in both themes.
const themes: Theme[] = ['light', 'dark'];
const storageKey = 'progress:module-6';
const sections = ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8'];

/** A reload aborts the previous page's prefetches: that is no error. */
const besidesReloads = (problems: string[]) => problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'));

const meter = (page: Page) => page.getByRole('progressbar', {name: 'Your progress'});
const checkbox = (page: Page, section: string) => page.getByRole('checkbox', {name: `Mark ${section} as done`});

/** Waits until React has hydrated the progress controls (they are disabled before). */
async function interactive(page: Page) {
  await expect(page.getByRole('button', {name: 'Reset progress'})).toBeEnabled();
}

async function expectCount(page: Page, done: number) {
  await expect(meter(page)).toHaveAttribute('aria-valuenow', String(done));
  await expect(meter(page)).toHaveAttribute('aria-valuemax', '8');
  await expect(page.locator('[data-progress="module"]')).toContainText(`${done} of 8 done`);
}

/** Presses Tab until `target` has focus; fails if it is not in the tab order. */
async function tabTo(page: Page, target: Locator, key = 'Tab') {
  for (let i = 0; i < 80; i++) {
    // One query (not resolve-then-evaluate): the search box is replaced by the
    // plugin's as it gets focus, and the focus moves with it.
    if ((await target.and(page.locator(':focus')).count()) > 0) return;
    await page.keyboard.press(key);
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`${target} is not reachable with ${key} (focus ended on ${at})`);
}

test.describe('progress before JavaScript runs', () => {
  test.use({javaScriptEnabled: false});

  test('the server-rendered module reads "0 of 8 done" with a checkbox under each section', async ({page}) => {
    await page.goto(modulePath);
    await expectCount(page, 0);
    for (const section of sections) {
      // Right under its own heading.
      const box = page.locator(`h2:has-text("${section} ") + [data-progress="section"]`).getByRole('checkbox');
      await expect(box).toHaveAccessibleName(`Mark ${section} as done`);
      await expect(box).not.toBeChecked();
      await expect(box).toBeVisible();
    }
    // (The self-check quiz's choose-all questions are checkboxes too.)
    await expect(page.getByRole('checkbox', {name: /^Mark \d+\.\d+ as done$/})).toHaveCount(8);
  });
});

test.describe('the roadmap menu on a phone', () => {
  test.use({viewport: {width: 412, height: 823}});

  test('shows the roadmap with this page current; a page link goes there and closes it, a category only folds', async ({
    page,
    baseURL,
  }) => {
    const problems = watchForErrors(page, baseURL!);
    // Our DocSidebar/Mobile exists to keep String#localeCompare (ICU's
    // collator, one long task) out of loading a doc page: count its calls.
    await page.addInitScript({
      content: `window.__collations = 0; const original = String.prototype.localeCompare;
        String.prototype.localeCompare = function (...args) { window.__collations += 1; return original.apply(this, args); };`,
    });
    await page.goto(modulePath);
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    await page.getByRole('button', {name: 'Toggle navigation bar'}).click();

    const drawer = page.locator('.navbar-sidebar');
    const menu = drawer.locator('.theme-doc-sidebar-menu');
    await expect(menu).toBeVisible();
    await expect(menu.locator('[aria-current="page"]')).toHaveText('6. Optimize - Keep Improving');
    expect(await page.evaluate('window.__collations'), 'localeCompare calls while loading and opening the menu').toBe(0);

    // "Foundations" has no page of its own: it folds, the menu stays open.
    const foundations = menu.getByRole('button', {name: 'Foundations'});
    await expect(foundations).toHaveAttribute('aria-expanded', 'true');
    await foundations.click();
    await expect(foundations).toHaveAttribute('aria-expanded', 'false');
    await expect(menu.getByRole('link', {name: '6. Optimize - Keep Improving'})).toBeHidden();
    await expect(drawer).toBeVisible();

    await menu.getByRole('link', {name: 'HiveBox project'}).click();
    await expect(page).toHaveURL((url) => url.pathname === at('projects/hivebox/'));
    await expect(page.locator('.navbar-sidebar--show')).toHaveCount(0);
    await expect(page.getByRole('heading', {level: 1})).toContainText('HiveBox');
    expect(besidesReloads(problems)).toEqual([]);
  });

  // src/theme/Navbar/MobileSidebar: the drawer is not built in the re-render
  // that follows hydration (the one that enables the progress checkboxes,
  // which come after the navbar in the page), but in a later one, and before
  // anyone opens it, so that it slides in. When React inserts it, that
  // re-render has been applied: no checkbox is still disabled. It is built
  // showing the docs sidebar, not sliding to it while closed: during such a
  // slide the links of its first panel count as on screen, and the theme
  // prefetched their pages' code.
  test('the drawer is built after the re-render that follows hydration, and slides in when first opened', async ({page}) => {
    await page.addInitScript(`
      window.__closedDrawerTransitions = [];
      document.addEventListener('transitionrun', (event) => {
        if (event.target.closest('.navbar-sidebar')) window.__closedDrawerTransitions.push(event.target.className + ': ' + event.propertyName);
      }, true);
    `);
    await recordInsertions(page, {
      when: "node instanceof Element && node.matches('.navbar-sidebar')",
      record: `document.querySelectorAll('[data-progress="section"] input:disabled').length`,
    });
    await page.goto(modulePath);
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    await expect(page.locator('.navbar-sidebar')).toBeAttached();
    await expect(page.locator('.navbar-sidebar')).toBeHidden();
    await expect(page.getByRole('checkbox', {name: /^Mark \d+\.\d+ as done$/}).first()).toBeEnabled();
    const disabledWhenInserted = await insertionsRecorded<number>(page);
    // Inserted once, with every checkbox already enabled.
    expect(disabledWhenInserted).toEqual([0]);
    // On the docs sidebar's panel, and no transition ran to get there. A
    // class change starts its transition by the second frame after it.
    await expect(page.locator('.navbar-sidebar__items--show-secondary')).toBeAttached();
    const closedDrawerTransitions = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as {__closedDrawerTransitions: string[]}).__closedDrawerTransitions))),
        ),
    );
    expect(closedDrawerTransitions).toEqual([]);

    await page.locator('.navbar-sidebar').evaluate((drawer) => {
      (window as unknown as {__slid: Promise<string>}).__slid = new Promise((resolve) =>
        drawer.addEventListener('transitionrun', (event) => resolve((event as TransitionEvent).propertyName)),
      );
    });
    await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
    await expect(page.locator('.navbar-sidebar')).toBeVisible();
    expect(['transform', 'opacity', 'visibility']).toContain(await page.evaluate(() => (window as unknown as {__slid: Promise<string>}).__slid));
  });
});

// src/clientModules/progressBar.ts: the bar the theme shows while the next
// page loads (after 200 ms) has no invalid ARIA role. The next page's content
// is held back until the bar has been checked.
test('the progress bar of a slow page change passes axe', async ({page}) => {
  // The HiveBox page's MDX, held from the start: its prefetch too.
  const release = await holdRequests(page, /\/assets\/js\/b07f6585\.[0-9a-f]+\.js$/);
  await page.goto(modulePath);
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await page.locator('.navbar').getByRole('link', {name: 'HiveBox'}).click();
  const bar = page.locator('#nprogress .bar');
  await expect(bar).toBeAttached();
  expect(await bar.getAttribute('role')).toBeNull();
  const results = await new AxeBuilder({page}).include('#nprogress').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  release();
  await expect(page.getByRole('heading', {level: 1})).toContainText('HiveBox');
});

// src/theme/SearchBar: a reader may type in the box before the page's code
// has run. main.js is held back until the word is typed.
test('search typed before the page has hydrated still finds, keeping what was typed', async ({page}) => {
  const release = await holdRequests(page, /\/assets\/js\/main\.[0-9a-f]+\.js$/);
  await page.goto(modulePath, {waitUntil: 'commit'});
  const search = page.locator('.navbar').getByLabel('Search', {exact: true});
  await search.click();
  await search.pressSequentially('Cosign');
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(0);
  release();
  await expect(page.getByRole('option').filter({hasText: '6.3 Continuous Integration - Software Supply Chain Security'}).first()).toBeVisible();
  await expect(page.locator('.navbar').getByRole('combobox', {name: 'Search'})).toHaveValue('Cosign');
});

for (const theme of themes) {
  test.describe(`${theme} theme`, () => {
    test('search: "Cosign" offers section 6.3 and lands there with the term highlighted', async ({page, baseURL}) => {
      test.slow(); // it ends with axe on the module page
      const problems = watchForErrors(page, baseURL!);
      await openInTheme(page, at(), theme);
      // A textbox until focused, then a combobox with a listbox of options.
      const search = page.locator('.navbar').getByLabel('Search', {exact: true});
      await search.click();
      await search.pressSequentially('Cosign');
      const option = page
        .getByRole('option')
        .filter({hasText: 'Module 6: Optimize'})
        .filter({hasText: '6.3 Continuous Integration - Software Supply Chain Security'});
      await expect(option.first()).toBeVisible();
      await expect(option.first().locator('mark')).toHaveText(/cosign/i);
      await option.first().click();

      await expect(page).toHaveURL((url) => url.pathname === modulePath && url.hash.startsWith('#63-'));
      await expect(page.locator('article h2', {hasText: '6.3 Continuous Integration'})).toBeInViewport();
      const highlighted = page.locator('article mark', {hasText: /^Cosign$/});
      await expect(highlighted.first()).toBeVisible();
      // The section the reader landed in is 6.3.
      const inSection = await highlighted.first().evaluate((mark) => {
        let heading: Element | null = null;
        for (const h of Array.from(document.querySelectorAll('article h2'))) {
          if (h.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) heading = h;
        }
        return heading?.textContent ?? '';
      });
      expect(inSection).toContain('6.3 Continuous Integration');
      // The suggestion list closes as the page changes; audit the page once it has.
      await expect(page.getByRole('option')).toHaveCount(0);
      await expect(page.locator('.navbar [role="combobox"]')).toHaveAttribute('aria-expanded', 'false');
      expect(
        await new AxeBuilder({page}).analyze().then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)),
      ).toEqual([]);
      expect(problems).toEqual([]);
    });

    test('search: tabbing past the search box leaves focus where the reader goes', async ({page}) => {
      await openInTheme(page, modulePath, theme);
      await interactive(page);
      const search = page.locator('.navbar').getByLabel('Search', {exact: true});
      // Focusing the box starts loading the search code and index.
      await tabTo(page, search);
      await page.keyboard.press('Tab');
      await expect(search).not.toBeFocused();
      const onward = await page.evaluate(() => document.activeElement?.outerHTML);
      // Loaded: autocomplete has made the box a combobox, and the plugin has
      // tried to focus it again.
      await expect(page.locator('.navbar').getByRole('combobox', {name: 'Search'})).toBeAttached();
      await page.waitForTimeout(300);
      await expect(search).not.toBeFocused();
      expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(onward);
      // Its shortcut still works from anywhere.
      await page.keyboard.press('Control+k');
      await expect(search).toBeFocused();
    });

    test('search: the results page lists the module for "Cosign" and passes axe', async ({page, baseURL}) => {
      const problems = watchForErrors(page, baseURL!);
      await openInTheme(page, `${at('search/')}?q=Cosign`, theme);
      const result = page.locator('article').filter({
        has: page.locator(`a[href^="${modulePath}?_highlight=cosign#63-"]`),
      });
      await expect(result.first()).toContainText('6.3 Continuous Integration');
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      const results = await new AxeBuilder({page}).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      expect(problems).toEqual([]);
    });

    test('progress: a checked section stays checked and counted after a reload', async ({page, baseURL}) => {
      const problems = watchForErrors(page, baseURL!);
      await openInTheme(page, modulePath, theme);
      await interactive(page);
      await expectCount(page, 0);
      await checkbox(page, '6.3').check();
      await checkbox(page, '6.5').check();
      await expectCount(page, 2);
      expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), storageKey))!)).toEqual({
        '6.3': true,
        '6.5': true,
      });

      await page.reload();
      await interactive(page);
      await expect(checkbox(page, '6.3')).toBeChecked();
      await expect(checkbox(page, '6.5')).toBeChecked();
      await expect(checkbox(page, '6.4')).not.toBeChecked();
      await expectCount(page, 2);

      await checkbox(page, '6.3').uncheck();
      await expectCount(page, 1);
      // No hydration mismatch or other error although the server rendered "0 of 8".
      expect(besidesReloads(problems)).toEqual([]);
    });

    test('progress: reset clears every section, also after a reload', async ({page}) => {
      await openInTheme(page, modulePath, theme);
      await interactive(page);
      for (const section of ['6.1', '6.2', '6.8']) await checkbox(page, section).check();
      await expectCount(page, 3);
      await page.getByRole('button', {name: 'Reset progress'}).click();
      await expectCount(page, 0);
      for (const section of sections) await expect(checkbox(page, section)).not.toBeChecked();
      expect(await page.evaluate((k) => localStorage.getItem(k), storageKey)).toBeNull();
      await page.reload();
      await interactive(page);
      await expectCount(page, 0);
    });

    test('progress: works from the keyboard alone', async ({page, baseURL}) => {
      const problems = watchForErrors(page, baseURL!);
      await openInTheme(page, modulePath, theme);
      await interactive(page);
      const reset = page.getByRole('button', {name: 'Reset progress'});
      const first = checkbox(page, '6.1');
      await tabTo(page, first);
      await page.keyboard.press('Space');
      await expect(first).toBeChecked();
      await expectCount(page, 1);
      await tabTo(page, checkbox(page, '6.2'));
      await page.keyboard.press('Space');
      await expectCount(page, 2);
      // The reset button is before the sections, at the top of the module.
      await tabTo(page, reset, 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expectCount(page, 0);
      await expect(first).not.toBeChecked();
      await expect(reset).toBeFocused();
      expect(problems).toEqual([]);
    });

    test('progress: unreadable or tampered storage is ignored, never a crash', async ({page, baseURL}) => {
      const problems = watchForErrors(page, baseURL!);
      const stored: [string, number][] = [
        ['{not json', 0],
        ['null', 0],
        ['42', 0],
        ['"6.1"', 0],
        ['["6.1", "6.2"]', 0],
        ['{"6.1": "yes", "6.2": 1, "7.1": true, "6.9x": true, "__proto__": true, "constructor": true}', 0],
        [`{"6.1": true, "6.4": false, "5.1": true, "x": {"6.2": true}}`, 1],
        ['{"6.1": true, "6.2": true, "6.3": true, "6.4": true, "6.5": true, "6.6": true, "6.7": true, "6.8": true, "6.9": true}', 8],
      ];
      await openInTheme(page, modulePath, theme);
      for (const [value, done] of stored) {
        await page.evaluate(([k, v]) => localStorage.setItem(k, v), [storageKey, value]);
        await page.reload();
        await interactive(page);
        await expectCount(page, done);
      }
      // Still usable, and what it writes back is clean.
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [storageKey, '{"6.2": "yes", "bad": true}']);
      await page.reload();
      await interactive(page);
      await checkbox(page, '6.7').check();
      await expectCount(page, 1);
      expect(await page.evaluate((k) => localStorage.getItem(k), storageKey)).toBe('{"6.7":true}');
      expect(besidesReloads(problems)).toEqual([]);
    });

    test('zoom: a figure opens larger on click or Enter and closes on Escape or a click outside', async ({page}) => {
      test.slow(); // it ends with axe on the module page
      await page.setViewportSize({width: 1280, height: 900});
      await openInTheme(page, modulePath, theme);
      await interactive(page);
      const button = page.locator('figure button[aria-haspopup="dialog"]').first();
      const dialog = page.locator('figure dialog').first();
      const inline = (await button.locator('svg').boundingBox())!;

      await button.click();
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('img')).toBeVisible();
      expect((await dialog.getByRole('img').boundingBox())!.width).toBeGreaterThan(inline.width * 1.2);
      // The backdrop suits the theme: darker in the dark theme.
      const backdrop = await dialog.evaluate((d) => getComputedStyle(d, '::backdrop').backgroundColor);
      expect(backdrop).toBe(theme === 'dark' ? 'rgba(0, 0, 0, 0.8)' : 'rgba(0, 0, 0, 0.55)');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();

      await button.focus();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeVisible();
      await page.mouse.click(5, 5); // the backdrop
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();

      await button.press('Enter');
      await dialog.getByRole('button', {name: 'Close'}).click();
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();

      // A reader who reopens it at once, before the browser has delivered the
      // `close` event of the closing, still gets the picture and its Close button.
      await button.evaluate(async (zoom) => {
        const opened = zoom.closest('figure')!.querySelector('dialog')!;
        const closed = new Promise((resolve) => opened.addEventListener('close', resolve, {once: true}));
        (zoom as HTMLButtonElement).click();
        opened.click(); // on the backdrop
        (zoom as HTMLButtonElement).click();
        await closed;
      });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('img')).toBeVisible();
      await dialog.getByRole('button', {name: 'Close'}).click();
      await expect(dialog).toBeHidden();

      // Every figure zooms, and with its dialog open the page passes axe.
      const figures = page.locator('figure button[aria-haspopup="dialog"]');
      expect(await figures.count()).toBeGreaterThanOrEqual(2);
      await figures.last().click();
      await expect(page.locator('figure dialog[open]')).toHaveCount(1);
      expect(await new AxeBuilder({page}).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.locator('figure dialog[open]')).toHaveCount(0);
    });

    test('figures and topic icons are legible: text and outlines contrast with what is behind them', async ({page}) => {
      await openInTheme(page, modulePath, theme);
      const report = await page.evaluate(() => {
        const rgb = (color: string) => {
          const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
          return {r, g, b, a};
        };
        const luminance = ({r, g, b}: {r: number; g: number; b: number}) => {
          const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
        };
        const contrast = (a: string, b: string) => {
          const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
          return Math.round(((x + 0.05) / (y + 0.05)) * 100) / 100;
        };
        const background = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const color = getComputedStyle(e).backgroundColor;
            if (rgb(color).a > 0) return color;
          }
          return 'rgb(255, 255, 255)';
        };
        const shapes = new Set(['rect', 'path', 'polygon', 'circle', 'ellipse']);
        /** The fill of the opaque shape under a point, or the page's background there. */
        const behind = (text: Element) => {
          const box = text.getBoundingClientRect();
          const stack = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          for (const el of stack) {
            if (el === text || text.contains(el)) continue;
            const style = getComputedStyle(el);
            if (shapes.has(el.tagName) && style.fill !== 'none' && Number(style.opacity) * Number(style.fillOpacity) >= 0.9) {
              return style.fill;
            }
            if (!(el instanceof SVGElement) || el.tagName === 'svg') return background(el);
          }
          return background(text);
        };
        const failures: string[] = [];
        let checked = 0;
        for (const text of Array.from(document.querySelectorAll('article figure svg text'))) {
          text.scrollIntoView({block: 'center'});
          const svg = text.closest('svg')!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const size = parseFloat(getComputedStyle(text).fontSize) * scale;
          const bold = Number(getComputedStyle(text).fontWeight) >= 700;
          const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
          const ratio = contrast(getComputedStyle(text).fill, behind(text));
          checked++;
          if (ratio < needed) failures.push(`"${text.textContent}" ${ratio} < ${needed}`);
        }
        // Topic icons: hexagon outline against the page, glyph against its badge (WCAG 1.4.11, 3:1).
        for (const icon of Array.from(document.querySelectorAll('article [data-area] svg'))) {
          const [outline, badge, glyph] = Array.from(icon.children);
          const page = background(icon);
          const outlineRatio = contrast(getComputedStyle(outline).stroke, page);
          const glyphRatio = contrast(getComputedStyle(glyph).stroke, getComputedStyle(badge).fill);
          checked++;
          if (outlineRatio < 3) failures.push(`icon outline ${outlineRatio} < 3`);
          if (glyphRatio < 3) failures.push(`icon glyph ${glyphRatio} < 3`);
        }
        return {checked, failures};
      });
      expect(report.checked).toBeGreaterThan(10);
      expect(report.failures).toEqual([]);

      // The navbar logo (an <img>): its badge color against the navbar.
      const logoSvg = await (await page.request.get(at('img/logo.svg'))).text();
      const badge = /fill="(#[0-9a-f]{6})"/i.exec(logoSvg)![1];
      const navbar = await page.locator('.navbar').evaluate((n) => getComputedStyle(n).backgroundColor);
      const ratio = await page.evaluate(
        ([hex, bg]) => {
          const lum = (r: number, g: number, b: number) =>
            [r, g, b]
              .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
              .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const a = lum(...([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]));
          const b = lum(...((bg.match(/\d+/g) ?? []).slice(0, 3).map(Number) as [number, number, number]));
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        },
        [badge, navbar],
      );
      expect(ratio).toBeGreaterThanOrEqual(3);
    });

    test('module metadata: reading time, last update from git and an edit link', async ({page}) => {
      // The date is written without Intl (src/theme/LastUpdated): count the formatters the page creates.
      await page.addInitScript({
        content: `window.__dateFormats = 0; const Original = Intl.DateTimeFormat;
          Intl.DateTimeFormat = new Proxy(Original, {construct(target, args) { window.__dateFormats += 1; return Reflect.construct(target, args); }});`,
      });
      await openInTheme(page, modulePath, theme);
      const readingTime = page.locator('article .reading-time');
      await expect(readingTime).toHaveText(/^\d+ min read$/);
      const minutes = Number(await readingTime.getAttribute('data-reading-time'));
      expect(minutes).toBeGreaterThanOrEqual(5);
      expect(minutes).toBeLessThanOrEqual(20);

      const time = page.locator('.theme-last-updated time');
      await expect(page.locator('.theme-last-updated')).toContainText('Last updated');
      const shown = new Date((await time.getAttribute('datetime'))!);
      await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
      expect(await page.evaluate('window.__dateFormats'), 'Intl.DateTimeFormat created while loading').toBe(0);
      // ... and reads as the theme's Intl formatting would.
      const asIntl = await page.evaluate(
        ({iso, format}) => new Intl.DateTimeFormat('en', format).format(new Date(iso)),
        {iso: shown.toISOString(), format: updateDateFormat},
      );
      await expect(time).toHaveText(asIntl);
      let committed: Date | undefined;
      try {
        committed = new Date(
          execFileSync('git', ['log', '-1', '--format=%cI', '--', 'docs/foundations/module-06/index.mdx'], {
            encoding: 'utf8',
          }).trim(),
        );
      } catch {
        // Not a git checkout: the date must still be a real one.
      }
      if (committed && !Number.isNaN(committed.getTime())) {
        expect(Math.abs(shown.getTime() - committed.getTime())).toBeLessThan(24 * 3600 * 1000);
      } else {
        expect(Number.isNaN(shown.getTime())).toBe(false);
      }

      // "Edit this page" goes to the same repository as the navbar's Source link.
      const repository = await page.locator('.navbar').getByRole('link', {name: 'Source'}).getAttribute('href');
      await expect(page.getByRole('link', {name: 'Edit this page'})).toHaveAttribute(
        'href',
        `${repository}/edit/main/docs/foundations/module-06/index.mdx`,
      );
    });

    test('print: no navigation, search or progress controls, and external links show their URL', async ({page}) => {
      await page.setViewportSize({width: 1280, height: 900});
      await openInTheme(page, modulePath, theme);
      await interactive(page);
      const hidden = [
        '.navbar',
        '.theme-doc-sidebar-container',
        '.theme-doc-toc-desktop',
        '.theme-doc-toc-mobile',
        '.navbar__search-input',
        '[data-progress="module"]',
        '[data-progress="section"]',
      ];
      // On screen (the mobile table of contents aside, at this width), they show.
      for (const selector of hidden.filter((s) => s !== '.theme-doc-toc-mobile')) {
        await expect(page.locator(selector).first()).toBeVisible();
      }
      await page.emulateMedia({media: 'print'});
      for (const selector of hidden) {
        for (const el of await page.locator(selector).all()) await expect(el, `${selector} in print`).toBeHidden();
      }
      await expect(page.locator('article h1')).toBeVisible();
      await expect(page.locator('article .reading-time')).toBeVisible();

      const after = (link: Locator) => link.evaluate((a) => getComputedStyle(a, '::after').content);
      const inText = page.locator('article a[href="https://github.com/sigstore/cosign"]');
      expect(await after(inText)).toContain('https://github.com/sigstore/cosign');
      const resource = page.locator('[id="61-resources"] + div a').first();
      expect(await after(resource)).toContain('https://www.atlassian.com/team-playbook/plays/retrospective');
      // Links within the site print as they are.
      const internal = page.locator(`article a[href^="${at('getting-started/')}"]`).first();
      expect(await after(internal)).toBe('none');
    });
  });
}

// Issue 13: where a term is both taught in the module and used in a model
// answer, the module's section is the first suggestion.
for (const term of ['Cosign', 'SBOM']) {
  test(`search: "${term}" suggests the module's section 6.3 first, before the interview questions`, async ({page}) => {
    await page.goto(at());
    const search = page.locator('.navbar').getByLabel('Search', {exact: true});
    await search.click();
    await search.pressSequentially(term);
    const options = page.getByRole('option');
    // Both pages are offered ...
    await expect(options.filter({hasText: 'Interview questions'}).first()).toBeVisible();
    // ... and the teaching page comes first.
    await expect(options.first()).toContainText('Module 6: Optimize');
    await expect(options.first()).toContainText('6.3 Continuous Integration - Software Supply Chain Security');
    await options.first().click();
    await expect(page).toHaveURL((url) => url.pathname === modulePath && url.hash.startsWith('#63-'));
  });
}

// The box is the plugin's only once its code has loaded, which happens as the
// reader starts typing: no letter may be lost, at any typing speed.
for (const delay of [0, 40, 120]) {
  test(`search: typing while the search code loads keeps every letter (${delay} ms between keys)`, async ({page}) => {
    await page.goto(modulePath);
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    const search = page.locator('.navbar').getByLabel('Search', {exact: true});
    await search.focus();
    await page.keyboard.type('Cosign', {delay});
    await expect(page.locator('.navbar').getByRole('combobox', {name: 'Search'})).toHaveValue('Cosign');
    await expect(page.getByRole('option').first()).toContainText(/cosign/i);
  });
}
