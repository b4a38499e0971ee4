import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {runInNewContext, Script} from 'node:vm';
import {describe, expect, it} from 'vitest';
import offlinePlugin, {
  buildVersion,
  clientModulePath,
  isOfflineFile,
  precacheEntries,
  serviceWorkerSource,
  templatePath,
  urlOf,
  type PrecacheEntry,
} from './offline';

const template = readFileSync(templatePath, 'utf8');

/** A build folder with the files Docusaurus and the other plugins write. */
function fakeBuild(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-'));
  const all: Record<string, string> = {
    'index.html': '<html><head><meta charset="utf-8"><title>Home</title></head></html>',
    '404.html': '<html><head><title>Page Not Found</title></head></html>',
    'foundations/module-06/index.html': '<html><head><title>Module 6</title></head></html>',
    'search/index.html': '<html><head><title>Search</title></head></html>',
    'assets/js/main.1234abcd.js': 'console.log(1)',
    'assets/js/runtime~main.5678ef01.js': 'console.log(2)',
    'assets/css/styles.9abc0def.css': 'body{}',
    'assets/images/figure-0a1b2c3d.png': 'png',
    'assets/js/main.1234abcd.js.LICENSE.txt': 'license',
    'assets/js/main.1234abcd.js.map': '{}',
    'img/logo.svg': '<svg/>',
    'img/favicon.svg': '<svg/>',
    'img/social-card.png': 'png',
    'img/social-card.svg': '<svg/>',
    'sbom.cdx.json': '{}',
    'sitemap.xml': '<urlset/>',
    'robots.txt': 'User-agent: *',
    '.nojekyll': '',
    'sw.js': '// an earlier run',
    // Other plugins' postBuild, meanwhile: the search index, a page the CSP plugin is replacing.
    'search-index.json': '[]',
    'index.html.csp-4242': '<html>',
    ...files,
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true});
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const versionOf = async (dir: string) => buildVersion(await precacheEntries(dir, ['search-index.json']), template);

