import {createContext} from 'react';

/**
 * True inside a page that renders its content straight into the Layout,
 * without a <main> (the search plugin's results page). The Layout wrapper
 * then adds one, so the page has its main landmark like every other.
 */
export const NeedsMain = createContext(false);
