import {readFileSync} from 'node:fs';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {lintSource} from '../../scripts/lint/content';
import {scratchSite, type ScratchSite} from '../../tests/support/scratchSite';
import {loadModules} from './plugin';
import {formatQuizProblem, parseQuiz, QuizError, type QuizSectionRef} from './quiz';

const path = 'docs/foundations/module-06/quiz.yml';
const sections: QuizSectionRef[] = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => ({
  number: `6.${k}`,
  anchor: `6${k}-anchor`,
  written: k <= 5,
}));
/** Module 6 cut down to two written sections and one being written, so fixtures stay short. */
const small: QuizSectionRef[] = [
  {number: '6.1', anchor: '61-planning', written: true},
  {number: '6.2', anchor: '62-code', written: true},
  {number: '6.3', anchor: '63-ci', written: false},
];
const check = (source: string, list = small) => parseQuiz(source, {path, module: '6', sections: list});
const lines = (source: string, list = small) => check(source, list).problems.map(formatQuizProblem);

/** A valid question in YAML, indented as a list item, with a unique suffix. */
function question(section: string, n: number, options = ['Right answer', 'Wrong answer', 'Another wrong one'], correct = [0]) {
  return [
    `  - section: "${section}"`,
    `    question: Question ${section}/${n}?`,
    '    options:',
    ...options.flatMap((text, i) => [`      - text: ${text}`, ...(correct.includes(i) ? ['        correct: true'] : [])]),
    `    explanation: Because ${n}.`,
  ].join('\n');
}
const valid = ['questions:', ...[1, 2, 3].map((n) => question('6.1', n)), ...[1, 2, 3].map((n) => question('6.2', n))].join('\n');

describe('parseQuiz: the module 6 quiz', () => {
  const source = readFileSync(path, 'utf8');
  const {quiz, problems} = parseQuiz(source, {path, module: '6', sections});

  it('passes every check', () => {
    expect(problems.map(formatQuizProblem)).toEqual([]);
  });

  it('has at least 20 questions, 3 or more for each written section and none for 6.6 to 6.8', () => {
    expect(quiz!.questions.length).toBeGreaterThanOrEqual(20);
    for (const k of [1, 2, 3, 4, 5]) {
      expect(quiz!.questions.filter((q) => q.section === `6.${k}`).length).toBeGreaterThanOrEqual(3);
    }
    expect(quiz!.covers).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5']);
    expect(quiz!.beingWritten).toEqual(['6.6', '6.7', '6.8']);
  });

  it('mixes single-answer and choose-all questions, with 3 to 5 options and the right ones not always first', () => {
    const multiple = quiz!.questions.filter((q) => q.correct.length > 1);
    expect(multiple.length).toBeGreaterThanOrEqual(3);
    expect(multiple.length).toBeLessThan(quiz!.questions.length);
    for (const q of quiz!.questions) {
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      expect(q.options.length).toBeLessThanOrEqual(5);
      expect(q.explanation.length).toBeGreaterThan(20);
    }
    const firstRight = quiz!.questions.filter((q) => q.correct.length === 1 && q.correct[0] === 0).length;
    expect(firstRight).toBeLessThan(quiz!.questions.length / 2);
  });

  it('links each question to its section heading', () => {
    expect(quiz!.questions[0]).toMatchObject({section: '6.1', anchor: '61-anchor'});
  });
});

describe('parseQuiz: a valid file', () => {
  it('returns questions, options, right answers and explanations in the order written', () => {
    const {quiz, problems} = check(valid);
    expect(problems).toEqual([]);
    expect(quiz!.module).toBe('6');
    expect(quiz!.covers).toEqual(['6.1', '6.2']);
    expect(quiz!.beingWritten).toEqual(['6.3']);
    expect(quiz!.questions).toHaveLength(6);
    expect(quiz!.questions[0]).toEqual({
      section: '6.1',
      anchor: '61-planning',
      question: 'Question 6.1/1?',
      options: ['Right answer', 'Wrong answer', 'Another wrong one'],
      correct: [0],
      explanation: 'Because 1.',
    });
  });

  it('keeps every right option of a choose-all question', () => {
    const source = valid.replace(question('6.2', 3), question('6.2', 3, ['A', 'B', 'C', 'D'], [1, 3]));
    expect(check(source).quiz!.questions[5].correct).toEqual([1, 3]);
  });

  it('accepts an empty file and an empty list for a module with nothing written yet', () => {
    const unwritten = small.map((s) => ({...s, written: false}));
    for (const source of ['', '# Questions come when the sections are written.\n', 'questions: []\n']) {
      const {quiz, problems} = check(source, unwritten);
      expect(problems).toEqual([]);
      expect(quiz!.questions).toEqual([]);
      expect(quiz!.covers).toEqual([]);
    }
  });
});