describe('which files are kept for offline reading', () => {
  it('keeps pages, assets and what pages load; not what only machines or link previews read', () => {
    for (const kept of [
      'index.html',
      '404.html',
      'foundations/module-06/index.html',
      'assets/js/main.1234abcd.js',
      'assets/css/styles.9abc0def.css',
      'assets/images/figure-0a1b2c3d.png',
      'assets/files/slides-0a1b2c3d.pdf',
      'img/logo.svg',
      'img/favicon.svg',
      'img/photo.png',
      'favicon.ico',
      'manifest.webmanifest',
    ]) {
      expect(isOfflineFile(kept), kept).toBe(true);
    }
    for (const skipped of [
      'sw.js',
      'sbom.cdx.json',
      'img/social-card.png',
      'img/social-card.svg',
      'sitemap.xml',
      'robots.txt',
      '.nojekyll',
      'assets/js/main.1234abcd.js.map',
      'assets/js/main.1234abcd.js.LICENSE.txt',
      'img/notes.txt',
      'index.html.csp-4242',
    ]) {
      expect(isOfflineFile(skipped), skipped).toBe(false);
    }
    // Files other plugins are writing are named, never found.
    expect(isOfflineFile('search-index.json', new Set(['search-index.json']))).toBe(false);
  });

  it('serves a page at its directory URL, relative to the base URL', () => {
    expect(urlOf('index.html')).toBe('./');
    expect(urlOf('foundations/module-06/index.html')).toBe('foundations/module-06/');
    expect(urlOf('404.html')).toBe('404.html');
    expect(urlOf('assets/js/main.1234abcd.js')).toBe('assets/js/main.1234abcd.js');
  });

  it('lists every page, the 404 page and the files they need, sorted, with the named ones last found', async () => {
    const entries = await precacheEntries(fakeBuild(), ['search-index.json']);
    expect(entries.map((entry) => entry.url)).toEqual([
      './',
      '404.html',
      'assets/css/styles.9abc0def.css',
      'assets/images/figure-0a1b2c3d.png',
      'assets/js/main.1234abcd.js',
      'assets/js/runtime~main.5678ef01.js',
      'foundations/module-06/',
      'img/favicon.svg',
      'img/logo.svg',
      'search-index.json',
      'search/',
    ]);
    // Named files are not read: they may be half-written.
    expect(entries.find((entry) => entry.url === 'search-index.json')?.hash).toBe('');
    expect(entries.find((entry) => entry.url === './')?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails without a 404 page, which unknown paths need offline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offline-'));
    writeFileSync(join(dir, 'index.html'), '<html></html>');
    await expect(precacheEntries(dir)).rejects.toThrow(/no 404\.html/);
  });
});

describe('the build version', () => {
  it('is the same for the same build, whether or not the CSP plugin has reached a page yet', async () => {
    const before = await versionOf(fakeBuild());
    const after = await versionOf(
      fakeBuild({
        'index.html':
          '<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>Home</title></head></html>',
      }),
    );
    expect(after).toBe(before);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when a page, an asset, the list or the worker changes; not for files it does not keep', async () => {
    const base = await versionOf(fakeBuild());
    const changed = [
      await versionOf(fakeBuild({'foundations/module-06/index.html': '<html><head><title>Module 6, edited</title></head></html>'})),
      await versionOf(fakeBuild({'img/logo.svg': '<svg><path/></svg>'})),
      await versionOf(fakeBuild({'assets/js/42.0badcafe.js': 'console.log(3)'})),
      await versionOf(fakeBuild({'getting-started/index.html': '<html></html>'})),
      buildVersion(await precacheEntries(fakeBuild(), ['search-index.json']), `${template}\n// changed`),
    ];
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
    expect(await versionOf(fakeBuild({'sbom.cdx.json': '{"changed":true}', 'sitemap.xml': '<urlset></urlset>'}))).toBe(base);
  });
});

describe('sw.js', () => {
  it('is the template with the build filled in, and parses', () => {
    const entries: PrecacheEntry[] = [
      {url: './', hash: 'a'},
      {url: '404.html', hash: 'b'},
    ];
    const source = serviceWorkerSource(template, entries);
    expect(source).toContain(
      `const BUILD = {"version":"${buildVersion(entries, template)}","precache":["./","404.html"],"fallback":"404.html"};`,
    );
    expect(source).not.toContain("version: 'development'");
    expect(() => new Script(source)).not.toThrow();
    expect(() => serviceWorkerSource('const SOMETHING = 1;', entries)).toThrow(/BUILD/);
  });

  it('is written after the build; the client module that registers it exists', async () => {
    const dir = fakeBuild();
    const plugin = offlinePlugin({} as never, {precacheAlso: ['search-index.json']});
    expect(plugin.getClientModules!()).toEqual([clientModulePath]);
    expect(existsSync(clientModulePath)).toBe(true);
    await plugin.postBuild!({outDir: dir} as unknown as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
    const source = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(source).toContain('"search-index.json"');
    expect(source).toContain(`"version":"${await versionOf(dir)}"`);
  });
});

// The worker itself, run in a sandbox with a CacheStorage and a network of our own.

type Answer = {status: number; body?: string} | 'offline' | 'hang';

class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(request: string | Request) {
    return this.entries.get(typeof request === 'string' ? request : request.url)?.clone();
  }
  async put(request: string | Request, response: Response) {
    this.entries.set(typeof request === 'string' ? request : request.url, response);
  }
}

class FakeCacheStorage {
  readonly named = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.named.has(name)) this.named.set(name, new FakeCache());
    return this.named.get(name)!;
  }
  async keys() {
    return [...this.named.keys()];
  }
  async delete(name: string) {
    return this.named.delete(name);
  }
  async match(request: string | Request, options: {cacheName?: string} = {}) {
    for (const [name, cache] of this.named) {
      if (options.cacheName && name !== options.cacheName) continue;
      const hit = await cache.match(request);
      if (hit) return hit;
    }
    return undefined;
  }
}

/** A same-origin network answer, as fetch() gives it in a browser. */
function basic(status: number, body = ''): Response {
  const response = new Response(status === 204 ? null : body, {status, headers: {'Content-Type': 'text/html; charset=utf-8'}});
  Object.defineProperty(response, 'type', {value: 'basic'});
  return response;
}

const origin = 'https://example.github.io';
const base = '/repo/';
const precache = ['./', '404.html', 'assets/js/main.1234abcd.js', 'foundations/module-06/', 'img/logo.svg'];

