/// <reference lib="webworker" />
/**
 * Offline reading: the site's service worker, on Workbox. src/plugins/offline.ts
 * bundles it (with the site's own bundler, Workbox included: no CDN) and
 * workbox-build writes the precache list into it; src/clientModules/offline.ts
 * registers it.
 *
 * - install: precaches every page and file of the build (workbox-precaching,
 *   each with its revision; files whose names carry a hash are kept across
 *   versions). It does not skip waiting: a new version takes over once no
 *   page of the old one is open, so an open page never loses the files it may
 *   still load, and no one is asked to reload.
 * - pages: the network first, the precached page when it fails or takes
 *   longer than 3 s, the 404 page (as a 404) for a path this build does not
 *   have. Pages are only ever kept as installed, with the files they need.
 * - everything else the build lists (hashed scripts, styles, images, the
 *   search index): from the precache, whatever the query string.
 * - anything else: left to the network.
 *
 * Caches are named after the scope and looked up only by name
 * (cacheNames.ts). Not used, on purpose: Workbox's cleanupOutdatedCaches,
 * which deletes any precache whose name merely contains this scope, i.e. a
 * sibling project site's when this site is the user site at `/`.
 */
import {clientsClaim} from 'workbox-core';
import {PrecacheController, PrecacheRoute, type PrecacheEntry} from 'workbox-precaching';
import {registerRoute} from 'workbox-routing';
import {NetworkFirst} from 'workbox-strategies';
import {isOwnCache, precacheName} from './cacheNames';

declare const self: ServiceWorkerGlobalScope & {__WB_MANIFEST: PrecacheEntry[]};

const cacheName = precacheName(self.registration.scope);
const precache = new PrecacheController({cacheName});
precache.addToCacheList(self.__WB_MANIFEST);

self.addEventListener('install', (event) => void precache.install(event));
self.addEventListener('activate', (event) =>
  event.waitUntil(
    precache.activate(event).then(async () => {
      const older = (await caches.keys()).filter((name) => name !== cacheName && isOwnCache(name, self.registration.scope));
      await Promise.all(older.map((name) => caches.delete(name)));
    }),
  ),
);
// The first install controls the page that registered it, so it reads offline at once.
clientsClaim();

/** The precache key of a URL, if this build has it; GitHub Pages ignores query strings, so does this. */
function precached(url: string): string | undefined {
  const {origin, pathname} = new URL(url);
  return precache.getCacheKeyForURL(origin + pathname);
}

/** Offline, for a page this build does not have: `dir` → `dir/` as GitHub Pages redirects, else the 404 page. */
async function notInPrecache(url: string): Promise<Response> {
  const {origin, pathname} = new URL(url);
  if (!pathname.endsWith('/') && precached(`${origin}${pathname}/`)) return Response.redirect(`${origin}${pathname}/`, 301);
  const page = await precache.matchPrecache('404.html');
  if (!page) return Response.error();
  return new Response(page.body, {status: 404, statusText: 'Not Found', headers: page.headers});
}

registerRoute(
  ({request}) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: 3,
    plugins: [
      {
        // Read pages from the precache, under their revisioned keys …
        cacheKeyWillBeUsed: async ({request, mode}) => (mode === 'read' && precached(request.url)) || request,
        // … and never store the network's copy: it may need files this build does not have.
        cacheWillUpdate: async () => null,
        handlerDidError: async ({request}) => notInPrecache(request.url),
      },
    ],
  }),
);
registerRoute(new PrecacheRoute(precache, {ignoreURLParametersMatching: [/.*/]}));
