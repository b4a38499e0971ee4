import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Locator, type Page, type Request, type Response} from '@playwright/test';
import {build} from 'esbuild';
import type {Quiz} from '../../src/module/quiz';
import {at, modulePath, openInTheme, watchForErrors, type Theme} from '../support/site';

// The self-check quiz (issue 13), against the built site, in a real browser.
// The quiz as the build checked and generated it from docs/foundations/module-06/quiz.yml (src/module/plugin.ts).
const generated = process.env.DOCUSAURUS_GENERATED_FILES_DIR_NAME ?? '.docusaurus';
const quiz = JSON.parse(readFileSync(`${generated}/module/default/quiz/module-6.json`, 'utf8')) as Quiz;
const storageKey = 'quiz:module-6';
const total = quiz.questions.length;
// Distinctive parts of what must not reach the reader before checking.
const explanations = quiz.questions.map((q) => q.explanation.slice(0, 40));

// The service worker precaches every chunk after load; the page's own requests are what is tested here.
test.use({serviceWorkers: 'block'});

const form = (page: Page) => page.getByRole('form', {name: /quiz/i});
const question = (page: Page, i: number) => form(page).getByRole('group').nth(i);
const checkButton = (page: Page) => form(page).getByRole('button', {name: 'Check answers'});
const result = (page: Page) => form(page).getByRole('status');

/** Scrolls to the quiz and waits until it can be checked (its code has arrived and hydrated). */
async function reachQuiz(page: Page) {
  await expect(page.getByRole('button', {name: 'Reset progress'})).toBeEnabled();
  await page.locator('#quiz').scrollIntoViewIfNeeded();
  await expect(checkButton(page)).toBeEnabled();
}

