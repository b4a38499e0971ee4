import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {isModuleFile, quizFileName} from '../module/conventions';
import {readModule} from '../module/read';
import {importDefault, type MdNode} from './mdast';

// A local name unlikely to clash with anything an author imports.
const Local = 'ReaderQuiz';

/**
 * `<Quiz />` on a module page: tells the component which module it is (the
 * module model's number) and imports it on that page only, so other pages
 * never load it. The questions come from quiz.yml beside the page, which the
 * module plugin (src/module/plugin.ts) checks and generates; a `<Quiz />`
 * without one, or off a module page, stops the build at its line (and
 * `npm run lint` reports it first, rule module/quiz).
 */
export default function remarkQuiz() {
  return (tree: Root, file: VFile): void => {
    const root = tree as unknown as MdNode;
    const children = root.children ?? [];
    const quizzes = children.filter((node) => node.type === 'mdxJsxFlowElement' && node.name === 'Quiz');
    if (quizzes.length === 0) return;
    const model = isModuleFile(file.path) ? readModule(tree, {path: file.path}) : undefined;
    if (!model?.number) file.fail('<Quiz /> belongs on a module page (docs/.../module-NN/index.mdx); remove it here.', quizzes[0] as never);
    if (quizzes.length > 1) file.fail('A module page has one <Quiz />; remove this one.', quizzes[1] as never);
    if (file.path && !existsSync(join(dirname(file.path), quizFileName))) {
      file.fail(`<Quiz /> needs ${quizFileName} beside this page: create it (questions: [] until sections are written).`, quizzes[0] as never);
    }
    const [quiz] = quizzes;
    quiz.name = Local;
    quiz.attributes = [{type: 'mdxJsxAttribute', name: 'module', value: String(model.number)}];
    children.unshift(importDefault(Local, '@site/src/components/Quiz'));
    root.children = children;
  };
}
