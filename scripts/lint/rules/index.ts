import type {Rule} from '../types';
import {frontMatter} from './front-matter';
import {sectionNumbering} from './section-numbering';
import {sectionParts} from './section-parts';
import {emptySection} from './empty-section';
import {uniqueHeadingIds} from './unique-heading-ids';
import {resourceFormat} from './resource-format';
import {duplicateResource} from './duplicate-resource';
import {figureAlt} from './figure-alt';
import {mojibake} from './mojibake';
import {internalLink} from './internal-link';

/** Reported by the parser itself, not by a rule over the tree. */
export const MDX_SYNTAX = 'mdx/syntax';

/** Rules for module pages (docs/foundations/module-N/index.mdx), in reporting order. */
export const moduleRules: readonly Rule[] = [
  frontMatter,
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

/** Rules for every page. */
export const contentRules: readonly Rule[] = [mojibake, internalLink];
