// Wraps (does not eject) the search plugin's SearchBar to stop it stealing
// keyboard focus. When the box gets focus it starts loading the search code
// and index, and when they arrive it calls focus() on the box again (to undo
// the focus autocomplete.js loses as it wraps the input). A reader who has
// tabbed on by then is pulled back to the navbar (WCAG 3.2.1, On Focus). The
// plugin has no option for it and ejecting its 400-line component would be
// worse, so this guards that input's focus() (./guardFocus.ts).
import React, {useEffect, useRef, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {guardFocus, trackGestures} from './guardFocus';
import styles from './styles.module.css';

type Props = WrapperProps<typeof SearchBarType>;

export default function SearchBarWrapper(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const input = ref.current?.querySelector<HTMLInputElement>('input');
    if (!input) return undefined;
    const gestures = trackGestures();
    const undo = guardFocus(input, gestures.inGesture);
    return () => {
      undo();
      gestures.stop();
    };
  }, []);
  return (
    <div ref={ref} className={styles.contents}>
      <SearchBar {...props} />
    </div>
  );
}
