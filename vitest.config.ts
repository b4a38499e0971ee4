import {defineConfig, type Plugin} from 'vitest/config';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/**
 * Docusaurus turns an imported SVG into a React component (SVGR). Tests do the
 * same, minimally: the real file's markup, with the caller's props on <svg>.
 */
function svgAsComponent(): Plugin {
  return {
    name: 'svg-as-component',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.svg')) return null;
      const source = readFileSync(id, 'utf8');
      const match = /<svg([^>]*)>([\s\S]*)<\/svg>\s*$/.exec(source);
      if (!match) throw new Error(`${id}: not an SVG document`);
      const viewBox = /viewBox="([^"]+)"/.exec(match[1])?.[1];
      return `import {createElement} from 'react';
export default function Svg(props) {
  return createElement('svg', {xmlns: 'http://www.w3.org/2000/svg', viewBox: ${JSON.stringify(viewBox)}, 'data-file': ${JSON.stringify(id.split('/').pop())}, ...props, dangerouslySetInnerHTML: {__html: ${JSON.stringify(match[2])}}});
}`;
    },
  };
}

// Unit, component and content-check tests. Browser tests live in tests/e2e
// and run under Playwright against the built site.
export default defineConfig({
  plugins: [svgAsComponent()],
  resolve: {
    alias: [
      {find: '@site', replacement: fileURLToPath(new URL('.', import.meta.url))},
      // Docusaurus' client aliases, resolved as a build resolves them.
      {find: '@generated/site-storage', replacement: fileURLToPath(new URL('./tests/support/site-storage.ts', import.meta.url))},
      // (Docusaurus' own useIsBrowser is JSX in a .js file, which Vite will not load.)
      {find: '@docusaurus/useIsBrowser', replacement: fileURLToPath(new URL('./tests/support/useIsBrowser.ts', import.meta.url))},
      // The theme's index pulls in the whole client runtime; the components
      // under unit test use only its storage slots, the real ones.
      {find: /^@docusaurus\/theme-common$/, replacement: fileURLToPath(new URL('./node_modules/@docusaurus/theme-common/lib/utils/storageUtils.js', import.meta.url))},
    ],
  },
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    // The theme's storage slots import @generated/site-storage: let Vite resolve it.
    server: {deps: {inline: [/@docusaurus\/theme-common/]}},
    environment: 'node',
    // Assert on the class names the components write, not on hashed ones.
    css: {include: /\.module\.css$/, modules: {classNameStrategy: 'non-scoped'}},
  },
});
