import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {getCurrentBundler} from '@docusaurus/bundler';
import type {Props} from '@docusaurus/types';
import {clientModule, offlineReadingEnabled, pagesAndLaterFiles, urlOf, writeServiceWorker} from './offline';
import postBuildPlugin from './postBuild';

// The worker's behavior in a browser (offline, network-first, 404, the kill
// switch) is tested in tests/e2e/offline.spec.ts; here, what the build writes.

const faster = {rspackBundler: true, swcJsLoader: true, swcJsMinimizer: true, lightningCssMinimizer: true};

/** What the build step reads, for a build in `outDir`, bundled with Rspack like the site. */
async function buildProps(outDir: string) {
  const siteConfig = {future: {faster}} as unknown as Props['siteConfig'];
  return {outDir, siteConfig, currentBundler: await getCurrentBundler({siteConfig})};
}

const page = (title: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body></body></html>`;

/** A build folder with the files Docusaurus and the other steps write. */
function fakeBuild(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-'));
  const all: Record<string, string> = {
    'index.html': page('Home'),
    '404.html': page('Page Not Found'),
    'foundations/module-06/index.html': page('Module 6'),
    'search/index.html': page('Search'),
    'assets/js/main.1234abcd.js': 'console.log(1)',
    'assets/js/9876.5678ef01.js': 'console.log("a lazily loaded chunk")',
    'assets/css/styles.9abc0def.css': 'body{}',
    'assets/images/figure-0a1b2c3d4e5f.png': 'png',
    'assets/js/main.1234abcd.js.LICENSE.txt': 'license',
    'assets/js/main.1234abcd.js.map': '{}',
    'img/logo.svg': '<svg/>',
    'img/social-card.png': 'png',
    'sbom.cdx.json': '{}',
    'sitemap.xml': '<urlset/>',
    'robots.txt': 'User-agent: *',
    '.nojekyll': '',
    // Written by the search plugin meanwhile.
    'search-index.json': '[]',
    ...files,
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true});
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

interface Entry {
  url: string;
  revision: string | null;
}

/** The precache list workbox-build wrote into a built sw.js. */
function precacheList(dir: string): Entry[] {
  const source = readFileSync(join(dir, 'sw.js'), 'utf8');
  const list = /\[\{"revision":[^\]]*\]/.exec(source);
  if (!list) throw new Error(`${dir}/sw.js has no precache list`);
  return (JSON.parse(list[0]) as Entry[]).sort((a, b) => a.url.localeCompare(b.url));
}

const md5 = (dir: string, path: string) => createHash('md5').update(readFileSync(join(dir, path))).digest('hex');

describe('urlOf', () => {
  it('serves a folder index at the folder, everything else at its path', () => {
    expect(urlOf('index.html')).toBe('./');
    expect(urlOf('foundations/module-06/index.html')).toBe('foundations/module-06/');
    expect(urlOf('404.html')).toBe('404.html');
    expect(urlOf('assets/js/main.1234abcd.js')).toBe('assets/js/main.1234abcd.js');
  });
});

describe('the service worker the build writes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fakeBuild();
    await writeServiceWorker(await buildProps(dir), {precacheAlso: ['search-index.json']});
  }, 60_000);

  it('precaches pages at their URLs, the 404 page, every hashed asset, lazy chunks included, and static images', () => {
    expect(precacheList(dir).map((entry) => entry.url)).toEqual([
      './',
      '404.html',
      'assets/css/styles.9abc0def.css',
      'assets/images/figure-0a1b2c3d4e5f.png',
      'assets/js/9876.5678ef01.js',
      'assets/js/main.1234abcd.js',
      'foundations/module-06/',
      'img/logo.svg',
      'search-index.json',
      'search/',
    ]);
  });

  it('gives each file a revision of its bytes, none to hashed names, and the search index that of the whole list', () => {
    const list = new Map(precacheList(dir).map((entry) => [entry.url, entry.revision]));
    expect(list.get('./')).toBe(md5(dir, 'index.html'));
    expect(list.get('foundations/module-06/')).toBe(md5(dir, 'foundations/module-06/index.html'));
    expect(list.get('img/logo.svg')).toBe(md5(dir, 'img/logo.svg'));
    expect(list.get('assets/js/main.1234abcd.js')).toBeNull();
    expect(list.get('search-index.json')).toMatch(/^[0-9a-f]{32}$/);
    // Once: the file the search plugin may or may not have written yet is not also found by the walk.
    expect(precacheList(dir).filter((entry) => entry.url === 'search-index.json')).toHaveLength(1);
  });

  it('is one self-contained script: Workbox bundled in, nothing imported from anywhere', () => {
    const source = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(source).not.toMatch(/importScripts\(|\bimport\(/);
    expect(source).toContain('offline-precache ');
  });

  it('gives the search index a new revision whenever a page changes', async () => {
    const changed = fakeBuild({'foundations/module-06/index.html': page('Module 6, revised')});
    await writeServiceWorker(await buildProps(changed), {precacheAlso: ['search-index.json']});
    const revision = (d: string) => precacheList(d).find((entry) => entry.url === 'search-index.json')!.revision;
    expect(revision(changed)).not.toBe(revision(dir));
  }, 60_000);
});

describe('what the build refuses', () => {
  it('a build without a 404 page: unknown paths would have nothing to show offline', async () => {
    const transform = pagesAndLaterFiles([]);
    await expect(transform([{url: 'index.html', revision: 'a', size: 1}])).rejects.toThrow(/no 404\.html/);
  });

  it('a file too large to precache, rather than leaving it out silently', async () => {
    const dir = fakeBuild({'assets/images/huge-0a1b2c3d.png': 'x'.repeat(2 * 1024 * 1024 + 1)});
    await expect(writeServiceWorker(await buildProps(dir))).rejects.toThrow(/huge-0a1b2c3d\.png/);
  }, 60_000);
});

describe('the kill switch (OFFLINE_READING=off)', () => {
  it('ships a worker that lists nothing, deletes this site’s caches and unregisters itself', async () => {
    const dir = fakeBuild();
    await writeServiceWorker(await buildProps(dir), {enabled: false, precacheAlso: ['search-index.json']});
    const source = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(source).toMatch(/skipWaiting\(\)/);
    expect(source).toMatch(/\.unregister\(\)/);
    expect(source).toMatch(/caches\.delete\(/);
    expect(source).not.toMatch(/__WB_MANIFEST|search-index|"revision"/);
  }, 60_000);

  it('is OFFLINE_READING=off; anything but off, on or nothing is refused, not taken for on', () => {
    expect(offlineReadingEnabled(undefined)).toBe(true);
    expect(offlineReadingEnabled('on')).toBe(true);
    expect(offlineReadingEnabled('off')).toBe(false);
    expect(() => offlineReadingEnabled('false')).toThrow(/OFFLINE_READING=false: use "off"/);
  });

  it('registers nothing in the pages', () => {
    const plugin = (options: unknown) => postBuildPlugin({} as never, options);
    expect(plugin({offline: {}}).getClientModules!()).toEqual([clientModule]);
    expect(plugin({offline: {enabled: false}}).getClientModules!()).toEqual([]);
  });
});
