import React from 'react';
import {readFileSync} from 'node:fs';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {afterHydrationAliases, replaced} from '.';
import {useWindowSize} from './useWindowSize';

/** The names a module exports, read from its source. */
const exportedNames = (source: string) =>
  [...source.matchAll(/^export (?:declare )?(?:const|function|class|type|interface) (\w+)/gm)].map((m) => m[1]).sort();

describe('afterHydration', () => {
  const aliases = afterHydrationAliases();

  it("points each of Docusaurus's files, as installed, at ours", () => {
    for (const {theirs, ours} of replaced) {
      const installed = Object.keys(aliases).find((path) => path.endsWith(theirs.replace('@docusaurus/', '/')));
      expect(installed, theirs).toBeDefined();
      expect(aliases[installed!]).toMatch(new RegExp(`/afterHydration/${ours.slice(2).replace('.', '\\.')}$`));
      // The bundler may ask for the file without its extension.
      expect(aliases[installed!.replace(/\.js$/, '')]).toBe(aliases[installed!]);
    }
  });

  it('exports every name the replaced file exports, so an upgrade that adds one fails here', () => {
    for (const {theirs, ours} of replaced) {
      const installed = Object.keys(aliases).find((path) => path.endsWith(theirs.replace('@docusaurus/', '/')))!;
      const typings = readFileSync(installed.replace(/\.js$/, '.d.ts'), 'utf8');
      const mine = readFileSync(new URL(ours, import.meta.url), 'utf8');
      expect(exportedNames(typings).length, theirs).toBeGreaterThan(0);
      const missing = exportedNames(typings).filter((name) => !exportedNames(mine).includes(name));
      expect(missing, `${ours} lacks what ${theirs} exports`).toEqual([]);
    }
  });

  it('stops the build with what to do when Docusaurus has moved a file', () => {
    expect(() => afterHydrationAliases([{theirs: '@docusaurus/theme-common/lib/hooks/moved.js', ours: './useWindowSize.ts'}])).toThrow(
      /src\/plugins\/afterHydration: @docusaurus\/theme-common\/lib\/hooks\/moved\.js is not installed\. .*update `replaced` in src\/plugins\/afterHydration\/index\.ts/,
    );
  });

  it('says "ssr" on the server, as theirs does, so hydration matches the HTML', () => {
    function Probe() {
      return <p>{useWindowSize()}</p>;
    }
    expect(renderToStaticMarkup(<Probe />)).toBe('<p>ssr</p>');
  });
});