/** The quiz and the progress meter that shows its result (the whole page is scanned by accessibility.spec.ts). */
async function axeViolations(page: Page) {
  const results = await new AxeBuilder({page}).include('[data-quiz]').include('[data-progress="module"]').analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Presses Tab until `target` has focus; fails if it is not in the tab order soon. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 10; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} is not reachable with Tab`);
}

test.describe('before JavaScript runs', () => {
  test.use({javaScriptEnabled: false});

  test('the questions and options are readable, and the button says checking needs JavaScript', async ({page}) => {
    await page.goto(modulePath);
    await expect(form(page)).toBeVisible();
    await expect(form(page).getByRole('group')).toHaveCount(total);
    for (const [i, q] of quiz.questions.entries()) {
      await expect(question(page, i).locator('legend')).toContainText(q.question);
      for (const option of q.options) await expect(question(page, i)).toContainText(option);
      await expect(question(page, i).getByRole(q.correct.length > 1 ? 'checkbox' : 'radio')).toHaveCount(q.options.length);
    }
    const button = form(page).getByRole('button', {name: 'Checking answers needs JavaScript'});
    await expect(button).toBeDisabled();
    // Native controls still work: a reader can mark answers on the page.
    await question(page, 0).getByRole('radio').first().check();
    await expect(question(page, 0).getByRole('radio').first()).toBeChecked();
  });
});

test('the page holds no answer until checking: not in its HTML, not in the JavaScript it loads first', async ({page, request}) => {
  const html = await (await request.get(modulePath)).text();
  expect(html).toContain('aria-label="Module 6 self-check quiz"');
  for (const text of explanations) expect(html).not.toContain(text);
  expect(html).not.toMatch(/right answer\)|✓ Right|✗ Wrong|Review 6\.\d|data-correct/);

  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(modulePath, {waitUntil: 'networkidle'});
  await expect(page.getByRole('button', {name: 'Reset progress'})).toBeEnabled();
  const initial = await Promise.all(scripts.map(async (r) => ({url: r.url(), body: await r.text()})));
  expect(initial.length).toBeGreaterThan(0);
  for (const {url, body} of initial) {
    for (const text of explanations) expect(body.includes(text), `${url} holds an explanation`).toBe(false);
    expect(body.includes('Retake quiz'), `${url} holds the quiz form`).toBe(false);
  }
  // Not reached yet: the form is the server's, still waiting for its code.
  await expect(form(page).getByRole('button', {name: 'Checking answers needs JavaScript'})).toBeDisabled();
  for (const text of explanations.slice(0, 3)) await expect(page.locator('body')).not.toContainText(text);

  // Reaching it loads the form and the answers, as chunks of their own.
  await reachQuiz(page);
  const later = await Promise.all(scripts.slice(initial.length).map((r) => r.text()));
  expect(later.some((body) => body.includes(explanations[0]))).toBe(true);
  expect(later.some((body) => body.includes('Retake quiz'))).toBe(true);
  for (const text of explanations) await expect(page.locator('body')).not.toContainText(text);
});

test('what the reader ticked before the quiz\'s code arrived is kept, and so is the focus', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(modulePath);
  await expect(page.getByRole('button', {name: 'Reset progress'})).toBeEnabled();
  await expect(form(page).getByRole('button', {name: 'Checking answers needs JavaScript'})).toBeDisabled();
  // Far below the fold, in the server's form: tick one option and focus
  // another without scrolling; the focus is the touch that loads the quiz.
  const [first, second] = quiz.questions.flatMap((q, i) => (q.correct.length === 1 ? [i] : []));
  const ticked = question(page, first).getByRole('radio').nth(1);
  await ticked.evaluate((input) => {
    (input as HTMLInputElement).checked = true;
  });
  const focused = question(page, second).getByRole('radio').nth(2);
  await focused.evaluate((input) => (input as HTMLInputElement).focus({preventScroll: true}));
  await expect(checkButton(page)).toBeEnabled();
  await expect(ticked).toBeChecked();
  await expect(focused).toBeFocused();
  await expect(form(page).locator('input:checked')).toHaveCount(1);
});

test('the quiz adds at most 2 KB gzip to the JavaScript the module page loads first', async () => {
  // What the page chunk gains: <Quiz> and the stored-result hook the progress
  // meter uses, minified as in the build; the form and the answers are lazy
  // chunks and React and the theme are loaded by every page anyway.
  const cssClassNames = {
    name: 'css-module-class-names',
    setup(b: import('esbuild').PluginBuild) {
      b.onLoad({filter: /\.module\.css$/}, (args) => {
        const names = [...new Set([...readFileSync(args.path, 'utf8').matchAll(/\.([a-zA-Z][\w-]*)/g)].map((m) => m[1]))];
        return {contents: `export default ${JSON.stringify(Object.fromEntries(names.map((n) => [n, `${n}_Ab1z`])))}`, loader: 'js'};
      });
    },
  };
  const bundle = await build({
    stdin: {
      contents: "export {default} from './src/components/Quiz'; export {useQuizRecord, clearQuizRecord} from './src/components/Quiz/storage';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    target: 'es2020',
    logLevel: 'silent',
    external: ['react', 'react/jsx-runtime', '@docusaurus/theme-common', './QuizForm', '@quiz-data/*'],
    plugins: [cssClassNames],
  });
  const code = bundle.outputFiles[0].contents;
  const gzip = gzipSync(code).length;
  console.log(`quiz code in the page's first JavaScript: ${code.length} B, ${gzip} B gzip`);
  expect(new TextDecoder().decode(code)).not.toContain(explanations[0]);
  expect(gzip).toBeLessThanOrEqual(2000);
});

