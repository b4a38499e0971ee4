import React, {type ReactNode} from 'react';
import {moduleOf, useHydrated, useProgress} from '../ModuleProgress/store';
import styles from './styles.module.css';

export interface SectionDoneProps {
  /** The section's number: "6.3". */
  section: string;
}

/**
 * "Mark 6.3 as done", under a section's heading (placed by
 * `src/remark/moduleProgress.ts`). A native checkbox: Tab reaches it, Space
 * toggles it. Disabled until the page is interactive, when it would do nothing.
 */
export default function SectionDone({section}: SectionDoneProps): ReactNode {
  const {done, setDone} = useProgress(moduleOf(section));
  const hydrated = useHydrated();
  return (
    <div className={styles.sectionDone} data-print="hide" data-progress="section">
      <label className={styles.label}>
        <input
          type="checkbox"
          className={styles.checkbox}
          checked={done.has(section)}
          disabled={!hydrated}
          onChange={(event) => setDone(section, event.target.checked)}
        />
        Mark {section} as done
      </label>
    </div>
  );
}
