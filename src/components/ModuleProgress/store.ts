import {useCallback, useMemo} from 'react';
import {useStorageSlot} from '@docusaurus/theme-common';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {parseStoredObject} from '@site/src/storage/storedObject';

/**
 * Reading progress, kept in this browser's storage only (Docusaurus' storage
 * slots, localStorage by default): no account, no server. One entry per
 * module, `progress:module-6` → `{"6.1":true,"6.3":true}`, keyed by the
 * module's number so moving or renaming the page keeps it.
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
  const data = parseStoredObject(raw);
  if (!data) return done;
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

export interface Progress {
  done: ReadonlySet<string>;
  setDone: (section: string, isDone: boolean) => void;
  reset: () => void;
}

/**
 * The module's progress, on Docusaurus' storage slot: it follows changes made
 * here and in other tabs, and is empty on the server and while hydrating, so
 * the HTML matches.
 */
export function useProgress(moduleNumber: string): Progress {
  const [raw, slot] = useStorageSlot(storageKey(moduleNumber));
  const done = useMemo(() => parseProgress(raw, moduleNumber), [raw, moduleNumber]);
  const setDone = useCallback(
    (section: string, isDone: boolean) => {
      // From storage, not from the render: another tab may have changed it.
      const next = parseProgress(slot.get(), moduleNumber);
      if (isDone) next.add(section);
      else next.delete(section);
      const value = serializeProgress(next);
      if (value === null) slot.del();
      else slot.set(value);
    },
    [slot, moduleNumber],
  );
  const reset = useCallback(() => slot.del(), [slot]);
  return {done, setDone, reset};
}

/** False on the server and while hydrating, true once the page is interactive. */
export const useHydrated = useIsBrowser;
