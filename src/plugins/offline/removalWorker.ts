/// <reference lib="webworker" />
/**
 * The kill switch (`OFFLINE_READING=off`, src/plugins/offline.ts): shipped as
 * sw.js instead of worker.ts, it replaces the site's worker in every browser
 * that has it at once (no waiting for open pages), deletes this site's caches
 * and unregisters itself. Pages then load from the network as if there had
 * never been a worker; other sites on the origin keep theirs.
 */
import {isOwnCache} from './cacheNames';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      const {scope} = self.registration;
      const ours = (await caches.keys()).filter((name) => isOwnCache(name, scope));
      await Promise.all(ours.map((name) => caches.delete(name)));
      await self.registration.unregister();
    })(),
  ),
);