describe('parseQuiz: problems, with their lines', () => {
  it('a section that is not in the module', () => {
    const source = valid.replace('section: "6.1"', 'section: "6.9"');
    expect(lines(source)).toContain(
      `${path}:2:14  quiz/section  section "6.9" is not in Module 6 (its sections are 6.1 to 6.3): use one of them.`,
    );
  });

  it('a section that is not in a module whose numbering is broken: the numbers it has', () => {
    const skipping = [small[0], {...small[1], number: '6.3'}, {...small[2], number: '6.5'}];
    const source = valid.replace('section: "6.1"', 'section: "6.2"');
    expect(lines(source, skipping)).toContain(
      `${path}:2:14  quiz/section  section "6.2" is not in Module 6 (its sections are 6.1, 6.3, 6.5): use one of them.`,
    );
  });

  it('a question about a section still being written', () => {
    const source = `${valid}\n${question('6.3', 1)}`;
    const problem = check(source).problems.find((p) => p.rule === 'quiz/section')!;
    expect(problem.line).toBe(source.split('\n').indexOf('  - section: "6.3"') + 1);
    expect(problem.message).toMatch(/6\.3 is still being written/);
  });

  it('an unquoted section number, which YAML reads as a number', () => {
    const source = valid.replace('section: "6.2"', 'section: 6.2');
    const problem = check(source).problems.find((p) => p.rule === 'quiz/section')!;
    expect(problem).toMatchObject({line: 26, column: 14});
    expect(problem.message).toContain('must be quoted: write section: "6.2"');
  });

  it('a written section with fewer than 3 questions', () => {
    const source = ['questions:', question('6.1', 1), question('6.1', 2), ...[1, 2, 3].map((n) => question('6.2', n))].join('\n');
    expect(lines(source)).toEqual([
      `${path}:1:1  quiz/questions-per-section  section 6.1 is written but has 2 questions: add 1 more (at least 3 for each written section).`,
    ]);
    const none = ['questions:', ...[1, 2, 3].map((n) => question('6.1', n))].join('\n');
    expect(lines(none)).toEqual([
      `${path}:1:1  quiz/questions-per-section  section 6.2 is written but has 0 questions: add 3 more (at least 3 for each written section).`,
    ]);
  });

  it('fewer than 3 or more than 5 options', () => {
    const two = valid.replace(question('6.1', 2), question('6.1', 2, ['Yes', 'No']));
    expect(lines(two)).toEqual([`${path}:12:5  quiz/option-count  this question has 2 options: give 3 to 5.`]);
    const six = valid.replace(question('6.1', 2), question('6.1', 2, ['A', 'B', 'C', 'D', 'E', 'F']));
    expect(lines(six)).toEqual([`${path}:12:5  quiz/option-count  this question has 6 options: give 3 to 5.`]);
  });

  it('no right option', () => {
    const source = valid.replace(question('6.2', 1), question('6.2', 1, undefined, []));
    expect(lines(source)).toEqual([
      `${path}:28:5  quiz/no-correct-option  no option is marked right: add correct: true to the right option (or to each right one).`,
    ]);
  });

  it('a repeated question and a repeated option', () => {
    const repeated = valid.replace('Question 6.2/3?', 'question 6.1/1? ');
    expect(lines(repeated)).toEqual([`${path}:43:15  quiz/duplicate-question  this question repeats question 1: reword it or remove one.`]);
    const option = valid.replace(question('6.1', 1), question('6.1', 1, ['Same', 'Other', 'same']));
    expect(lines(option)).toEqual([`${path}:8:15  quiz/duplicate-option  option 3 repeats option 1: reword it or remove one.`]);
  });

  it('an empty or missing explanation', () => {
    const empty = valid.replace('explanation: Because 2.', 'explanation: "  "');
    expect(lines(empty)).toEqual([`${path}:17:18  quiz/empty  questions[1].explanation is empty: write an explanation of the right answer.`]);
    const blank = valid.replace('explanation: Because 2.', 'explanation:');
    expect(lines(blank)).toEqual([`${path}:17:17  quiz/empty  questions[1].explanation is empty: write an explanation of the right answer.`]);
    const missing = valid.replace('\n    explanation: Because 2.', '');
    expect(lines(missing)).toEqual([`${path}:10:5  quiz/required  questions[1].explanation is missing: add an explanation of the right answer.`]);
  });

  // cspell:ignore explaination (the misspelling under test)
  it('a misspelled key, pointing at the key', () => {
    const source = valid.replace('explanation: Because 3.', 'explaination: Because 3.');
    expect(lines(source)).toEqual([
      `${path}:18:5  quiz/required  questions[2].explanation is missing: add an explanation of the right answer.`,
      `${path}:25:5  quiz/unknown-key  "explaination" is not a quiz key: a question has section, question, options and explanation; an option has text and, when right, correct: true.`,
    ]);
  });

  it('broken YAML, at the place the parser stopped', () => {
    const source = valid.replace('    question: Question 6.1/2?', '    question: "Question 6.1/2?');
    const [problem] = check(source).problems;
    expect(problem.rule).toBe('quiz/yaml');
    expect(problem.line).toBeGreaterThanOrEqual(11);
    expect(problem.message).toMatch(/fix the YAML syntax here\.$/);
  });

  it('reports every problem at once, in file order, and as one error for the build', () => {
    const source = valid
      .replace('section: "6.1"', 'section: "6.9"')
      .replace('explanation: Because 2.', 'explanation: ""')
      .replace(question('6.2', 3), question('6.2', 3, ['A', 'B']));
    const {quiz, problems} = check(source);
    expect(quiz).toBeUndefined();
    expect(problems.map((p) => p.rule)).toEqual(['quiz/questions-per-section', 'quiz/section', 'quiz/empty', 'quiz/option-count']);
    const error = new QuizError(problems);
    expect(error.message.split('\n')).toHaveLength(5);
    expect(error.message).toContain(`${path}:2:14  quiz/section`);
  });
});