function worker(network: Record<string, Answer> = {}) {
  const source = serviceWorkerSource(
    template,
    precache.map((url) => ({url, hash: url})),
  );
  const version = /"version":"([0-9a-f]+)"/.exec(source)![1];
  const listeners = new Map<string, (event: unknown) => void>();
  const caches = new FakeCacheStorage();
  const fetched: {url: string; cache?: string}[] = [];
  const timers: (() => void)[] = [];
  const self = {
    location: new URL(`${origin}${base}sw.js`),
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    skipWaiting: async () => undefined,
    clients: {claim: async () => undefined},
  };
  const fetch = async (input: string | Request, init: {cache?: string} = {}) => {
    const url = typeof input === 'string' ? input : input.url;
    fetched.push({url, cache: init.cache});
    // '*' answers paths the server does not have (a 404, unless offline).
    const answer = network[new URL(url).pathname] ?? network['*'] ?? {status: 404, body: 'not found'};
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    if (answer === 'hang') return new Promise<Response>(() => undefined);
    return basic(answer.status, answer.body ?? url);
  };
  // Timers fire when the test says so: "the network is slow".
  const setTimeout = (callback: () => void) => timers.push(callback);
  runInNewContext(source, {self, caches, fetch, Response, Request, URL, setTimeout, clearTimeout: () => undefined});

  const cacheName = `offline ${base} ${version}`;
  return {
    caches,
    cacheName,
    fetched,
    fireTimers: () => timers.splice(0).forEach((callback) => callback()),
    async lifecycle(type: 'install' | 'activate') {
      const waits: Promise<unknown>[] = [];
      listeners.get(type)!({waitUntil: (promise: Promise<unknown>) => waits.push(promise)});
      await Promise.all(waits);
    },
    /** Dispatches a fetch; resolves to the response, or undefined when the worker left it to the browser. */
    request(path: string, {mode = 'no-cors', method = 'GET', at = origin}: {mode?: string; method?: string; at?: string} = {}) {
      let responded: Promise<Response> | undefined;
      const waits: Promise<unknown>[] = [];
      const request = {url: `${at}${path}`, method, mode, cache: 'default'};
      listeners.get('fetch')!({
        request,
        respondWith: (response: Promise<Response>) => (responded = Promise.resolve(response)),
        waitUntil: (promise: Promise<unknown>) => waits.push(promise),
      });
      return {
        response: responded,
        settled: async () => {
          const response = await responded;
          await Promise.all(waits);
          return response;
        },
      };
    },
  };
}

const everything = Object.fromEntries(
  ['', '404.html', 'assets/js/main.1234abcd.js', 'foundations/module-06/', 'img/logo.svg'].map((path) => [
    `${base}${path}`,
    {status: 200, body: `fresh ${path}`},
  ]),
) as Record<string, Answer>;

async function installed(network: Record<string, Answer> = everything) {
  const sw = worker(network);
  await sw.lifecycle('install');
  await sw.lifecycle('activate');
  sw.fetched.length = 0;
  return sw;
}

const text = async (response: Response | undefined) => response && (await response.text());

describe('the worker: install and activate', () => {
  it('keeps every listed file, pages straight from the server and hashed files possibly from the HTTP cache', async () => {
    const sw = worker(everything);
    await sw.lifecycle('install');
    const cache = sw.caches.named.get(sw.cacheName)!;
    expect([...cache.entries.keys()].sort()).toEqual(precache.map((url) => new URL(url, `${origin}${base}`).href).sort());
    expect(sw.fetched).toContainEqual({url: `${origin}${base}foundations/module-06/`, cache: 'no-store'});
    expect(sw.fetched).toContainEqual({url: `${origin}${base}assets/js/main.1234abcd.js`, cache: 'default'});
  });

  it('reuses an older version’s copy of a hashed file instead of downloading it again', async () => {
    const sw = worker(everything);
    const old = await sw.caches.open(`offline ${base} 0000000000000000`);
    await old.put(`${origin}${base}assets/js/main.1234abcd.js`, basic(200, 'kept'));
    await sw.lifecycle('install');
    expect(sw.fetched.map((f) => f.url)).not.toContain(`${origin}${base}assets/js/main.1234abcd.js`);
    expect(await text(await sw.caches.match(`${origin}${base}assets/js/main.1234abcd.js`, {cacheName: sw.cacheName}))).toBe('kept');
  });

  it('fails, all or nothing, when a listed file does not answer 200', async () => {
    const sw = worker({...everything, [`${base}img/logo.svg`]: {status: 500}});
    await expect(sw.lifecycle('install')).rejects.toThrow(/img\/logo\.svg answered 500/);
    expect(await sw.caches.keys()).toEqual([]);
  });

  it('on activation deletes this site’s old caches but the latest, and leaves other sites’ caches alone', async () => {
    const sw = worker(everything);
    for (const name of [`offline ${base} 1111111111111111`, 'offline / 2222222222222222', `offline ${base} 3333333333333333`]) {
      await sw.caches.open(name);
    }
    await sw.lifecycle('install');
    await sw.lifecycle('activate');
    expect(await sw.caches.keys()).toEqual(['offline / 2222222222222222', `offline ${base} 3333333333333333`, sw.cacheName]);
  });
});

