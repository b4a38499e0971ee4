// Wraps (does not eject) the search plugin's SearchBar, for two reasons.
//
// 1. Its code (with autocomplete glue, mark.js and the worker client, about
//    15 KB of gzip JavaScript) was in `main`, loaded by every page before the
//    reader had shown any interest in searching. Until then this renders the
//    plugin's box as it looks before its code runs (./SearchBox.tsx), and it
//    loads the plugin's component on the first focus, pointer or key press in
//    the box, on the search shortcut, or when the address asks for search
//    terms to be highlighted. The swap keeps what was typed and the focus
//    (./followTyping.ts).
// 2. When the box gets focus the plugin starts loading the search index, and
//    when it arrives it calls focus() on the box again (to undo the focus
//    autocomplete.js loses as it wraps the input). A reader who has tabbed on
//    by then is pulled back to the navbar (WCAG 3.2.1, On Focus). The plugin
//    has no option for it and ejecting its 400-line component would be worse,
//    so this guards that input's focus() (./guardFocus.ts).
import React, {useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import {useLocation} from '@docusaurus/router';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {matchesKeymap, parseKeymap} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap.js';
import {followTyping} from './followTyping';
import {guardFocus, trackGestures} from './guardFocus';
import SearchBox from './SearchBox';
import {searchShortcut} from './shortcut';
import styles from './styles.module.css';

type Props = WrapperProps<typeof SearchBarType>;

const loadSearchBar = () => import('@theme-original/SearchBar').then((module) => module.default);

/** What the reader had done in the stand-in box, to carry over to the plugin's. */
interface BoxState {
  value: string;
  focused: boolean;
}

/** Text on its way from the stand-in box to the plugin's. */
interface Carry {
  follow: ReturnType<typeof followTyping>;
  focused: boolean;
  stop: () => void;
}

/**
 * Types `value` into a box that React controls, as an input event React acts
 * on even when the box already shows `value`. React remembers the value it
 * last saw through the element's own `value` setter and ignores an input event
 * that brings no change from it; so tell it the box was empty (through that
 * setter), then set the text through the prototype's setter, which it does not
 * see. Both happen in one task: the reader never sees the box empty.
 */
function setInputValue(input: HTMLInputElement, value: string) {
  input.value = '';
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

export default function SearchBarWrapper(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLInputElement>(null);
  const requested = useRef(false);
  const carry = useRef<Carry | null>(null);
  const [PluginSearchBar, setPluginSearchBar] = useState<ComponentType<Props> | null>(null);
  const location = useLocation();

  const load = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    loadSearchBar().then((Component) => {
      const input = box.current;
      const state: BoxState | null = input && {
        value: input.value,
        focused: document.activeElement === input,
      };
      const pending: Carry | null = state && {follow: followTyping(state.value), focused: state.focused, stop: () => {}};
      carry.current = pending;
      // Swap in one synchronous step, so that no key press falls in between.
      flushSync(() => setPluginSearchBar(() => Component));
      const next = ref.current?.querySelector<HTMLInputElement>('input');
      if (!next || !pending) return;
      // Keep what is typed until the text is put back (see the effect below).
      const onInput = () => pending.follow.onValue(next.value);
      next.addEventListener('input', onInput);
      pending.stop = () => next.removeEventListener('input', onInput);
      if (pending.focused) {
        next.focus();
      } else {
        // The reader pointed at or passed through the box: start loading the
        // index, as the plugin itself does when the pointer enters its box.
        next.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
      }
    }, (error: unknown) => {
      requested.current = false;
      console.error('The search box could not load:', error);
    });
  }, []);

  // Focused or typed in before the page's code had run (on a slow phone, or
  // right after a reload): no event will say so any more, so look once.
  useEffect(() => {
    const input = box.current;
    if (input && (document.activeElement === input || input.value)) load();
  }, [load]);

  // Arriving from a search result with terms to highlight: the plugin marks them.
  useEffect(() => {
    if (new URLSearchParams(location.search).has('_highlight')) load();
  }, [location.search, load]);

  // The shortcut works before the plugin's code has loaded, as after.
  useEffect(() => {
    if (PluginSearchBar) return undefined;
    const keymap = parseKeymap(searchShortcut);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, keymap)) return;
      event.preventDefault();
      box.current?.focus();
      load();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [PluginSearchBar, load]);

  useEffect(() => {
    const input = PluginSearchBar && ref.current?.querySelector<HTMLInputElement>('input');
    if (!input) return undefined;
    const gestures = trackGestures();
    const undo = guardFocus(input, gestures.inGesture);
    // The plugin's own effects (which run before this one) set a timer that
    // resets its box: a React state update, which React renders whenever it
    // gets to it (on a busy machine, after the reader's next key or two).
    // This timer, set later with the same delay, fires after the plugin's, so
    // the text put back here is queued after the reset and React applies the
    // two in that order. It cannot tell from the box whether the reset is still
    // to come (the box shows the typed text until React renders), so it always
    // puts the text back when there is any.
    const pending = carry.current;
    const timer = pending
      ? window.setTimeout(() => {
          pending.stop();
          carry.current = null;
          const {text} = pending.follow;
          if (text) {
            setInputValue(input, text);
            if (pending.focused) input.setSelectionRange(text.length, text.length);
          }
        })
      : undefined;
    return () => {
      window.clearTimeout(timer);
      undo();
      gestures.stop();
    };
  }, [PluginSearchBar]);

  return (
    <div ref={ref} className={styles.contents}>
      {PluginSearchBar ? <PluginSearchBar {...props} /> : <SearchBox ref={box} onIntent={load} />}
    </div>
  );
}
