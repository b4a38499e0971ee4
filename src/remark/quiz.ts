import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {importDefault, textOf, type MdNode} from './mdast';
import {moduleSections} from './sections';

/** The file beside a module's index.mdx that holds its quiz. */
export const QUIZ_FILE = 'quiz.yml';

// A local name unlikely to clash with anything an author imports.
const Local = 'ReaderQuiz';

interface FileLike {
  path?: string;
  fail(reason: string, place?: unknown): never;
}

/**
 * `<Quiz />` on a module page: tells the component which module it is (from
 * the page's numbered sections, the same reading as the progress meter) and
 * imports it on that page only, so other pages never load it. The questions
 * come from quiz.yml beside the page (src/plugins/quiz.ts checks and
 * generates them); a `<Quiz />` without one, or off a module page, stops the
 * build at its line.
 */
export default function remarkQuiz() {
  return (tree: unknown, file: FileLike): void => {
    const root = tree as MdNode;
    const children = root.children ?? [];
    const quizzes = children.filter((node) => node.type === 'mdxJsxFlowElement' && node.name === 'Quiz');
    if (quizzes.length === 0) return;
    const headings = children.filter((node) => node.type === 'heading' && node.depth === 2).map(textOf);
    const found = moduleSections(headings);
    if (!found) file.fail('<Quiz /> belongs on a module page (one with numbered "## N.k" sections); remove it here.', quizzes[0]);
    if (quizzes.length > 1) file.fail('A module page has one <Quiz />; remove this one.', quizzes[1]);
    if (file.path && !existsSync(join(dirname(file.path), QUIZ_FILE))) {
      file.fail(`<Quiz /> needs ${QUIZ_FILE} beside this page: create it (questions: [] until sections are written).`, quizzes[0]);
    }
    const [quiz] = quizzes;
    quiz.name = Local;
    quiz.attributes = [{type: 'mdxJsxAttribute', name: 'module', value: found.module}];
    children.unshift(importDefault(Local, '@site/src/components/Quiz'));
    root.children = children;
  };
}