describe('the worker: requests', () => {
  it('leaves alone other origins, other methods, paths outside the base URL and files it does not keep', async () => {
    const sw = await installed();
    expect(sw.request(`${base}img/logo.svg`, {at: 'https://elsewhere.example'}).response).toBeUndefined();
    expect(sw.request(`${base}img/logo.svg`, {method: 'POST'}).response).toBeUndefined();
    expect(sw.request('/other-repo/', {mode: 'navigate'}).response).toBeUndefined();
    expect(sw.request(`${base}sitemap.xml`).response).toBeUndefined();
    expect(sw.fetched).toEqual([]);
  });

  it('pages: the network first, and a 200 refreshes the kept copy', async () => {
    const network: Record<string, Answer> = {...everything};
    const sw = await installed(network);
    network[`${base}foundations/module-06/`] = {status: 200, body: 'newer'};
    const response = await sw.request(`${base}foundations/module-06/`, {mode: 'navigate'}).settled();
    expect(await text(response)).toBe('newer');
    expect(await text(await sw.caches.match(`${origin}${base}foundations/module-06/`))).toBe('newer');
  });

  it('pages: an error answer is passed on and never kept', async () => {
    const network: Record<string, Answer> = {...everything};
    const sw = await installed(network);
    network[`${base}foundations/module-06/`] = {status: 500, body: 'oops'};
    const response = await sw.request(`${base}foundations/module-06/`, {mode: 'navigate'}).settled();
    expect(response?.status).toBe(500);
    expect(await text(await sw.caches.match(`${origin}${base}foundations/module-06/`))).toBe('fresh foundations/module-06/');
  });

  it('pages offline: the kept copy (whatever the query string), `dir` redirected to `dir/`, else the 404 page as a 404', async () => {
    const network: Record<string, Answer> = {...everything};
    const sw = await installed(network);
    for (const path of Object.keys(network)) network[path] = 'offline';
    network['*'] = 'offline';
    const navigate = (path: string) => sw.request(path, {mode: 'navigate'}).settled();

    const page = await navigate(`${base}foundations/module-06/?_highlight=cosign`);
    expect(page?.status).toBe(200);
    expect(await text(page)).toBe('fresh foundations/module-06/');
    const redirect = await navigate(`${base}foundations/module-06`);
    expect(redirect?.status).toBe(301);
    expect(redirect?.headers.get('Location')).toBe(`${origin}${base}foundations/module-06/`);
    const missing = await navigate(`${base}no-such-page/`);
    expect(missing?.status).toBe(404);
    expect(missing?.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await text(missing)).toBe('fresh 404.html');
    // The worker did try the network each time.
    expect(sw.fetched).toHaveLength(3);
  });

  it('pages on a slow network: the kept copy once the wait is over', async () => {
    const network: Record<string, Answer> = {...everything};
    const sw = await installed(network);
    network[`${base}foundations/module-06/`] = 'hang';
    const pending = sw.request(`${base}foundations/module-06/`, {mode: 'navigate'}).response!;
    await new Promise((resolve) => setImmediate(resolve));
    sw.fireTimers();
    expect(await text(await pending)).toBe('fresh foundations/module-06/');
  });

  it('hashed files: the kept copy without asking the network; others fetched and kept if 200', async () => {
    const sw = await installed({
      ...everything,
      [`${base}assets/js/42.0badcafe.js`]: {status: 200, body: 'chunk'},
      [`${base}assets/js/gone.0badcafe.js`]: {status: 404},
    });
    expect(await text(await sw.request(`${base}assets/js/main.1234abcd.js`).settled())).toBe('fresh assets/js/main.1234abcd.js');
    expect(sw.fetched).toEqual([]);
    expect(await text(await sw.request(`${base}assets/js/42.0badcafe.js`).settled())).toBe('chunk');
    expect(await text(await sw.caches.match(`${origin}${base}assets/js/42.0badcafe.js`))).toBe('chunk');
    expect((await sw.request(`${base}assets/js/gone.0badcafe.js`).settled())?.status).toBe(404);
    expect(await sw.caches.match(`${origin}${base}assets/js/gone.0badcafe.js`)).toBeUndefined();
  });

  it('other kept files: the kept copy at once, refreshed from the network for next time (if 200)', async () => {
    const network: Record<string, Answer> = {...everything};
    const sw = await installed(network);
    network[`${base}img/logo.svg`] = {status: 200, body: 'new logo'};
    expect(await text(await sw.request(`${base}img/logo.svg?v=2`).settled())).toBe('fresh img/logo.svg');
    expect(await text(await sw.request(`${base}img/logo.svg`).settled())).toBe('new logo');
    network[`${base}img/logo.svg`] = {status: 503};
    expect(await text(await sw.request(`${base}img/logo.svg`).settled())).toBe('new logo');
    expect(await text(await sw.request(`${base}img/logo.svg`).settled())).toBe('new logo');
  });
});
