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
 * JSON-LD). A module's quiz (`quiz.yml` beside `index.mdx`) is to be loaded
 * here too, into `ModuleData.quiz`.
 *
 * Permalinks come from the docs plugin's own content (`allContentLoaded`), so
 * a module's URL is worked out once, by Docusaurus.
 */
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {Globby, GlobExcludeDefault, aliasedSitePath} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {toModuleData, type ModuleData} from './data';
import {parseMdx} from './parse';
import {readModule} from './read';

interface LoadedModule {
  /** "@site/docs/foundations/module-06/index.mdx", as the docs plugin names its sources. */
  source: string;
  data: ModuleData;
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
    // A module's quiz (conventions.ts `quizFileName`, beside index.mdx) is to
    // be read here into `data.quiz`, and watched in getPathsToWatch below.
    modules.push({source: aliasedSitePath(path, siteDir), data});
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
      actions.addRoute({
        path: context.baseUrl,
        exact: true,
        component: '@site/src/components/HomePage',
        modules: {modules: modulesPath},
      });
    },

    getPathsToWatch() {
      return [join(docsDir, '**/module-*/index.{md,mdx}')];
    },
  };
}
