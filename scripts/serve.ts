/**
 * Serves a built site the way GitHub Pages does: under its base path, gzip
 * for text, a redirect from `/dir` to `/dir/`, and the site's 404.html for
 * anything unknown. Used by the end-to-end tests, the crawl and the benchmark.
 *
 *   tsx scripts/serve.ts [--dir build] [--port 3000] [--base /]
 */
import {createServer, type RequestListener, type Server} from 'node:http';
import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {gzipSync} from 'node:zlib';
import {parseArgs} from 'node:util';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/**
 * Each file's gzip body, made on its first request and kept while the file's
 * size and modification time stay the same. GitHub Pages' CDN compresses a
 * file once too; compressing on every request put about 8 ms of CPU (main.js,
 * 340 KB) on this machine's two cores in the middle of every page load that
 * the benchmark's Lighthouse runs and the browser tests time.
 */
const gzipped = new Map<string, {mtimeMs: number; size: number; body: Buffer}>();

function gzipOf(file: string): Buffer {
  const {mtimeMs, size} = statSync(file);
  const cached = gzipped.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, {mtimeMs, size, body});
  return body;
}

export interface ServeOptions {
  dir: string;
  port: number;
  base: string;
  host?: string;
}

export function normalizeBase(base: string): string {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** The request handler of `serveSite`, for a server that also answers other paths (the engine tests' tour page). */
export function siteHandler({dir, base}: Pick<ServeOptions, 'dir' | 'base'>): RequestListener {
  const root = resolve(dir);
  const basePath = normalizeBase(base);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${dir}/index.html not found: build the site first (npm run build).`);
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, file: string) => {
      const type = types[extname(file)] ?? 'application/octet-stream';
      const gzip = compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
      res.statusCode = status;
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', 'max-age=600');
      if (gzip) {
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
      }
      if (req.method === 'HEAD') return res.end();
      if (gzip) res.end(gzipOf(file));
      else createReadStream(file).pipe(res);
    };
    const notFound = () => send(404, join(root, '404.html'));

    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (`${pathname}/` === basePath) {
      res.writeHead(301, {Location: basePath + url.search});
      return res.end();
    }
    if (!pathname.startsWith(basePath)) return notFound();
    const relative = normalize(pathname.slice(basePath.length));
    const file = join(root, relative);
    if (file !== root && !file.startsWith(root + sep)) return notFound();

    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, {Location: `${url.pathname}/${url.search}`});
        return res.end();
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    if (existsSync(file)) return send(200, file);
    // GitHub Pages also answers /page with /page.html.
    if (existsSync(`${file}.html`)) return send(200, `${file}.html`);
    return notFound();
  };
}

export function serveSite({dir, port, base, host = '127.0.0.1'}: ServeOptions): Promise<Server> {
  const server = createServer(siteHandler({dir, base}));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

// Run as a command (not imported, as by the browser tests, which load it as CommonJS).
if (/[\\/]scripts[\\/]serve\.ts$/.test(process.argv[1] ?? '')) {
  const {values} = parseArgs({
    options: {
      dir: {type: 'string', default: 'build'},
      port: {type: 'string', default: process.env.PORT ?? '3000'},
      base: {type: 'string', default: process.env.BASE_URL ?? '/'},
    },
  });
  const port = Number(values.port);
  serveSite({dir: values.dir!, port, base: values.base!}).then(
    () => console.log(`Serving ${values.dir} at http://127.0.0.1:${port}${normalizeBase(values.base!)}`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
