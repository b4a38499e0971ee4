// Docusaurus' useIsBrowser reads a context its app provides once it has
// hydrated; outside the app (a unit test's server render) there is none, so
// it is false, as on the server. This is that, for Vite (see vitest.config.ts).
import {createContext, useContext} from 'react';

const BrowserContext = createContext(false);

export default function useIsBrowser(): boolean {
  return useContext(BrowserContext);
}
