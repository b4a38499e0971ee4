import {expect, test, type Page} from '@playwright/test';
import {modulePath, sitePages} from '../support/site';

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide (1280 px zoomed to 400%) a page
// reads without scrolling sideways. Code blocks and wide tables may scroll
// inside themselves; the page itself must not.
test.use({viewport: {width: 320, height: 640}});

/** Elements whose right edge passes the viewport, outside anything that scrolls on its own. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsItself = (el: Element | null): boolean => {
      for (; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (/(auto|scroll|hidden)/.test(style.overflowX) && el.scrollWidth > el.clientWidth) return true;
      }
      return false;
    };
    // A fixed element (the skip link waiting off-screen) does not widen the page.
    const fixed = (el: Element | null): boolean => {
      for (; el && el !== document.body; el = el.parentElement) if (getComputedStyle(el).position === 'fixed') return true;
      return false;
    };
    const wide = Array.from(document.body.querySelectorAll('*'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && !scrollsItself(el.parentElement) && !fixed(el) && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}" (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
    return {scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5)};
  });
}

async function expectNoSidewaysScroll(page: Page) {
  const {scrollWidth, width, wide} = await overflow(page);
  expect(wide, 'elements wider than the screen').toEqual([]);
  expect(scrollWidth, 'page width').toBeLessThanOrEqual(width);
}

for (const path of sitePages()) {
  test(`${path} reflows at 320 px: no sideways scrolling`, async ({page}) => {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
  });
}

test('the quiz reflows at 320 px, before and after checking', async ({page}) => {
  await page.goto(modulePath);
  await expect(page.getByRole('button', {name: 'Reset progress'})).toBeEnabled();
  const quiz = page.getByRole('form', {name: /quiz/i});
  await quiz.scrollIntoViewIfNeeded();
  const check = quiz.getByRole('button', {name: 'Check answers'});
  await expect(check).toBeEnabled();
  await expectNoSidewaysScroll(page);
  await check.click();
  await expect(quiz.getByRole('status')).toContainText('correct.');
  await expect(quiz.getByRole('link', {name: /^Review 6\.\d$/}).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
});
