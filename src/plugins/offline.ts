/**
 * Offline reading: once a reader has loaded the site, every page keeps
 * working without a network (README, "Reader features").
 *
 * After the build (`postBuild`) this writes `<outDir>/sw.js`: the service
 * worker in `offline/sw.template.js`, with this build's version and the list
 * of files to keep, all relative to the base URL. The client module
 * (`src/clientModules/offline.ts`) registers it in production builds, after
 * the page has loaded.
 *
 * What is kept: every page (each `index.html`, as its directory URL), the
 * 404 page (the answer to unknown paths offline), everything under `assets/`
 * (scripts, styles, images: their names carry a content hash) and the
 * images, icons, styles and scripts from `static/`; not the SBOM, the
 * sitemap, robots.txt or the social-card image, which no reader needs.
 *
 * The version is a hash of that list and of each file's bytes (and of the
 * worker's own source), so any change to the site gives a new `sw.js`, which
 * browsers install in the background. Other plugins' `postBuild` run at the
 * same time as this one: the CSP plugin rewrites every HTML file meanwhile,
 * so pages are hashed without their policy (derived from the rest of the
 * page), and files other plugins write (the search index) are not looked for
 * but named in the `precacheAlso` option.
 */
import {createHash} from 'node:crypto';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import {join, posix, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';

export interface OfflineOptions {
  /**
   * Files, relative to the build folder, that other plugins write in their
   * own `postBuild` (so they may not exist yet when this one runs) and that
   * readers need offline, e.g. `search-index.json`.
   */
  precacheAlso?: string[];
}

export const templatePath = fileURLToPath(new URL('./offline/sw.template.js', import.meta.url));
export const clientModulePath = fileURLToPath(new URL('../clientModules/offline.ts', import.meta.url));

/** The page answered for unknown paths (GitHub Pages' convention). */
export const fallbackPage = '404.html';

/** Files outside `assets/` (from `static/`) that pages may ask for, by extension. */
const wantedOutsideAssets = /\.(?:svg|png|jpe?g|gif|webp|avif|ico|css|js|json|webmanifest|woff2?)$/i;
/** Never kept: written for machines or link previews, not read on a page; or this worker itself. */
const unwanted = [
  /^sw\.js$/,
  /^sbom\.cdx\.json$/,
  /(?:^|\/)social-card\.[^/]+$/,
  /^sitemap\.xml$/,
  /^robots\.txt$/,
  /(?:^|\/)\./,
  /\.map$/,
  /\.LICENSE\.txt$/i,
];

/**
 * Whether a file of the build (path relative to it, with `/`) is kept for
 * offline reading. `later` are the files other plugins write meanwhile:
 * they are listed by name, never found by the walk, so the list does not
 * depend on who finished first.
 */
export function isOfflineFile(path: string, later: ReadonlySet<string> = new Set()): boolean {
  if (later.has(path) || unwanted.some((pattern) => pattern.test(path))) return false;
  if (path.endsWith('.html')) return true;
  if (path.startsWith('assets/')) return true;
  return wantedOutsideAssets.test(path);
}

/** The URL, relative to the base URL, that serves a file of the build: `a/index.html` is `a/`, the root `./`. */
export function urlOf(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

const cspMeta = /<meta\s+http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/gi;

/**
 * The bytes a file is versioned by. A page's Content-Security-Policy meta is
 * left out: the CSP plugin adds it while this runs, and it follows from the
 * rest of the page anyway.
 */
export function versionedContent(path: string, bytes: Buffer): Buffer {
  if (!path.endsWith('.html')) return bytes;
  return Buffer.from(bytes.toString('utf8').replace(cspMeta, ''), 'utf8');
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export interface PrecacheEntry {
  /** Relative to the base URL. */
  url: string;
  /** SHA-256 of what the file is versioned by; empty for files other plugins write. */
  hash: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return entry.isFile() ? [path] : [];
    }),
  );
  return nested.flat();
}

/** What the worker keeps, from the build folder, sorted by URL. */
export async function precacheEntries(outDir: string, precacheAlso: readonly string[] = []): Promise<PrecacheEntry[]> {
  const later = new Set(precacheAlso);
  const paths = (await filesUnder(outDir))
    .map((file) => relative(outDir, file).split(sep).join(posix.sep))
    .filter((path) => isOfflineFile(path, later));
  const entries = await Promise.all(
    paths.map(async (path) => ({url: urlOf(path), hash: sha256(versionedContent(path, await readFile(join(outDir, path))))})),
  );
  entries.push(...precacheAlso.map((path) => ({url: urlOf(path), hash: ''})));
  if (!entries.some((entry) => entry.url === fallbackPage)) {
    throw new Error(`offline: no ${fallbackPage} in ${outDir}, so unknown paths would have no page offline`);
  }
  return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** This build's version: changes whenever a kept file, the list, or the worker's code does. */
export function buildVersion(entries: readonly PrecacheEntry[], template: string): string {
  const lines = entries.map((entry) => `${entry.url}\t${entry.hash}\n`).join('');
  return sha256(`${sha256(template)}\n${lines}`).slice(0, 16);
}

const buildLine = /^const BUILD = .*;$/m;

/** The worker as the browser gets it: the template with this build's values. */
export function serviceWorkerSource(template: string, entries: readonly PrecacheEntry[]): string {
  if (!buildLine.test(template)) throw new Error('offline: the worker template has no `const BUILD = …;` line');
  const build = {version: buildVersion(entries, template), precache: entries.map((entry) => entry.url), fallback: fallbackPage};
  return template.replace(buildLine, () => `const BUILD = ${JSON.stringify(build)};`);
}

export default function offlinePlugin(_context: LoadContext, options?: unknown): Plugin {
  const {precacheAlso = []} = (options ?? {}) as OfflineOptions;
  return {
    name: 'site-offline',
    getClientModules() {
      return [clientModulePath];
    },
    async postBuild({outDir}) {
      const template = await readFile(templatePath, 'utf8');
      const entries = await precacheEntries(outDir, precacheAlso);
      await writeFile(join(outDir, 'sw.js'), serviceWorkerSource(template, entries));
    },
  };
}
