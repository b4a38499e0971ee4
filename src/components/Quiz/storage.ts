import {useCallback, useMemo} from 'react';
import {createStorageSlot, useStorageSlot} from '@docusaurus/theme-common';
import {parseStoredObject} from '@site/src/storage/storedObject';
import type {QuizResult} from './score';

/**
 * The quiz's last and best result, kept in this browser like reading
 * progress: one entry per module, `quiz:module-6` ->
 * `{"last":{"correct":14,"total":20},"best":{"correct":18,"total":20}}`,
 * keyed by the module number so it is derivable anywhere (the progress meter
 * shows it; its reset clears it). Through Docusaurus' storage slots, which
 * fail safe when storage is blocked and notify every reader of a change.
 * Nothing is sent anywhere.
 */
export const quizStorageKey = (moduleNumber: string): string => `quiz:module-${moduleNumber}`;

export interface QuizRecord {
  last: QuizResult;
  best: QuizResult;
}

function asResult(value: unknown): QuizResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const {correct, total} = value as Record<string, unknown>;
  if (!Number.isInteger(correct) || !Number.isInteger(total)) return null;
  if ((total as number) < 1 || (correct as number) < 0 || (correct as number) > (total as number)) return null;
  return {correct: correct as number, total: total as number};
}

/** What is stored is untrusted (another version, a hand edit): anything malformed reads as no result. */
export function parseQuizRecord(raw: string | null): QuizRecord | null {
  const data = parseStoredObject(raw);
  const last = asResult(data?.last);
  const best = asResult(data?.best);
  return last && best ? {last, best} : null;
}

const share = (r: QuizResult) => r.correct / r.total;

/** The record after one more attempt: the best is the higher share right (the newer one on a tie). */
export function withResult(previous: QuizRecord | null, result: QuizResult): QuizRecord {
  const best = previous && share(previous.best) > share(result) ? previous.best : result;
  return {last: result, best};
}

export interface StoredQuiz {
  record: QuizRecord | null;
  save: (result: QuizResult) => void;
  clear: () => void;
}

/** The module's stored result. Null on the server and while hydrating, so the HTML matches. */
export function useQuizRecord(moduleNumber: string): StoredQuiz {
  const [raw, slot] = useStorageSlot(quizStorageKey(moduleNumber));
  const record = useMemo(() => parseQuizRecord(raw), [raw]);
  const save = useCallback(
    // From storage, not from the render: another tab may have changed it.
    (result: QuizResult) => slot.set(JSON.stringify(withResult(parseQuizRecord(slot.get()), result))),
    [slot],
  );
  const clear = useCallback(() => slot.del(), [slot]);
  return {record, save, clear};
}

/** For the module's progress reset: forgets the quiz result too. Call only in the browser (an event handler). */
export function clearQuizRecord(moduleNumber: string): void {
  createStorageSlot(quizStorageKey(moduleNumber)).del();
}
