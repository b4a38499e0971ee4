/**
 * The content rules, in reporting order: the one list. `npm run lint`
 * (scripts/lint/content.ts) and the editor (.remarkrc.mjs) both use it
 * through the preset (../preset.ts). To add a rule, write it with
 * `defineRule` (../rule.ts) and list it here.
 */
import type {ContentRule} from '../rule';
import {frontMatter} from './front-matter';
import {sectionSummary} from './section-summary';
import {sectionNumbering} from './section-numbering';
import {sectionParts} from './section-parts';
import {emptySection} from './empty-section';
import {uniqueHeadingIds} from './unique-heading-ids';
import {resourceFormat} from './resource-format';
import {duplicateResource} from './duplicate-resource';
import {figureAlt} from './figure-alt';
import {mojibake} from './mojibake';
import {internalLink} from './internal-link';

export const rules: readonly ContentRule[] = [
  frontMatter,
  sectionSummary,
  sectionNumbering,
  sectionParts,
  emptySection,
  uniqueHeadingIds,
  resourceFormat,
  duplicateResource,
  figureAlt,
  mojibake,
  internalLink,
];

/** Reported by the MDX parser itself, not by a rule over the tree. */
export const mdxSyntax = {
  id: 'mdx/syntax',
  description: 'The page parses as MDX, with `{#id}` heading ids as Docusaurus reads them (every page).',
};
