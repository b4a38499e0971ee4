import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {crawlSite, cssUrls, parseHtml, srcsetUrls} from './crawl';
import {serveSite} from './serve';

describe('parseHtml', () => {
  it('reads quoted, unquoted and entity-encoded attributes, srcset, styles and ids', () => {
    const page = parseHtml(`<!doctype html><html><head>
      <link rel=stylesheet href=/b/a.css /><link rel="canonical" href="https://x.io/b/p/">
      <meta property="og:image" content="https://x.io/b/card.png"><meta property=og:url content=https://x.io/b/p/ />
      <link rel="preconnect" href="https://fonts.example">
      <script src="/b/main.js">var s = '<a href="/not-a-link/">';</script>
      <style>.x{background:url("/b/bg.svg")}</style></head>
      <body><!-- <a href="/commented/"> -->
      <a href='/b/q/?a=1&amp;b=2#sec' title="a > b">x</a><a name=legacy></a>
      <img src=/b/i.png srcset="/b/i-1x.png 1x, /b/i-2x.png 2x" alt="a > b"/>
      <h2 id="61-what-you-need-to-know">h</h2><svg><use href="#icon"/></svg>
      <div style="background-image: url('/b/inline.png')"></div></body></html>`);
    expect(page.links).toEqual([
      '/b/bg.svg',
      '/b/a.css',
      'https://x.io/b/card.png',
      '/b/main.js',
      '/b/q/?a=1&b=2#sec',
      '/b/i.png',
      '/b/i-1x.png',
      '/b/i-2x.png',
      '#icon',
      '/b/inline.png',
    ]);
    expect(page.self).toEqual(['https://x.io/b/p/', 'https://x.io/b/p/']);
    expect(page.canonical).toBe('https://x.io/b/p/');
    expect(page.ids).toEqual(['legacy', '61-what-you-need-to-know']);
  });

  it('splits srcset candidates and skips data: and #fragment url()s', () => {
    expect(srcsetUrls('a.png 1x,b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(cssUrls('a{b:url(data:image/png;base64,xx);c:url(#f);d:url( "x.woff2" )}')).toEqual(['x.woff2']);
  });
});

describe('crawlSite', () => {
  const base = '/sub/';
  let dir: string;
  let server: Server;
  let origin: string;
  const page = (path: string, body: string) => {
    const file = join(dir, path);
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, `<!doctype html><html><head><link rel=canonical href="https://example.github.io/sub/${path.replace(/index\.html$/, '')}"></head><body>${body}</body></html>`);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crawl-'));
    page(
      'index.html',
      `<a href="/sub/good/">good</a> <a href="/sub/good/#there">anchor</a> <a href="/sub/good/#nowhere">bad anchor</a>
       <a href="/elsewhere/">outside the base</a> <a href="/sub/missing/">missing</a> <a href="/sub/good">no slash</a>
       <a href="https://example.github.io/sub/good/">absolute on SITE_URL</a> <a href="https://github.com/x">external</a>
       <link rel=stylesheet href="/sub/style.css"><img src="img.png">`,
    );
    page('good/index.html', '<h2 id="there">There</h2>');
    page('orphan/index.html', 'nobody links here');
    page('404.html', '<h1>Page Not Found</h1><img src="img.png">');
    writeFileSync(join(dir, 'style.css'), '.a{background:url(./fonts/missing.woff2)}');
    writeFileSync(join(dir, 'img.png'), 'png');
    writeFileSync(
      join(dir, 'sitemap.xml'),
      '<urlset><url><loc>https://example.github.io/sub/</loc></url><url><loc>https://example.github.io/sub/orphan/</loc></url><url><loc>https://example.github.io/good/</loc></url></urlset>',
    );
    server = await serveSite({dir, port: 0, base});
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it('reports each kind of broken link, and nothing else', async () => {
    const result = await crawlSite({origin, base, siteUrl: 'https://example.github.io'});
    // The orphan is checked (it is in the sitemap) but is not a page reached from home.
    expect(result.pages).toEqual(['/sub/', '/sub/good/']);
    expect(result.external).toBe(1);
    const problems = result.problems.map((problem) => problem.replace(/, linked from .*/, ''));
    expect(problems.sort()).toEqual(
      [
        '/sub/: link leaves the base path /sub/: /elsewhere/',
        '/sub/missing/: HTTP 404',
        '/sub/good: 301 redirect to /sub/good/ instead of 200',
        '/sub/fonts/missing.woff2: HTTP 404',
        '/sub/sitemap.xml: link leaves the base path /sub/: https://example.github.io/good/',
        '/sub/sitemap.xml: /sub/orphan/ is not reachable from the home page',
        // A relative src on the 404 page breaks at any depth.
        '/sub/this/page/does-not-exist/img.png: HTTP 404',
        '/sub/good/#nowhere: no element with that id',
      ].sort(),
    );
  });
});
