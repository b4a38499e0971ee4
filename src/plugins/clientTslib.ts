import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * Docusaurus's client calls `applyTrailingSlash` from @docusaurus/utils-common,
 * whose CommonJS build requires all of tslib (~3.8 KB of gzip JavaScript in
 * `main`, on every page) for one helper, `__importDefault`. A CommonJS require
 * cannot be tree-shaken, so for that one file tslib resolves to a module with
 * just that helper (./importDefaultOnly.js). Should utils-common start calling
 * another helper, it would be undefined there and every page would fail to
 * start: the browser tests would catch it at once.
 */
export default function clientTslib(): Plugin {
  const utilsCommon = require.resolve('@docusaurus/utils-common');
  const shim = fileURLToPath(new URL('./importDefaultOnly.js', import.meta.url));
  return {
    name: 'client-tslib',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {module: {rules: [{test: utilsCommon, resolve: {alias: {tslib$: shim}}}]}};
    },
  };
}
