/**
 * A module's self-check quiz: `quiz.yml` beside the module's `index.mdx`,
 * read and checked at build time. Pure functions: the caller passes the text
 * and what it knows about the module (its sections, which are written), and
 * gets the quiz back, or problems at `path:line:column` saying what to do.
 *
 * The structure is a Joi schema (Docusaurus' own validation library); the
 * rules that need the module (which sections exist, which are written) and
 * the whole file (duplicates, questions per section) are checked after it.
 */
import {Joi} from '@docusaurus/utils-validation';
import {isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode} from 'yaml';
import type {SectionData} from './data';

/** A section of the module as the quiz needs it. */
export interface QuizSectionRef {
  /** "6.3" */
  number: string;
  /** The heading's id on the page, for the "Review 6.3" link. */
  anchor: string;
  /** False while the section is being written: it gets no questions. */
  written: boolean;
}

export interface QuizQuestion {
  section: string;
  /** The section's heading id. */
  anchor: string;
  question: string;
  options: string[];
  /** Indexes of the right options, ascending; more than one makes it a "choose all" question. */
  correct: number[];
  explanation: string;
}

export interface Quiz {
  /** The module's number, "6". */
  module: string;
  /** Sections with questions, in page order. */
  covers: string[];
  /** Sections still being written (no questions yet), in page order. */
  beingWritten: string[];
  questions: QuizQuestion[];
}

export interface QuizProblem {
  path: string;
  line: number;
  column: number;
  /** Stable kebab-case name: `quiz/...`. */
  rule: string;
  message: string;
}

export interface QuizContext {
  /** Printed in problems; repository-relative. */
  path: string;
  module: string;
  /** Every numbered section of the module, in page order. */
  sections: readonly QuizSectionRef[];
}

/** A module's sections as the quiz sees them, from the module model: "Review 6.3" lands where the home page's cards do. */
export function quizSections(sections: readonly Pick<SectionData, 'number' | 'anchor' | 'status'>[]): QuizSectionRef[] {
  return sections.map(({number, anchor, status}) => ({number, anchor, written: status === 'written'}));
}

/** What the module model keeps of a quiz (ModuleData.quiz): enough to mention it, none of the answers. */
export interface QuizSummary {
  questions: number;
  covers: string[];
}

export const summarizeQuiz = (quiz: Quiz): QuizSummary => ({questions: quiz.questions.length, covers: quiz.covers});

/** What a module's new quiz.yml says (`npm run new-module`): no questions until sections are written. */
export const emptyQuizFile = `# Self-check quiz for this module, shown under "Self-check quiz" on its page.
# Add at least 3 questions for each section once it is written, e.g.:
#
#   - section: "7.1"
#     question: Which ...?
#     options:
#       - text: A wrong but plausible option.
#       - text: The right option.
#         correct: true
#       - text: Another plausible option.
#     explanation: Why the right option is right.
#
# npm run lint and the build check this file (src/module/quiz.ts).
questions: []
`;

export const MIN_QUESTIONS_PER_SECTION = 3;
export const MIN_OPTIONS = 3;
export const MAX_OPTIONS = 5;

// Something to read: not empty, not only spaces (the file may pad it; it is trimmed when read).
const text = () => Joi.string().pattern(/\S/, 'text');

const optionSchema = Joi.object({
  text: text().required(),
  correct: Joi.boolean().strict(),
});

const questionSchema = Joi.object({
  section: Joi.string().pattern(/^\d+\.\d+$/).required(),
  question: text().required(),
  options: Joi.array().items(optionSchema).min(MIN_OPTIONS).max(MAX_OPTIONS).required(),
  explanation: text().required(),
});

/** The shape of `quiz.yml`. An empty file (a new module's) is `questions: []`. */
export const quizSchema = Joi.object({
  questions: Joi.array().items(questionSchema).required(),
}).prefs({abortEarly: false, convert: false});

type Path = (string | number)[];

