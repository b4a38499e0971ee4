/**
 * Offline reading: once a reader has loaded the site, every page keeps
 * working without a network (README, "Reader features"). The last of the
 * build steps (postBuild.ts) writes `<outDir>/sw.js`; the client module
 * (src/clientModules/offline.ts) registers it once the page has loaded.
 *
 * Why Workbox through workbox-build and not @docusaurus/plugin-pwa: the
 * plugin's worker serves every precached URL cache-first once offline mode is
 * on (pages too: no network-first, no timeout), looks keys up with
 * `caches.match()` across every cache of the origin, has no 404 fallback and
 * no kill switch, and shows a reload prompt for updates; changing any of that
 * means replacing its worker. Here Workbox's own modules do the work
 * (offline/worker.ts, about 50 lines), bundled by the site's bundler
 * (`@docusaurus/bundler`: Rspack with @docusaurus/faster, webpack without),
 * and workbox-build's `injectManifest` writes the precache list, with a
 * revision per file, into it.
 *
 * What is kept: every page (as its directory URL), the 404 page (the answer
 * to unknown paths offline), everything under `assets/` (scripts, lazily
 * loaded chunks included, styles, images: their names carry a content hash,
 * so they need no revision) and the images, styles and scripts from `static/`;
 * not the SBOM, the sitemap, robots.txt, the social-card image or source
 * maps, which no reader needs.
 *
 * The kill switch: `enabled: false` (`OFFLINE_READING=off npm run build`)
 * ships offline/removalWorker.ts as sw.js instead, and no registration: every
 * browser that has the worker replaces it on its next visit, which deletes
 * this site's caches and unregisters it.
 */
import {createHash} from 'node:crypto';
import {join} from 'node:path';
import {compile, createJsLoaderFactory, getMinimizers} from '@docusaurus/bundler';
import type {Props} from '@docusaurus/types';
import {injectManifest, type ManifestTransform} from 'workbox-build';

export interface OfflineOptions {
  /** false ships the kill switch: a worker that removes itself and this site's caches. Default true. */
  enabled?: boolean;
  /**
   * Files other plugins write in their own `postBuild`, which runs at the same
   * time as ours (so they cannot be read here), that readers need offline,
   * e.g. `search-index.json`. They are derived from the pages, so their
   * revision is that of the whole list: any change to the site refreshes them.
   */
  precacheAlso?: string[];
}

// __dirname rather than import.meta: the browser tests (Playwright, CommonJS) run the kill switch step too.
export const workerSource = join(__dirname, 'offline/worker.ts');
export const removalWorkerSource = join(__dirname, 'offline/removalWorker.ts');
export const clientModule = join(__dirname, '../clientModules/offline.ts');

/** The build option: `OFFLINE_READING=off` ships the kill switch; unset or `on`, the worker. */
export function offlineReadingEnabled(value = process.env.OFFLINE_READING): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`OFFLINE_READING=${value}: use "off" to ship the kill switch, or leave it unset (or "on") for offline reading.`);
}

/** The page answered for unknown paths (GitHub Pages' convention). */
export const fallbackPage = '404.html';

/** The files of the build that are precached, relative to it. */
export const precacheFiles = {
  globPatterns: ['**/*.{html,js,css,json,svg,png,jpg,jpeg,gif,webp,avif,ico,woff,woff2,webmanifest}'],
  globIgnores: ['sw.js', 'sbom.cdx.json', '**/social-card.*', '**/*.map', '**/*.LICENSE.txt'],
  // Docusaurus names every file under assets/ after its content hash.
  // cspell:ignore dont (Workbox's option name)
  dontCacheBustURLsMatching: /^assets\/.+[.-][0-9a-f]{8,}\.\w+$/,
};

/** The URL, relative to the base URL, that serves a file of the build: `a/index.html` is `a/`, the root `./`. */
export function urlOf(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Pages under their URLs, then `precacheAlso` with the list's revision; fails without the 404 page. */
export function pagesAndLaterFiles(precacheAlso: readonly string[]): ManifestTransform {
  return async (entries) => {
    const manifest = entries.map((entry) => ({...entry, url: urlOf(entry.url)}));
    if (!manifest.some((entry) => entry.url === fallbackPage)) {
      throw new Error(`no ${fallbackPage} in the build, so unknown paths would have no page offline`);
    }
    const listed = manifest.map((entry) => `${entry.url} ${entry.revision}\n`).join('');
    const revision = createHash('sha256').update(listed).digest('hex').slice(0, 32);
    // (The size only counts toward workbox-build's report.)
    manifest.push(...precacheAlso.map((url) => ({url, revision, size: 0})));
    return {manifest, warnings: []};
  };
}

type BuildProps = Pick<Props, 'outDir' | 'siteConfig' | 'currentBundler'>;

/** Bundles a worker source to `<outDir>/sw.js` with the site's bundler and minifier. */
async function bundleWorker({outDir, siteConfig, currentBundler}: BuildProps, entry: string) {
  const jsLoader = await createJsLoaderFactory({siteConfig});
  await compile({
    currentBundler,
    configs: [
      {
        name: 'service worker',
        entry,
        target: 'webworker',
        mode: 'production',
        devtool: false,
        output: {path: outDir, filename: 'sw.js'},
        resolve: {extensions: ['.ts', '.js']},
        module: {rules: [{test: /\.ts$/, use: [jsLoader({isServer: false})]}]},
        optimization: {minimizer: await getMinimizers({faster: siteConfig.future.faster, currentBundler})},
      },
    ],
  });
}

/** The build step: `<outDir>/sw.js`, the worker with this build's precache list, or the kill switch. */
export async function writeServiceWorker(props: BuildProps, {enabled = true, precacheAlso = []}: OfflineOptions = {}) {
  if (!enabled) return bundleWorker(props, removalWorkerSource);
  await bundleWorker(props, workerSource);
  const sw = join(props.outDir, 'sw.js');
  const {warnings} = await injectManifest({
    swSrc: sw,
    swDest: sw,
    globDirectory: props.outDir,
    ...precacheFiles,
    // Listed by name below, whether or not their plugin has written them yet.
    globIgnores: [...precacheFiles.globIgnores, ...precacheAlso],
    manifestTransforms: [pagesAndLaterFiles(precacheAlso)],
  });
  // e.g. a file over workbox-build's 2 MB limit, left out: it would not read offline.
  if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('\n')}`);
}
