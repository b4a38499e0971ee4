import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * Docusaurus's internal files that this plugin stands in for, each with ours.
 *
 * `useWindowSize` tells the theme whether the window is phone- or
 * desktop-sized. Until hydration is over it says "ssr" (the page's HTML holds
 * both variants and CSS shows one); then an effect sets the real size, and
 * the theme drops the desktop sidebar and table of contents on a phone and
 * builds the phone menu drawer. Theirs sets it directly, so React renders all
 * that in the synchronous re-render after hydration; ours sets it as a
 * transition, which React renders in slices between which the browser can
 * paint and answer input.
 *
 * Not replaced: `useIsBrowser`'s provider. Made a transition too, it changes
 * the order of other components' first effects: the search plugin's results
 * page then dropped the query from its address before reading it.
 */
export const replaced = [{theirs: '@docusaurus/theme-common/lib/hooks/useWindowSize.js', ours: './useWindowSize.ts'}] as const;

/**
 * Where a package's file is installed, looked up as Node looks up the
 * package; not through `require.resolve`, since theme-common's `exports` map
 * hides its internal files. Undefined when it is not there.
 */
function installedPath(file: string): string | undefined {
  const [scope, name, ...rest] = file.split('/');
  const packageName = `${scope}/${name}`;
  const dir = require.resolve
    .paths(packageName)
    ?.map((nodeModules) => join(nodeModules, packageName))
    .find((candidate) => existsSync(join(candidate, 'package.json')));
  const path = dir && join(dir, ...rest);
  return path && existsSync(path) ? path : undefined;
}

/**
 * The file each request for one of `files` resolves to, as a bundler alias.
 * Docusaurus imports these files by relative path from beside them, so the
 * alias is keyed by their absolute path (with and without `.js`, as the
 * bundler may ask either). Throws when a file has moved, which a Docusaurus
 * upgrade can do: the build must not go on without the change.
 */
export function afterHydrationAliases(files: readonly {theirs: string; ours: string}[] = replaced): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const {theirs, ours} of files) {
    const path = installedPath(theirs);
    if (!path) {
      throw new Error(
        `src/plugins/afterHydration: ${theirs} is not installed. Docusaurus has moved or renamed it: find the module that now holds it, check ours (${ours}) still matches what it exports, and update \`replaced\` in src/plugins/afterHydration/index.ts.`,
      );
    }
    const replacement = fileURLToPath(new URL(ours, import.meta.url));
    aliases[path] = replacement;
    aliases[path.replace(/\.js$/, '')] = replacement;
  }
  return aliases;
}

export default function afterHydration(): Plugin {
  const alias = afterHydrationAliases();
  return {
    name: 'after-hydration',
    configureWebpack() {
      return {resolve: {alias}};
    },
  };
}
