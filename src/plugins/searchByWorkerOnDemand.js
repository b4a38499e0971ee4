// What the search results page (the search plugin's SearchPage) imports as
// "../searchByWorker" (see searchIndexOnDemand.ts): the plugin's own module,
// except that the page's preload of the index happens only when the address
// already holds a query. Otherwise the index arrives with the first search.
import {
  fetchIndexesByWorker as preload,
  searchByWorker,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js';

export {searchByWorker};

export async function fetchIndexesByWorker(baseUrl, searchContext) {
  if (new URLSearchParams(window.location.search).get('q')) await preload(baseUrl, searchContext);
}
