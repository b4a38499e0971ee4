/**
 * What the service worker (worker.ts) and its kill switch (removalWorker.ts)
 * call this site's caches. Every site on an origin shares its caches (a
 * GitHub user site at `/` and its project sites at `/<repo>/`), so ours are
 * named after the worker's scope, the site's base URL, and only they are
 * ever read or deleted.
 */

/** The precache: every page and file of the installed build. */
export function precacheName(scope: string): string {
  return `offline-precache ${scope}`;
}

/**
 * Whether a cache is this site's: the precache above, or one of the
 * versioned caches of the hand-written worker that came before Workbox
 * (`offline <base path> <version>`), which the first Workbox worker deletes.
 */
export function isOwnCache(name: string, scope: string): boolean {
  return name === precacheName(scope) || name.startsWith(`offline ${new URL(scope).pathname} `);
}