describe('the quiz in the build and in the lint', () => {
  const live = readFileSync('docs/foundations/module-06/index.mdx', 'utf8');
  const liveQuiz = readFileSync(path, 'utf8');
  let site: ScratchSite;
  beforeEach(() => {
    site = scratchSite('quiz-site-');
    site.write('docs/foundations/module-06/index.mdx', live);
  });
  afterEach(() => site.remove());
  const writeQuiz = (source: string) => site.write('docs/foundations/module-06/quiz.yml', source);
  // The temp site holds only the module page: its links to the other pages are
  // content/internal-link's business; here, what module/quiz reports.
  const lintHere = async (source = live) =>
    (await lintSource(source, 'docs/foundations/module-06/index.mdx', site.root)).filter((p) => p.rule === 'module/quiz');

  it('the module plugin reads the quiz against the model: a summary for the module data, no answers in it', async () => {
    writeQuiz(liveQuiz);
    const {modules} = await loadModules(site.root, site.docs);
    expect(modules[0].data.quiz).toEqual({questions: modules[0].quiz!.questions.length, covers: ['6.1', '6.2', '6.3', '6.4', '6.5']});
    expect(JSON.stringify(modules[0].data)).not.toContain(modules[0].quiz!.questions[0].explanation);
    // "Review 6.1" lands where the module's own links to 6.1 do.
    expect(modules[0].quiz!.questions[0].anchor).toBe('61-what-you-need-to-know');
  });

  it('a broken quiz stops the build, at its file, line and column', async () => {
    writeQuiz(liveQuiz.replace('section: "6.1"', 'section: "6.9"'));
    const line = liveQuiz.split('\n').findIndex((l) => l.includes('section: "6.1"')) + 1;
    await expect(loadModules(site.root, site.docs)).rejects.toThrow(
      `docs/foundations/module-06/quiz.yml:${line}:14  quiz/section  section "6.9" is not in Module 6 (its sections are 6.1 to 6.8): use one of them.`,
    );
  });

  it('module/quiz: the same problems in npm run lint, printed at quiz.yml', async () => {
    writeQuiz(liveQuiz.replace('explanation: A blameless retro', 'explanation: ""\n    note: A blameless retro'));
    const problems = await lintHere();
    expect(problems.map((p) => `${p.path}:${p.line} ${p.rule} ${p.message}`)).toEqual([
      expect.stringMatching(/^docs\/foundations\/module-06\/quiz\.yml:\d+ module\/quiz questions\[0\]\.explanation is empty/),
      expect.stringMatching(/^docs\/foundations\/module-06\/quiz\.yml:\d+ module\/quiz "note" is not a quiz key/),
    ]);
  });

  it('module/quiz: <Quiz /> without quiz.yml, and quiz.yml without <Quiz />', async () => {
    const withoutFile = await lintHere();
    expect(withoutFile).toEqual([
      expect.objectContaining({path: 'docs/foundations/module-06/index.mdx', rule: 'module/quiz', message: expect.stringMatching(/^<Quiz \/> needs quiz\.yml beside this page/)}),
    ]);
    writeQuiz(liveQuiz);
    expect(await lintHere()).toEqual([]);
    const withoutQuiz = await lintHere(live.replace('<Quiz />\n', ''));
    expect(withoutQuiz).toEqual([
      expect.objectContaining({rule: 'module/quiz', message: expect.stringMatching(/^quiz\.yml is beside this page but the page does not show it/)}),
    ]);
  });
});