/** `questions[3].options[1].text`, the way the problem names a place in the file. */
function dotted(path: Path): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** One sentence per kind of structural mistake: what is wrong and what to do. */
function describe(detail: Joi.ValidationErrorItem, value: unknown): {rule: string; message: string} {
  const path = detail.path as Path;
  const key = String(path.at(-1));
  const where = dotted(path);
  const kinds: Record<string, string> = {
    question: 'the question',
    explanation: 'an explanation of the right answer',
    text: "the option's text",
    section: 'the section it tests, in quotes, e.g. section: "6.3"',
    options: `${MIN_OPTIONS} to ${MAX_OPTIONS} options, each "- text: ..."`,
    questions: 'a list of questions (questions: [] for none yet)',
  };
  switch (detail.type) {
    case 'any.required':
      return {rule: 'quiz/required', message: `${where} is missing: add ${kinds[key] ?? key}.`};
    case 'object.unknown':
      return {
        rule: 'quiz/unknown-key',
        message: `"${key}" is not a quiz key: a question has section, question, options and explanation; an option has text and, when right, correct: true.`,
      };
    case 'string.empty':
    case 'string.min':
      return {rule: 'quiz/empty', message: `${where} is empty: write ${kinds[key] ?? 'some text'}.`};
    case 'string.base':
      if (value === null || value === undefined) return {rule: 'quiz/empty', message: `${where} is empty: write ${kinds[key] ?? 'some text'}.`};
      if (key === 'section' && typeof value === 'number') {
        return {
          rule: 'quiz/section',
          message: `${where} must be quoted: write section: "${value}" (unquoted, 6.10 would read as 6.1).`,
        };
      }
      return {rule: 'quiz/type', message: `${where} must be text; put it in quotes if YAML reads it as something else.`};
    case 'string.pattern.name':
      return {rule: 'quiz/empty', message: `${where} is empty: write ${kinds[key] ?? 'some text'}.`};
    case 'string.pattern.base':
      return {rule: 'quiz/section', message: `${where} is "${String(value)}": write a section number such as "6.3".`};
    case 'array.min':
    case 'array.max': {
      const count = Array.isArray(value) ? value.length : 0;
      return {
        rule: 'quiz/option-count',
        message: `this question has ${count} option${count === 1 ? '' : 's'}: give ${MIN_OPTIONS} to ${MAX_OPTIONS}.`,
      };
    }
    case 'array.base':
      return {rule: 'quiz/type', message: `${where} must be a list: ${kinds[key] ?? 'one "- " entry per item'}.`};
    case 'object.base':
      return {
        rule: 'quiz/type',
        message: path.length === 0
          ? 'the file must be a mapping with a "questions:" list.'
          : `${where} must be a mapping: ${path.includes('options') ? '"- text: ..." (and correct: true when right)' : 'section, question, options and explanation'}.`,
      };
    case 'boolean.base':
      return {rule: 'quiz/type', message: `${where} must be true (or left out when the option is wrong).`};
    default:
      return {rule: 'quiz/schema', message: `${where}: ${detail.message}.`};
  }
}

/** Finds the YAML node at a path; with `key`, the key of the last step instead of its value. */
function nodeAt(doc: Document, path: Path, key = false): YamlNode | null {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === step);
      if (!pair) return null;
      node = last && key ? pair.key : pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else {
      return null;
    }
  }
  return (node as YamlNode | null) ?? null;
}

/** The deepest node along the path that exists: a missing key is reported where it belongs. */
function placeOf(doc: Document, lines: LineCounter, path: Path, key = false): {line: number; column: number} {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(doc, path.slice(0, depth), key && depth === path.length);
    if (node?.range) {
      const pos = lines.linePos(node.range[0]);
      return {line: pos.line, column: pos.col};
    }
  }
  return {line: 1, column: 1};
}

const normalized = (value: string) => value.trim().replace(/\s+/g, ' ').toLowerCase();

interface RawOption {
  text: string;
  correct?: boolean;
}
interface RawQuestion {
  section: string;
  question: string;
  options: RawOption[];
  explanation: string;
}

/**
 * Parses and checks a quiz file. Returns the quiz when there is no problem;
 * otherwise every problem found, in file order.
 */