test('answering everything right by keyboard scores N of N, and the result stays after a reload', async ({page, baseURL}) => {
  const problems = watchForErrors(page, baseURL!);
  const requests: string[] = [];
  // Docusaurus prefetches the pages of the links in view whenever the browser
  // gets to it, so one may fall in here: only our own scripts may be those.
  const prefetched: string[] = [];
  const seen: Promise<void>[] = [];
  await page.goto(modulePath);
  await reachQuiz(page);
  const onRequest = (r: Request) =>
    seen.push(
      r.headerValue('sec-purpose').then((purpose) => {
        if (r.method() === 'GET' && purpose?.startsWith('prefetch')) prefetched.push(r.url());
        else requests.push(`${r.method()} ${r.url()}`);
      }),
    );
  page.on('request', onRequest);

  // From the heading's own link into the quiz, by Tab, Space and arrow keys only.
  await page.locator('#quiz a.hash-link').focus();
  for (const [i, q] of quiz.questions.entries()) {
    const group = question(page, i);
    if (q.correct.length > 1) {
      const boxes = group.getByRole('checkbox');
      for (let j = 0; j < q.options.length; j++) {
        await tabTo(page, boxes.nth(j));
        if (q.correct.includes(j)) await page.keyboard.press('Space');
      }
    } else {
      const radios = group.getByRole('radio');
      await tabTo(page, radios.first());
      // Arrow keys move through a radio group and select as they go.
      if (q.correct[0] === 0) await page.keyboard.press('Space');
      for (let j = 0; j < q.correct[0]; j++) await page.keyboard.press('ArrowDown');
      await expect(radios.nth(q.correct[0])).toBeChecked();
    }
  }
  await tabTo(page, checkButton(page));
  await page.keyboard.press('Enter');

  await expect(result(page)).toHaveText(`${total} of ${total} correct.`);
  await expect(result(page)).toBeFocused();
  await expect(form(page).getByText('✓ Right.')).toHaveCount(total);
  await expect(form(page).getByText('✗ Wrong.')).toHaveCount(0);
  // Kept on the device, and nothing sent anywhere.
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey))!)).toEqual({
    last: {correct: total, total},
    best: {correct: total, total},
  });
  page.off('request', onRequest);
  await Promise.all(seen);
  expect(requests).toEqual([]);
  expect(prefetched.filter((url) => !(url.startsWith(`${baseURL}${at('assets/js/')}`) && url.endsWith('.js')))).toEqual([]);

  await page.reload();
  await reachQuiz(page);
  await expect(form(page)).toContainText(`Last result: ${total} of ${total}. Best result: ${total} of ${total}.`);
  await expect(page.locator('[data-progress="quiz"]')).toHaveText(`Quiz: ${total} of ${total}`);
  expect(problems).toEqual([]);
});

test('a wrong answer shows why, marks the right one and links back to its section', async ({page}) => {
  await page.goto(modulePath);
  await reachQuiz(page);
  const first = quiz.questions[0];
  const wrong = first.options.findIndex((_, j) => !first.correct.includes(j));
  await question(page, 0).getByRole('radio').nth(wrong).check();
  // A choose-all question with only some of its right options is wrong too.
  const partial = quiz.questions.findIndex((q) => q.correct.length > 1);
  await question(page, partial).getByRole('checkbox').nth(quiz.questions[partial].correct[0]).check();
  // And one right, for contrast.
  await question(page, 1).getByRole('radio').nth(quiz.questions[1].correct[0]).check();
  await checkButton(page).click();

  await expect(result(page)).toHaveText(`1 of ${total} correct.`);
  await expect(question(page, 0)).toContainText('✗ Wrong.');
  await expect(question(page, 0)).toContainText(first.explanation);
  await expect(question(page, 0).getByText('(right answer)')).toHaveCount(first.correct.length);
  await expect(question(page, partial)).toContainText('✗ Wrong.');
  await expect(question(page, 1)).toContainText('✓ Right.');
  await expect(page.locator('[data-progress="quiz"]')).toHaveText(`Quiz: 1 of ${total}`);

  const review = question(page, 0).getByRole('link', {name: `Review ${first.section}`});
  await review.click();
  await expect(page).toHaveURL((url) => url.pathname === modulePath && url.hash === `#${first.anchor}`);
  // Where the module's links to a section land: its "What you need to know".
  const target = page.locator(`[id="${first.anchor}"]`);
  await expect(target).toHaveAttribute('data-in-section', first.section);
  await expect(target).toBeInViewport();
});

