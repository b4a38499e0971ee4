import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {Socket} from 'node:net';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {normaliseBase, siteHandler} from '../../scripts/serve';

/** Where the suite's own pages are served, beside the site, on its origin. */
export const suitePath = '/__engines__/';

/**
 * A page whose policy blocks its own inline script. The pages journey visits
 * it first and must see the violation: if an engine's way of collecting
 * problems goes blind, the suite fails instead of passing silently.
 */
export const canaryPath = `${suitePath}canary.html`;
const canaryPage = `<!doctype html>
<html lang="en" data-has-hydrated="true"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'none'"><title>Canary</title>
<link rel="icon" href="data:,"></head>
<body><script>document.title = 'not blocked';</script></body></html>
`;

/**
 * One built site served as GitHub Pages would (scripts/serve.ts), on its own
 * port so that each base is its own origin (storage, service worker). It
 * records every answer of 400 or more, which is how a failed request shows in
 * an engine that reports no network events, and it can be stopped and started
 * again: stopping it is how the offline journey takes the network away, the
 * same way for every engine.
 */
export class SiteServer {
  readonly base: string;
  readonly origin: string;
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private failures: string[] = [];

  constructor(
    readonly dir: string,
    base: string,
    readonly port: number,
    /** The suite's own pages, by name, served under `suitePath`. */
    private readonly suitePages: Record<string, string> = {},
  ) {
    this.base = normaliseBase(base);
    this.origin = `http://127.0.0.1:${port}`;
  }

  /** A site path ("foundations/module-06/") as a full URL under the base. */
  url(path = ''): string {
    return `${this.origin}${this.base}${path.replace(/^\//, '')}`;
  }

  /** Every page the build publishes, from its sitemap, as URLs on this server. */
  pages(): string[] {
    const xml = readFileSync(join(this.dir, 'sitemap.xml'), 'utf8');
    const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => `${this.origin}${new URL(m[1]).pathname}`);
    if (pages.length === 0) throw new Error(`${this.dir}/sitemap.xml lists no pages`);
    return pages;
  }

  async start(): Promise<void> {
    const site = siteHandler({dir: this.dir, base: this.base});
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', this.origin).pathname;
      res.on('finish', () => {
        if (res.statusCode >= 400) this.failures.push(`HTTP ${res.statusCode}: ${req.method} ${path}`);
      });
      const own = path === canaryPath ? canaryPage : path.startsWith(suitePath) ? this.suitePages[path.slice(suitePath.length)] : undefined;
      if (own !== undefined) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        return res.end(own);
      }
      return site(req, res);
    });
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.server = server;
  }

  /** Stops answering at all: open keep-alive connections are cut too. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** The answers of 400 or more since the last call ("HTTP 404: GET /path"). */
  takeFailures(): string[] {
    const taken = this.failures;
    this.failures = [];
    return taken;
  }
}
