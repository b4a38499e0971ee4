/*
 * Offline reading: the site's service worker, hand-written (no library).
 *
 * src/plugins/offline.ts fills in BUILD at build time and writes the result
 * to <build>/sw.js; src/clientModules/offline.ts registers it once a page has
 * loaded. Plain JavaScript, as the browser runs it.
 *
 * - install: downloads every page and the files they need into a cache named
 *   after this build's version, all or nothing.
 * - activate: deletes this site's older caches (keeping the one before, whose
 *   chunks pages opened before the update may still ask for) and takes
 *   control of open pages.
 * - fetch (same-origin GET under the base URL only): pages network-first, the
 *   cached copy when the network fails or is slow, the 404 page for unknown
 *   paths offline; hashed files under assets/ cache-first; the other files
 *   the build lists stale-while-revalidate. Anything else is left alone.
 *
 * Only whole 200 responses of this origin are stored.
 */
'use strict';

const BUILD = {version: 'development', precache: [], fallback: '404.html'};

// Everything is relative to where this file is served: the site's base URL.
const BASE = new URL('./', self.location.href);
// Sites on one origin (a GitHub user site at / and project sites at /<repo>/)
// share its caches: ours are named after our base path.
const CACHE_PREFIX = `offline ${BASE.pathname} `;
const CACHE = CACHE_PREFIX + BUILD.version;
const ASSETS = new URL('assets/', BASE).href;
// How long a page waits for the network before a cached copy is shown.
const NETWORK_TIMEOUT_MS = 3000;

/** What a URL is stored under: GitHub Pages ignores query strings, so do we. */
function keyOf(url) {
  const {origin, pathname} = new URL(url, BASE);
  return origin + pathname;
}

const PRECACHE = BUILD.precache.map(keyOf);
const LISTED = new Set(PRECACHE);
const FALLBACK = keyOf(BUILD.fallback);

/** A complete, same-origin 200: the only kind of response worth keeping. */
function storable(response) {
  return Boolean(response) && response.status === 200 && response.type === 'basic' && !response.redirected;
}

/** Keeps a copy of `response` under `key`; never fails the caller. */
function store(key, response) {
  const copy = response.clone();
  return caches
    .open(CACHE)
    .then((cache) => cache.put(key, copy))
    .catch(() => undefined);
}

/** Runs `task` over `items`, `limit` at a time; the first failure stops the rest. */
async function eachLimited(items, limit, task) {
  const queue = [...items];
  const run = async () => {
    while (queue.length > 0) {
      try {
        await task(queue.shift());
      } catch (error) {
        queue.length = 0;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, queue.length)}, run));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await eachLimited(PRECACHE, 4, async (key) => {
        if (await cache.match(key)) return; // an install the browser cut short got it
        const hashed = key.startsWith(ASSETS);
        // A hashed file's bytes never change: reuse an older version's copy.
        const kept = hashed ? await caches.match(key) : undefined;
        if (kept) return cache.put(key, kept);
        // Hashed files may come from the HTTP cache (the page just loaded
        // them). Pages and unhashed files come from the server, never stale,
        // and only into this cache: a page not yet visited is not also kept
        // in the HTTP cache.
        const response = await fetch(key, {cache: hashed ? 'default' : 'no-store'});
        if (!storable(response)) throw new Error(`offline: ${key} answered ${response.status}`);
        await cache.put(key, response);
      }).catch(async (error) => {
        // No half-kept version: the browser tries again on the next page load.
        await caches.delete(CACHE);
        throw error;
      });
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // caches.keys() lists caches in the order they were made.
      const older = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
      older.pop();
      await Promise.all(older.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

/** The 404 page, answered as a 404, for a path this build does not have. */
async function notFound() {
  const page = await caches.match(FALLBACK, {cacheName: CACHE});
  if (!page) return Response.error();
  return new Response(page.body, {
    status: 404,
    statusText: 'Not Found',
    headers: {'Content-Type': page.headers.get('Content-Type') || 'text/html; charset=utf-8'},
  });
}

/** A page this build has, from the cache; `dir` for `dir/` the way GitHub Pages redirects. */
async function cachedPage(key) {
  const page = await caches.match(key, {cacheName: CACHE});
  if (page) return page;
  if (!key.endsWith('/') && (await caches.match(`${key}/`, {cacheName: CACHE}))) {
    return Response.redirect(`${key}/`, 301);
  }
  return undefined;
}

/** Pages: the network, unless it fails or is slow and the page is cached. */
function navigate(event) {
  const key = keyOf(event.request.url);
  let stored;
  const network = fetch(event.request).then((response) => {
    if (storable(response) && LISTED.has(key)) stored = store(key, response);
    return response;
  });
  event.waitUntil(network.then(() => stored, () => undefined));
  let timer;
  const slow = new Promise((resolve) => {
    timer = setTimeout(resolve, NETWORK_TIMEOUT_MS);
  }).then(() => cachedPage(key));
  return Promise.race([network, slow.then((page) => page || network)])
    .catch(async () => (await cachedPage(key)) || notFound())
    .finally(() => clearTimeout(timer));
}

/** Hashed files: the cached copy (of any version) if there is one, else the network. */
async function cacheFirst(event) {
  const key = keyOf(event.request.url);
  const kept = await caches.match(key);
  if (kept) return kept;
  const response = await fetch(event.request);
  if (storable(response)) event.waitUntil(store(key, response));
  return response;
}

/** The build's other files (images, the search index): the cached copy, refreshed for next time. */
async function staleWhileRevalidate(event) {
  const key = keyOf(event.request.url);
  const kept = await caches.match(key, {cacheName: CACHE});
  const network = fetch(event.request).then((response) => {
    if (storable(response)) event.waitUntil(store(key, response));
    return response;
  });
  if (!kept) return network;
  event.waitUntil(network.catch(() => undefined));
  return kept;
}

self.addEventListener('fetch', (event) => {
  const {request} = event;
  if (request.method !== 'GET') return;
  // DevTools can send these, and fetch() would throw on them.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  const url = new URL(request.url);
  if (url.origin !== BASE.origin || !url.pathname.startsWith(BASE.pathname)) return;
  if (request.mode === 'navigate') return event.respondWith(navigate(event));
  if (url.href.startsWith(ASSETS)) return event.respondWith(cacheFirst(event));
  if (LISTED.has(keyOf(url))) return event.respondWith(staleWhileRevalidate(event));
  // Anything else (the sitemap, the SBOM, another site on this origin): the network, as without us.
});