test('"Retake quiz" clears the answers, the result and what is stored', async ({page}) => {
  await page.goto(modulePath);
  await reachQuiz(page);
  await question(page, 0).getByRole('radio').nth(quiz.questions[0].correct[0]).check();
  await checkButton(page).click();
  await expect(result(page)).toHaveText(`1 of ${total} correct.`);
  await expect(form(page)).toContainText(`Last result: 1 of ${total}.`);

  await form(page).getByRole('button', {name: 'Retake quiz'}).click();
  await expect(result(page)).toHaveText('');
  await expect(form(page).locator('input:checked')).toHaveCount(0);
  await expect(form(page).getByText('✓ Right.')).toHaveCount(0);
  await expect(form(page).getByText('Last result')).toHaveCount(0);
  await expect(page.locator('[data-progress="quiz"]')).toHaveCount(0);
  await expect(question(page, 0).getByRole('radio').first()).toBeFocused();
  expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
});

test('the module\'s progress reset forgets the quiz result too; a corrupt stored result is ignored', async ({page, baseURL}) => {
  const problems = watchForErrors(page, baseURL!);
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"last":{"correct":"lots"');
      sessionStorage.setItem('seeded', '1');
    }
  }, storageKey);
  await page.goto(modulePath);
  await reachQuiz(page);
  await expect(form(page).getByText('Last result')).toHaveCount(0);
  await expect(page.locator('[data-progress="quiz"]')).toHaveCount(0);

  await checkButton(page).click();
  await expect(result(page)).toHaveText(`0 of ${total} correct.`);
  await page.reload();
  await reachQuiz(page);
  await expect(form(page)).toContainText(`Last result: 0 of ${total}.`);

  await page.getByRole('button', {name: 'Reset progress'}).click();
  await expect(form(page).getByText('Last result')).toHaveCount(0);
  await expect(page.locator('[data-progress="quiz"]')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
  expect(problems).toEqual([]);
});

test('the quiz is in the table of contents, which lists only the sections', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto(modulePath);
  const toc = page.locator('.theme-doc-toc-desktop .table-of-contents');
  await expect(toc.getByRole('link', {name: 'Self-check quiz'})).toHaveAttribute('href', '#quiz');
  await expect(toc.getByRole('link', {name: 'What you need to know'})).toHaveCount(0);
  await expect(toc.getByRole('link', {name: 'Resources'})).toHaveCount(0);
  await expect(toc.getByRole('link')).toHaveCount(11);
});

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`axe: the quiz has no violations in the ${theme} theme, before and after checking`, async ({page}) => {
    test.slow(); // two scans of a long page
    await openInTheme(page, modulePath, theme);
    await reachQuiz(page);
    expect(await axeViolations(page)).toEqual([]);
    await question(page, 0).getByRole('radio').nth(quiz.questions[0].correct[0]).check();
    await question(page, 1).getByRole('radio').first().check();
    await checkButton(page).click();
    await expect(result(page)).toContainText('correct.');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('printed, the quiz shows the questions with empty boxes and no answers', async ({page}) => {
  await page.goto(modulePath);
  await reachQuiz(page);
  await question(page, 0).getByRole('radio').first().check();
  await checkButton(page).click();
  await expect(result(page)).toContainText('correct.');
  await page.emulateMedia({media: 'print'});
  await expect(question(page, 0).locator('legend')).toBeVisible();
  await expect(form(page).getByText(quiz.questions[0].explanation)).toBeHidden();
  await expect(form(page).getByText('(right answer)').first()).toBeHidden();
  await expect(result(page)).toBeHidden();
  await expect(checkButton(page)).toBeHidden();
  // The chosen radio prints as an empty circle.
  const box = question(page, 0).getByRole('radio').first();
  await expect(box).toHaveCSS('appearance', 'none');
  await expect(box).toHaveCSS('background-image', 'none');
});
