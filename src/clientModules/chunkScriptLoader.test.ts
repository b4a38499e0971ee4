import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';

// The module patches the bundler's runtime when imported: give it one.
const runtime = vi.hoisted(() => {
  const calls: unknown[][] = [];
  const value = {l: (...args: unknown[]) => void calls.push(args), calls};
  (globalThis as {__webpack_require__?: unknown}).__webpack_require__ = value;
  return value;
});

const {loadScriptsInOwnTasks} = await import('./chunkScriptLoader');

describe('chunkScriptLoader', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    runtime.calls.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  test('adds no script while the code that asks runs, then each in the order asked, with its arguments', () => {
    const done = () => {};
    runtime.l('/assets/js/a.js', done, 'key', 1);
    runtime.l('/assets/js/b.js', done, undefined, 2);
    expect(runtime.calls).toEqual([]);
    // One task each: a timer per script.
    expect(vi.getTimerCount()).toBe(2);
    vi.runOnlyPendingTimers();
    expect(runtime.calls).toEqual([
      ['/assets/js/a.js', done, 'key', 1],
      ['/assets/js/b.js', done, undefined, 2],
    ]);
  });

  test('leaves a runtime without a script loader (the server bundle) as it is', () => {
    const server: {l?: () => void} = {};
    loadScriptsInOwnTasks(server);
    expect(server).toEqual({});
  });
});
