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
      const quizzes = content as Quiz[];
      for (const quiz of quizzes) await actions.createData(`module-${quiz.module}.json`, JSON.stringify(quiz));
      // The server renders every quiz into its page: it gets the form and the
      // quizzes up front. The browser's bundle gets nothing from here; it
      // imports them lazily.
      const form = JSON.stringify(join(context.siteDir, 'src/components/Quiz/QuizForm'));
      await actions.createData(
        'server.js',
        [
          `export {default as Form} from ${form};`,
          ...quizzes.map((quiz) => `import module${quiz.module} from './module-${quiz.module}.json';`),
          `export const quizzes = {${quizzes.map((quiz) => `${JSON.stringify(quiz.module)}: module${quiz.module}`).join(', ')}};`,
        ].join('\n'),
      );
      await actions.createData('client.js', 'export const Form = null;\nexport const quizzes = {};\n');
    },
    configureWebpack(_config, isServer) {
      // createData writes to <generated>/<plugin name>/default/.
      const dataDir = join(context.generatedFilesDir, name, 'default');
      return {
        resolve: {
          alias: {
            '@quiz-data/server$': join(dataDir, isServer ? 'server.js' : 'client.js'),
            '@quiz-data': dataDir,
          },
        },
      };
    },
    getPathsToWatch() {
      return [join(docsDir, '**', QUIZ_FILE), join(docsDir, '**', 'index.mdx')];
    },
  };
}
