/**
 * Adds each chunk's `<script>` in a task of its own, just after the code
 * that asked for it, instead of in the middle of that code.
 *
 * Why: Docusaurus loads a page's components before hydrating it, so main.js
 * asks for the page's chunks while it is still being evaluated, and the
 * bundler's script loader inserts a `<script>` for each one there and then
 * (11 on the module page). Each insertion starts a download, and in
 * Chromium that held the main thread about 1.5 ms, mostly waiting rather
 * than computing, all of it inside main.js's one long task. On the module
 * page, cold browser, medians of 8 loads: that task took 64 ms of wall time
 * (27 ms of CPU) before, 48 ms (22 ms) after. Lighthouse mobile, medians of
 * 10 runs: TBT 135 -> 88 ms. The downloads start one task later, and the
 * page hydrates no later (2.11 s before, 2.11 s after, under slow-4G and 4x
 * CPU throttling).
 *
 * The loader is the runtime's `__webpack_require__.l` (webpack's and
 * Rspack's "load script"), which every lazily loaded chunk goes through.
 * The server bundle has none, and there this module does nothing.
 */

/** The runtime's script loader: adds a `<script src=url>`, calls `done` when it loads or fails. */
export type LoadScript = (url: string, done: (event?: Event) => void, key?: string, chunkId?: string | number) => void;

/** Makes `runtime.l` add each script in a task of its own, in the order asked. */
export function loadScriptsInOwnTasks(runtime: {l?: LoadScript}): void {
  const load = runtime.l;
  if (typeof load !== 'function') return;
  runtime.l = (...args) => {
    setTimeout(() => load(...args), 0);
  };
}

declare const __webpack_require__: {l?: LoadScript};

loadScriptsInOwnTasks(__webpack_require__);
