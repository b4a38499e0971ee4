/**
 * The remark preset of the content lint: how to parse a page (as Docusaurus
 * does) and every rule, each as an error. `npm run lint` runs it through
 * unified-engine (content.ts); `.remarkrc.mjs` gives the same preset to the
 * remark language server, so an editor shows the same problems.
 */
import type {Preset} from 'unified';
import {mdxParsePlugins} from '../../src/module/parse';
import type {ContentRule} from './rule';
import {rules} from './rules';

const preset: Preset = {
  plugins: [...mdxParsePlugins, ...rules.map((rule): [ContentRule, 'error'] => [rule, 'error'])],
};

export default preset;
