import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, sep} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {visit} from 'unist-util-visit';
import {parseMdx} from '../../scripts/lint/parse';
import {buildPage} from '../../scripts/lint/page';
import {parseQuiz, QuizError, type Quiz, type QuizSectionRef} from '../module/quiz';
import {QUIZ_FILE} from '../remark/quiz';

/**
 * Self-check quizzes: reads `quiz.yml` beside each module page, checks it
 * against the module's sections (the build stops with file:line:column on a
 * mistake) and writes it as generated JSON, `module-N.json`, which the
 * `<Quiz>` component imports lazily as `@quiz-data/module-N.json`. The JSON,
 * with the answers, is a chunk of its own: never in the page's HTML.
 */
export interface QuizPluginOptions {
  /** Where module pages live, relative to the site. */
  docsDir?: string;
}

/** The module's sections: number, heading id, and whether it is written (no `<BeingWritten />` in it). */
export function sectionsOf(mdxPath: string, source: string): {module: string; sections: QuizSectionRef[]} {
  const parsed = parseMdx(source);
  if (!parsed.ok) throw new Error(`${mdxPath}:${parsed.error.place.line}:${parsed.error.place.column}: ${parsed.error.reason}`);
  const page = buildPage(parsed.tree, parsed.map, mdxPath);
  const sections = page.sections.map((section) => {
    let beingWritten = false;
    for (const node of [...section.intro, ...section.parts.flatMap((part) => part.nodes)]) {
      visit(node, (child) => {
        if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === 'BeingWritten') beingWritten = true;
      });
    }
    return {number: `${section.module}.${section.index}`, anchor: section.heading.id, written: !beingWritten};
  });
  return {module: String(page.moduleNumber ?? page.sections[0]?.module ?? ''), sections};
}

function quizFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.split(/[\\/]/).at(-1) === QUIZ_FILE)
    .map((file) => join(dir, file))
    .sort();
}

/** Reads and checks one quiz; throws QuizError with every problem. */
export function loadQuiz(quizPath: string, siteDir: string): Quiz {
  const display = (file: string) => relative(siteDir, file).split(sep).join('/');
  const mdxPath = ['index.mdx', 'index.md'].map((name) => join(dirname(quizPath), name)).find(existsSync);
  if (!mdxPath) throw new Error(`${display(quizPath)}: no index.mdx beside it; a quiz sits next to its module page.`);
  const {module: moduleNumber, sections} = sectionsOf(display(mdxPath), readFileSync(mdxPath, 'utf8'));
  const {quiz, problems} = parseQuiz(readFileSync(quizPath, 'utf8'), {path: display(quizPath), module: moduleNumber, sections});
  if (!quiz) throw new QuizError(problems);
  return quiz;
}

export default function quizPlugin(context: LoadContext, options: unknown): Plugin {
  const docsDir = join(context.siteDir, (options as QuizPluginOptions | undefined)?.docsDir ?? 'docs');
  const name = 'docusaurus-plugin-quiz';
  return {
    name,
    async loadContent() {
      return quizFilesUnder(docsDir).map((file) => loadQuiz(file, context.siteDir));
    },
    async contentLoaded({content, actions}) {
      for (const quiz of content as Quiz[]) await actions.createData(`module-${quiz.module}.json`, JSON.stringify(quiz));
    },
    configureWebpack() {
      // createData writes to <generated>/<plugin name>/default/.
      return {resolve: {alias: {'@quiz-data': join(context.generatedFilesDir, name, 'default')}}};
    },
    getPathsToWatch() {
      return [join(docsDir, '**', QUIZ_FILE), join(docsDir, '**', 'index.mdx')];
    },
  };
}
