/**
 * The module plugin: reads every module page (`docs/**\/module-NN/index.mdx`)
 * into the module model at build time and gives the pages that describe
 * modules what they need, through route props rather than global data (which
 * every page's bundle would carry):
 *
 * - the home page (`src/components/HomePage`, routed here at the site's root)
 *   gets every module's `ModuleData`: topic cards, anchors, status, summaries.
 *
 * The module page itself needs no route props: `src/remark/moduleProgress.ts`
 * reads the same model while the page compiles (progress meter, checkboxes,
 * JSON-LD).
 *
 * A module's quiz (`quiz.yml` beside `index.mdx`) is read and checked here
 * against the module's sections (the build stops at the quiz's
 * file:line:column on a mistake), summed up in `ModuleData.quiz`, and written
 * whole to `quiz/module-N.json`, which `<Quiz>` imports lazily as
 * `@quiz-data/module-N.json`: the answers are a chunk of their own, never in
 * a page's HTML. The server bundle alone gets every quiz and the form up
 * front (`@quiz-data/server`), to render the questions into the page.
 *
 * Permalinks come from the docs plugin's own content (`allContentLoaded`), so
 * a module's URL is worked out once, by Docusaurus.
 */
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {Globby, GlobExcludeDefault, aliasedSitePath} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {quizFileName} from './conventions';
import {toModuleData, type ModuleData} from './data';
import {parseMdx} from './parse';
import {parseQuiz, quizSections, QuizError, summarizeQuiz, type Quiz} from './quiz';
import {readModule} from './read';

interface LoadedModule {
  /** "@site/docs/foundations/module-06/index.mdx", as the docs plugin names its sources. */
  source: string;
  data: ModuleData;
  /** The whole quiz, answers included: written to its own lazily loaded file. */
  quiz?: Quiz;
}

/** Reads and checks the quiz beside a module page, if there is one; throws QuizError with every problem. */
export async function loadQuiz(mdxPath: string, siteDir: string, data: ModuleData): Promise<Quiz | undefined> {
  const path = join(dirname(mdxPath), quizFileName);
  if (!existsSync(path)) return undefined;
  const display = aliasedSitePath(path, siteDir).replace(/^@site\//, '');
  const {quiz, problems} = parseQuiz(await readFile(path, 'utf8'), {
    path: display,
    module: String(data.number ?? ''),
    sections: quizSections(data.sections),
  });
  if (!quiz) throw new QuizError(problems);
  return quiz;
}

/** Reads the module files under `docsDir`: the data for each, and one line per thing a reader would miss. */
export async function loadModules(siteDir: string, docsDir: string): Promise<{modules: LoadedModule[]; warnings: string[]}> {
  const files = await Globby('**/module-*/index.{md,mdx}', {cwd: docsDir, ignore: GlobExcludeDefault});
  const modules: LoadedModule[] = [];
  const warnings: string[] = [];
  for (const file of files.sort()) {
    const path = join(docsDir, file);
    const display = aliasedSitePath(path, siteDir).replace(/^@site\//, '');
    let data: ModuleData;
    try {
      const source = await readFile(path, 'utf8');
      data = toModuleData(readModule(parseMdx(source, path), {path, source}), '');
    } catch (error) {
      // The MDX compiler reports a page that does not parse; here it just has no card.
      warnings.push(`${display}: not read as a module (${(error as Error).message.split('\n')[0]}); run npm run lint.`);
      continue;
    }
    for (const section of data.sections) {
      const missing = [!section.summary && 'summary', !section.area && 'known topic area'].filter(Boolean);
      if (missing.length) warnings.push(`${display}: section ${section.number} has no ${missing.join(' or ')}; its home page card shows without; run npm run lint.`);
    }
    // A broken quiz stops the build (unlike a page the MDX compiler reports).
    const quiz = await loadQuiz(path, siteDir, data);
    data.quiz = quiz ? summarizeQuiz(quiz) : null;
    modules.push({source: aliasedSitePath(path, siteDir), data, quiz});
  }
  return {modules, warnings};
}

export default function modulePlugin(context: LoadContext): Plugin {
  // The docs plugin's default `path`, as docusaurus.config.ts uses it.
  const docsDir = join(context.siteDir, 'docs');
  return {
    name: 'module',

    async loadContent() {
      const {modules, warnings} = await loadModules(context.siteDir, docsDir);
      for (const warning of warnings) console.warn(`[WARNING] ${warning}`);
      return modules;
    },

    async allContentLoaded({allContent, actions}) {
      const own = (allContent.module?.default ?? []) as LoadedModule[];
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const permalinks = new Map(
        (docs?.loadedVersions ?? []).flatMap((version) => version.docs.map((doc) => [doc.source, doc.permalink] as const)),
      );
      // A module the docs plugin does not publish (a draft) gets no card.
      const modules = own.flatMap(({source, data}) => {
        const permalink = permalinks.get(source);
        return permalink ? [{...data, permalink}] : [];
      });
      const modulesPath = await actions.createData('modules.json', JSON.stringify(modules));
      await writeQuizzes(own.flatMap(({quiz}) => (quiz ? [quiz] : [])), actions.createData, context.siteDir);
      actions.addRoute({
        path: context.baseUrl,
        exact: true,
        component: '@site/src/components/HomePage',
        modules: {modules: modulesPath},
      });
    },

    configureWebpack(_config, isServer) {
      // createData writes to <generated>/module/default/.
      const quizDir = join(context.generatedFilesDir, 'module', 'default', 'quiz');
      return {
        resolve: {
          alias: {
            '@quiz-data/server$': join(quizDir, isServer ? 'server.js' : 'client.js'),
            '@quiz-data': quizDir,
          },
        },
      };
    },

    getPathsToWatch() {
      return [join(docsDir, '**/module-*/index.{md,mdx}'), join(docsDir, `**/module-*/${quizFileName}`)];
    },
  };
}

/**
 * Each quiz as `quiz/module-N.json`, the browser's lazy chunk; and the
 * server's `@quiz-data/server` (every quiz and the form, to render the
 * questions into the page) with the browser's empty stand-in.
 */
async function writeQuizzes(quizzes: Quiz[], createData: (name: string, data: string) => Promise<string>, siteDir: string) {
  for (const quiz of quizzes) await createData(`quiz/module-${quiz.module}.json`, JSON.stringify(quiz));
  const form = JSON.stringify(join(siteDir, 'src/components/Quiz/QuizForm'));
  await createData(
    'quiz/server.js',
    [
      `export {default as Form} from ${form};`,
      ...quizzes.map((quiz) => `import module${quiz.module} from './module-${quiz.module}.json';`),
      `export const quizzes = {${quizzes.map((quiz) => `${JSON.stringify(quiz.module)}: module${quiz.module}`).join(', ')}};`,
      '',
    ].join('\n'),
  );
  await createData('quiz/client.js', 'export const Form = null;\nexport const quizzes = {};\n');
}
