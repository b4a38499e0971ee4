/**
 * Registers the offline service worker (src/plugins/offline.ts) in production
 * builds, once the page has loaded, its network has been quiet for a second
 * (Docusaurus prefetches the pages linked from the screen after load) and
 * the browser is idle: keeping the site for offline reading never competes
 * with the page a reader opened, nor counts in what that page weighs. Our own
 * code rather than workbox-window, which would add a chunk for nothing we use:
 * updates need no prompt (worker.ts).
 *
 * The development server has no worker. If this address once served a
 * production build (`npm run serve` uses the same port as `npm start`), its
 * worker is removed, so it cannot answer with stale files. (With the kill
 * switch this module is left out, and the worker removes itself.)
 */
import siteConfig from '@generated/docusaurus.config';

const {baseUrl} = siteConfig;
const quietMs = 1000;
const latestMs = 15_000;

/** Runs `task` once no resource has finished loading for `quietMs` (or after `latestMs` at the latest). */
function whenNetworkQuiet(task: () => void) {
  let done = false;
  let quiet: ReturnType<typeof setTimeout>;
  const observer = 'PerformanceObserver' in window ? new PerformanceObserver(() => wait()) : undefined;
  const finish = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(quiet);
    task();
  };
  const wait = () => {
    clearTimeout(quiet);
    quiet = setTimeout(finish, quietMs);
  };
  observer?.observe({type: 'resource'});
  wait();
  setTimeout(finish, latestMs);
}

function whenIdle(task: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, {timeout: 5000});
  else setTimeout(task, 0);
}

if (typeof window !== 'undefined' && 'serviceWorker' in navigator) {
  if (process.env.NODE_ENV === 'production') {
    const register = () =>
      whenNetworkQuiet(() =>
        whenIdle(() => {
          // A browser that refuses (private mode, storage off) simply reads online.
          navigator.serviceWorker.register(`${baseUrl}sw.js`, {scope: baseUrl}).catch(() => undefined);
        }),
      );
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, {once: true});
  } else {
    void navigator.serviceWorker
      .getRegistration(baseUrl)
      .then((registration) => registration?.unregister())
      .catch(() => undefined);
  }
}

export {};
