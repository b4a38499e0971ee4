import {mkdtempSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {request, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gunzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveSite} from './serve';

describe('serveSite', () => {
  let dir: string;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
    server = await serveSite({dir, port: 0, base: '/site/'});
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, {recursive: true, force: true});
  });

  // Raw bytes, as the server sent them: fetch() would decompress.
  const get = (path: string) => {
    return new Promise<{status: number; headers: Record<string, unknown>; body: Buffer}>((resolve, reject) => {
      request(`${origin}${path}`, {headers: {'accept-encoding': 'gzip'}}, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks)}));
      })
        .on('error', reject)
        .end();
    });
  };

  it('sends text gzipped, with its length, and the new text once the file changes', async () => {
    const file = join(dir, 'main.js');
    writeFileSync(file, 'console.log("first");');
    const first = await get('/site/main.js');
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(Number(first.headers['content-length'])).toBe(first.body.length);
    expect(gunzipSync(first.body).toString()).toBe('console.log("first");');
    expect(gunzipSync((await get('/site/main.js')).body).toString()).toBe('console.log("first");');

    // Same size, later modification time: the kept body must not be served.
    writeFileSync(file, 'console.log("again");');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(gunzipSync((await get('/site/main.js')).body).toString()).toBe('console.log("again");');
  });

  it('answers an unknown path with the 404 page, and a path outside the base too', async () => {
    for (const path of ['/site/missing/', '/elsewhere/']) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(gunzipSync(res.body).toString()).toContain('not found');
    }
  });
});