export function parseQuiz(source: string, context: QuizContext): {quiz?: Quiz; problems: QuizProblem[]} {
  const {path, module: moduleNumber, sections} = context;
  const problems: QuizProblem[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(source, {lineCounter: lines, uniqueKeys: true});
  const report = (place: {line: number; column: number}, rule: string, message: string) =>
    problems.push({path, line: place.line, column: place.column, rule, message});

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      report({line: pos.line, column: pos.col}, 'quiz/yaml', `${reason}: fix the YAML syntax here.`);
    }
    return {problems};
  }

  // An empty file reads as null: a module that has no questions yet.
  const data: unknown = doc.contents === null ? {questions: []} : doc.toJS();
  const {error} = quizSchema.validate(data);
  const invalid = new Set<number>();
  for (const detail of error?.details ?? []) {
    const detailPath = detail.path as Path;
    if (typeof detailPath[1] === 'number') invalid.add(detailPath[1]);
    const {rule, message} = describe(detail, detail.context?.value);
    // An unknown key, or a list with too few or many items, is pointed at by its key.
    const atKey = detail.type === 'object.unknown' || detail.type === 'array.min' || detail.type === 'array.max';
    report(placeOf(doc, lines, detailPath, atKey), rule, message);
  }
  if (error && !Array.isArray((data as {questions?: unknown} | null)?.questions)) return {problems: sorted(problems)};

  const raw = (data as {questions: RawQuestion[]}).questions;
  const byNumber = new Map(sections.map((section) => [section.number, section]));
  const numbers = sections.map((section) => section.number);
  // "6.1 to 6.8" only when that is what the page has; a page whose numbering
  // is broken (the page's own check reports it) gets the numbers it has.
  const numberedInOrder = numbers.every((number, i) => number === `${moduleNumber}.${i + 1}`);
  const range = numbers.length > 2 && numberedInOrder ? `${numbers[0]} to ${numbers.at(-1)}` : numbers.join(', ') || 'none';
  const perSection = new Map<string, number>();
  const seenQuestions = new Map<string, number>();
  const questions: QuizQuestion[] = [];

  // Every entry that names a written section counts for it, even one with other mistakes.
  for (const entry of raw) {
    const number = (entry as Partial<RawQuestion> | null)?.section;
    if (typeof number === 'string' && byNumber.get(number)?.written) perSection.set(number, (perSection.get(number) ?? 0) + 1);
  }

  raw.forEach((entry, index) => {
    if (invalid.has(index) || !entry || typeof entry !== 'object') return;
    const at = (...rest: Path) => placeOf(doc, lines, ['questions', index, ...rest]);
    const atKey = (...rest: Path) => placeOf(doc, lines, ['questions', index, ...rest], true);
    const section = byNumber.get(entry.section);
    if (!section) {
      report(
        at('section'),
        'quiz/section',
        `section "${entry.section}" is not in Module ${moduleNumber} (its sections are ${range}): use one of them.`,
      );
    } else if (!section.written) {
      report(
        at('section'),
        'quiz/section',
        `section ${entry.section} is still being written: ask about it once it is written, and remove this question until then.`,
      );
    }

    const key = normalized(entry.question);
    const first = seenQuestions.get(key);
    if (first !== undefined) {
      report(at('question'), 'quiz/duplicate-question', `this question repeats question ${first + 1}: reword it or remove one.`);
    } else {
      seenQuestions.set(key, index);
    }

    const seenOptions = new Map<string, number>();
    entry.options.forEach((option, i) => {
      const optionKey = normalized(option.text);
      const earlier = seenOptions.get(optionKey);
      if (earlier !== undefined) {
        report(at('options', i, 'text'), 'quiz/duplicate-option', `option ${i + 1} repeats option ${earlier + 1}: reword it or remove one.`);
      } else {
        seenOptions.set(optionKey, i);
      }
    });

    const correct = entry.options.flatMap((option, i) => (option.correct === true ? [i] : []));
    if (correct.length === 0) {
      report(atKey('options'), 'quiz/no-correct-option', 'no option is marked right: add correct: true to the right option (or to each right one).');
    }
    if (section) {
      questions.push({
        section: entry.section,
        anchor: section.anchor,
        question: entry.question.trim(),
        options: entry.options.map((option) => option.text.trim()),
        correct,
        explanation: entry.explanation.trim(),
      });
    }
  });

  for (const section of sections) {
    const count = perSection.get(section.number) ?? 0;
    if (section.written && count < MIN_QUESTIONS_PER_SECTION) {
      const missing = MIN_QUESTIONS_PER_SECTION - count;
      report(
        placeOf(doc, lines, ['questions'], true),
        'quiz/questions-per-section',
        `section ${section.number} is written but has ${count} question${count === 1 ? '' : 's'}: add ${missing} more (at least ${MIN_QUESTIONS_PER_SECTION} for each written section).`,
      );
    }
  }

  if (problems.length > 0) return {problems: sorted(problems)};
  const inOrder = numbers.filter((number) => perSection.has(number));
  return {
    quiz: {
      module: moduleNumber,
      covers: inOrder,
      beingWritten: sections.filter((section) => !section.written).map((section) => section.number),
      // In the order written: the author decides.
      questions,
    },
    problems: [],
  };
}

function sorted(problems: QuizProblem[]): QuizProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `docs/.../quiz.yml:12:7  quiz/section  ...`, like the content lint. */
export function formatQuizProblem(problem: QuizProblem): string {
  return `${problem.path}:${problem.line}:${problem.column}  ${problem.rule}  ${problem.message}`;
}

/** Thrown by the build on a broken quiz: every problem, one per line. */
export class QuizError extends Error {
  constructor(readonly problems: QuizProblem[]) {
    super(`The self-check quiz has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatQuizProblem).join('\n')}`);
    this.name = 'QuizError';
  }
}
