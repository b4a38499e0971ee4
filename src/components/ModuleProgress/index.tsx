import React, {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHydrated, useProgress} from './store';
import {useQuizRecord} from '../Quiz/storage';
import styles from './styles.module.css';

export interface ModuleProgressProps {
  /** The module's number: "6". */
  module: string;
  /** Its sections, "6.1 6.2 ..." (as the remark plugin writes it) or a list. */
  sections: string | string[];
}

/**
 * "N of 8 done" with a meter and a reset button, at the top of a module.
 * `src/remark/moduleProgress.ts` places it; `<SectionDone>` ticks sections.
 * Before JavaScript runs it reads "0 of N done" and the button is disabled.
 */
export default function ModuleProgress({module: moduleNumber, sections}: ModuleProgressProps): ReactNode {
  const list = (Array.isArray(sections) ? sections : sections.split(/[\s,]+/)).filter(Boolean);
  const {done, reset: resetSections} = useProgress(moduleNumber);
  // The module's self-check quiz result sits beside the sections done, and goes with them on reset.
  const quiz = useQuizRecord(moduleNumber);
  const reset = () => {
    resetSections();
    quiz.clear();
  };
  const hydrated = useHydrated();
  const labelId = useId();
  const count = list.filter((section) => done.has(section)).length;
  const total = list.length;

  return (
    <div className={styles.moduleProgress} data-print="hide" data-progress="module">
      <span className={styles.label} id={labelId}>
        Your progress
      </span>
      <div
        role="progressbar"
        className={styles.meter}
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={count}
        aria-valuetext={`${count} of ${total} sections done`}>
        {/* One segment per section, so the meter also shows which are done. */}
        {list.map((section) => (
          <span key={section} className={clsx(styles.segment, done.has(section) && styles.segmentDone)} />
        ))}
      </div>
      <span className={styles.count} aria-live="polite">
        {count} of {total} done
      </span>
      {quiz.record && (
        <span className={styles.count} data-progress="quiz">
          Quiz: {quiz.record.last.correct} of {quiz.record.last.total}
        </span>
      )}
      <button
        type="button"
        className="button button--sm button--secondary"
        onClick={reset}
        disabled={!hydrated}>
        Reset progress
      </button>
      <span className={styles.note}>Saved in this browser only: no account, nothing sent anywhere.</span>
    </div>
  );
}
