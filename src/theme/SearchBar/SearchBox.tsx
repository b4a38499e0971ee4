import React, {forwardRef, type ReactNode} from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
// The plugin's own stylesheet and shortcut hints, so that this box is the
// plugin's box, pixel for pixel, until the plugin's code replaces it.
import pluginStyles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import {getKeymapHints} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap.js';
import {isMacPlatform} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform.js';
import {searchShortcut} from './shortcut';

interface Props {
  /** Called on the first sign that the reader wants to search. */
  onIntent: () => void;
}

/**
 * The search plugin's input as it renders before its code has run: the same
 * markup, classes, label and shortcut hint. Focusing it, pointing at it or
 * typing in it asks for the plugin (onIntent).
 */
const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({onIntent}, ref): ReactNode {
  const isBrowser = useIsBrowser();
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
  return (
    <div className={clsx('navbar__search', pluginStyles.searchBarContainer)} dir="ltr">
      <svg aria-hidden="true" className={pluginStyles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={ref}
        placeholder={label}
        aria-label={label}
        className={`navbar__search-input ${pluginStyles.searchInput}`}
        defaultValue=""
        onFocus={onIntent}
        onPointerEnter={onIntent}
        onPointerDown={onIntent}
        onKeyDown={onIntent}
      />
      {isBrowser && (
        <div className={pluginStyles.searchHintContainer}>
          {getKeymapHints(searchShortcut, isMacPlatform()).map((hint) => (
            <kbd key={hint} className={pluginStyles.searchHint}>
              {hint}
            </kbd>
          ))}
        </div>
      )}
    </div>
  );
});

export default SearchBox;
