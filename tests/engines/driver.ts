/**
 * The little a journey needs from a browser, implemented once per way of
 * driving one: `firefox.ts` (puppeteer-core over WebDriver BiDi) and
 * `webkit.ts` (webdriverio over classic WebDriver). Journeys (`journeys.ts`)
 * are written against this only, so each one runs in every engine.
 */

export type Engine = 'firefox' | 'webkit';

/** A page visited by `visitEach`: did React hydrate it, and what went wrong while it loaded. */
export interface Visit {
  url: string;
  hydrated: boolean;
  problems: string[];
}

export interface Driver {
  readonly engine: Engine;
  /** Browser and version as the browser itself reports them ("Firefox 153.7.0esr"). */
  readonly version: string;
  /** Opens a URL and returns once it has loaded. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** A real pointer click on the first element matching the CSS selector. */
  click(selector: string): Promise<void>;
  /** Presses a key in whatever has focus. */
  press(key: 'Enter' | 'Escape' | 'Tab'): Promise<void>;
  /** Types text, key by key, into whatever has focus. */
  type(text: string): Promise<void>;
  /**
   * Runs a function in the page and returns its (JSON) result. The function
   * is sent as source, so it may use only its arguments and the page's globals.
   */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>>;
  /** Writes a PNG of the viewport. */
  screenshot(file: string): Promise<void>;
  /**
   * What went wrong since the last call: uncaught errors, unhandled
   * rejections, CSP violations, resources that failed to load, requests to
   * other origins; and, where the engine reports them, console errors and
   * failed requests.
   */
  takeProblems(): Promise<string[]>;
  /**
   * Loads each page from its start (so nothing that happens while it loads
   * goes unseen, as far as the engine lets a test see) and waits for it to
   * hydrate.
   */
  visitEach(urls: string[]): Promise<Visit[]>;
  close(): Promise<void>;
}

/**
 * Source of an expression that calls `fn` with `args`. tsx (esbuild) wraps
 * named functions in `__name(...)`, which the page does not have: it gets a
 * no-op one.
 */
export function callSource(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `((__name) => (${fn.toString()})(...${JSON.stringify(args)}))((f) => f)`;
}

declare global {
  interface Window {
    __engineProblems?: string[];
    __engineResourcesSeen?: number;
  }
}

/**
 * Records, in the page, what would tell a reader it is broken. Firefox gets it
 * before any of the page's scripts run (an init script); classic WebDriver has
 * no init scripts, so WebKit gets it once each page has loaded, and the tour
 * (webkit.ts) covers what happens while pages load.
 */
export function collectProblems() {
  if (window.__engineProblems) return;
  const problems: string[] = [];
  window.__engineProblems = problems;
  window.__engineResourcesSeen = 0;
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target as (Element & {src?: string; href?: string}) | null;
      // nodeType, not instanceof Element, which is false for an element of
      // another realm: such a failed load would read as an "undefined" error.
      if (target && target !== (window as unknown) && (target as Node).nodeType === Node.ELEMENT_NODE) {
        problems.push(`failed to load: <${target.localName}> ${target.src || target.href || ''}`);
      } else {
        problems.push(`uncaught: ${event.message} at ${event.filename}:${event.lineno}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      problems.push(
        `CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    true,
  );
}

/** Returns and clears what `collectProblems` recorded, plus requests to other origins (from resource timing). */
export function drainProblems(): string[] {
  const problems = window.__engineProblems ?? [];
  const taken = problems.splice(0);
  const entries = performance.getEntriesByType('resource');
  for (const entry of entries.slice(window.__engineResourcesSeen ?? 0)) {
    const url = entry.name;
    if (!url.startsWith(location.origin) && !/^(data|blob):/.test(url)) taken.push(`third-party request: ${url}`);
  }
  window.__engineResourcesSeen = entries.length;
  return taken;
}

/** Polls `fn` in the page until it returns something truthy; fails naming `what` and the last value. */
export async function waitFor<T, A extends unknown[]>(
  driver: Driver,
  what: string,
  fn: (...args: A) => T | Promise<T>,
  args: A,
  timeoutMs = 20_000,
): Promise<Awaited<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await driver.evaluate(fn, ...args);
      if (last) return last as Awaited<T>;
    } catch (error) {
      // A navigation in progress destroys the context being evaluated in.
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${driver.engine}: timed out after ${timeoutMs / 1000} s waiting until ${what} (last: ${JSON.stringify(last)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits (up to 20 s) for Docusaurus to mark the page hydrated; false if it never does. */
export async function hydrated(driver: Driver): Promise<boolean> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await driver.evaluate(() => document.documentElement.dataset.hasHydrated === 'true').catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
