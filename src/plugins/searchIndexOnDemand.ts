import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * The search results page loads the whole search index (about 44 KiB gzip)
 * and the worker that searches it (about 11 KiB) as soon as it opens, even
 * with nothing to search for yet; that made /search/ heavier than an empty
 * stock Docusaurus page (issue 11). For the page's module alone, the plugin's
 * worker client resolves to ./searchByWorkerOnDemand.js, which preloads only when
 * the address holds a query (?q=...); otherwise the worker fetches the index
 * with the first search, as it does anyway. The navbar's box is unchanged.
 * The plugin has no option for this, and ejecting its page would be worse.
 */
export default function searchIndexOnDemand(): Plugin {
  const theme = join(dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json')), 'dist/client/client/theme');
  const page = join(theme, 'SearchPage', 'SearchPage.jsx');
  const onDemand = fileURLToPath(new URL('./searchByWorkerOnDemand.js', import.meta.url));
  return {
    name: 'search-index-on-demand',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {module: {rules: [{test: page, resolve: {alias: {'../searchByWorker': onDemand}}}]}};
    },
  };
}
