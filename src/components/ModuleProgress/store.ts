import {useCallback, useMemo, useSyncExternalStore} from 'react';

/**
 * Reading progress, kept in this browser's localStorage only: no account, no
 * server. One entry per module, `progress:module-6` → `{"6.1":true,"6.3":true}`,
 * keyed by the module's number so moving or renaming the page keeps it.
 */
export const storageKey = (moduleNumber: string): string => `progress:module-${moduleNumber}`;

/** "6" for "6.3". */
export const moduleOf = (section: string): string => section.split('.')[0];

/**
 * The sections stored as done. What is stored is untrusted (another script,
 * an older version, a hand edit): anything but a JSON object is ignored, and
 * so is every entry that is not one of this module's sections set to `true`.
 */
export function parseProgress(raw: string | null, moduleNumber: string): Set<string> {
  const done = new Set<string>();
  if (!raw) return done;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return done;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return done;
  const ours = new RegExp(`^${moduleNumber.replace(/\D/g, '')}\\.\\d+$`);
  for (const [section, value] of Object.entries(data)) {
    if (value === true && ours.test(section)) done.add(section);
  }
  return done;
}

export function serializeProgress(done: Iterable<string>): string | null {
  const sections = [...done].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));
  return sections.length ? JSON.stringify(Object.fromEntries(sections.map((s) => [s, true]))) : null;
}

// When storage is unavailable (blocked cookies, a full quota), progress still
// works for the visit, from memory.
const memory = new Map<string, string | null>();
const listeners = new Set<() => void>();

function read(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the site changed it.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export interface Progress {
  done: ReadonlySet<string>;
  setDone: (section: string, isDone: boolean) => void;
  reset: () => void;
}

/** The module's progress. Nothing is done on the server and while hydrating, so the HTML matches. */
export function useProgress(moduleNumber: string): Progress {
  const key = storageKey(moduleNumber);
  const raw = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const done = useMemo(() => parseProgress(raw, moduleNumber), [raw, moduleNumber]);
  const setDone = useCallback(
    (section: string, isDone: boolean) => {
      // From storage, not from the render: another tab may have changed it.
      const next = parseProgress(read(key), moduleNumber);
      if (isDone) next.add(section);
      else next.delete(section);
      write(key, serializeProgress(next));
    },
    [key, moduleNumber],
  );
  const reset = useCallback(() => write(key, null), [key]);
  return {done, setDone, reset};
}

const noSubscription = () => () => {};

/** False on the server and while hydrating, true once the page is interactive. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
