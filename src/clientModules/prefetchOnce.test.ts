import {describe, expect, test, vi} from 'vitest';
import type {LoadScript} from './chunkScriptLoader';

// The module patches the bundler's runtime when imported: give it one.
const runtime = vi.hoisted(() => {
  const loads: string[] = [];
  const value: {gca: (name: string) => string; l: LoadScript; loads: string[]} = {
    gca: (name) => `/assets/js/${name}.js`,
    l: (url) => void loads.push(url),
    loads,
  };
  (globalThis as {__webpack_require__?: unknown}).__webpack_require__ = value;
  return value;
});

const {prefetchEachChunkOnce} = await import('./prefetchOnce');

describe('prefetchOnce', () => {
  test('gives a chunk URL to prefetch the first time only', () => {
    expect(runtime.gca('layout')).toBe('/assets/js/layout.js');
    expect(runtime.gca('layout')).toBe('');
    expect(runtime.gca('other')).toBe('/assets/js/other.js');
  });

  test('gives none for a file the page has loaded, and still loads it', () => {
    const done = () => {};
    runtime.l('/assets/js/page.js', done, undefined, 'page');
    expect(runtime.loads).toEqual(['/assets/js/page.js']);
    expect(runtime.gca('page')).toBe('');
  });

  test('leaves a runtime without both helpers (the server bundle) as it is', () => {
    const server: {l?: LoadScript} = {l: () => {}};
    const before = server.l;
    prefetchEachChunkOnce(server);
    expect(server.l).toBe(before);
    expect(server).not.toHaveProperty('gca');
  });
});
