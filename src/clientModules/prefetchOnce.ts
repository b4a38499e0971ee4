/**
 * Prefetches each chunk file once, and never one the page has already
 * loaded.
 *
 * Why: Docusaurus prefetches a linked page's code as soon as its link scrolls
 * into view, by adding a `<link rel=prefetch>` for every chunk of the linked
 * route. It keeps track of routes, not of files: every doc page shares the
 * docs layout's eight chunks, so the module page added 136 prefetch links for
 * 13 files, the shared ones again for each link and including those the page
 * itself had just run. Each addition starts a request, about 1 ms of main
 * thread here, and the links in view all fire in one task: 10-20 ms of wall
 * time under Lighthouse, after hydration.
 *
 * Docusaurus asks the runtime's `__webpack_require__.gca` (its own "get chunk
 * asset" helper, used by nothing but prefetching) for each chunk's URL, and
 * skips a chunk for which it returns no URL. So this module answers with the
 * URL the first time only, and not at all for a file the runtime's script
 * loader (`__webpack_require__.l`) has already been asked for.
 */

import type {LoadScript} from './chunkScriptLoader';

/** Docusaurus's "get chunk asset": a chunk's name to its script's URL. */
type ChunkAssetUrl = (chunkName: string) => string;

/** Makes `runtime.gca` give each URL once, and none that `runtime.l` has loaded. */
export function prefetchEachChunkOnce(runtime: {gca?: ChunkAssetUrl; l?: LoadScript}): void {
  const {gca, l} = runtime;
  if (typeof gca !== 'function' || typeof l !== 'function') return;
  const requested = new Set<string>();
  runtime.l = (url, ...rest) => {
    requested.add(url);
    l(url, ...rest);
  };
  runtime.gca = (chunkName) => {
    const url = gca(chunkName);
    if (requested.has(url)) return '';
    requested.add(url);
    return url;
  };
}

declare const __webpack_require__: {gca?: ChunkAssetUrl; l?: LoadScript};

prefetchEachChunkOnce(__webpack_require__);
