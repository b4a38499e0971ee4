import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * The classic theme loads Prism on every page through a client module whose
 * only job is to register `prism.additionalLanguages`. We configure none, so
 * that module is ~25 KB of gzip JavaScript that no page uses; code blocks
 * still get Prism through @theme/CodeBlock, in the docs chunk that needs it.
 */
export default function noGlobalPrism(): Plugin {
  const clientModule = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages');
  const empty = fileURLToPath(new URL('./emptyModule.js', import.meta.url));
  return {
    name: 'no-global-prism',
    configureWebpack() {
      return {resolve: {alias: {[clientModule.replace(/\.js$/, '')]: empty, [clientModule]: empty}}};
    },
  };
}
