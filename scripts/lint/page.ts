/**
 * The structure a module page is checked against, read off the MDX syntax
 * tree: front matter, headings with their ids, numbered sections and the
 * parts ("What you need to know", "Resources") inside each.
 */
import {createRequire} from 'node:module';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {isMap, isScalar, parseDocument} from 'yaml';
import type {Heading, Root, RootContent, Yaml} from 'mdast';
import type {Position} from 'unist';
import type {} from 'mdast-util-mdx';
import type {SourceMap} from './parse';
import type {Place} from './types';

// Docusaurus makes heading ids with github-slugger (one slugger per page).
const GithubSlugger = createRequire(import.meta.url)('github-slugger') as new () => {
  slug(value: string, maintainCase?: boolean): string;
};

export interface FrontMatter {
  /** Where the block starts (the opening `---`), or 1:1 if there is none. */
  place: Place;
  present: boolean;
  data: Record<string, unknown>;
  /** Where each top-level key is written. */
  keys: Map<string, Place>;
  error?: {place: Place; reason: string};
}

export interface HeadingInfo {
  node: Heading;
  depth: number;
  /** The heading's text, without a `{#id}`. */
  text: string;
  /** The id written as `{#id}` (or `{/* #id *\/}`), if any. */
  explicitId?: string;
  /** Where the explicit id's `{` is. */
  idPlace?: Place;
  /** The id the page will have: explicit, or generated from the text. */
  id: string;
  place: Place;
  /** Just after the heading's last character, where a missing id goes. */
  endPlace: Place;
  /** A direct child of the page (not inside a component). */
  topLevel: boolean;
}

export type PartKind = 'know' | 'resources' | 'other';

export interface Part {
  kind: PartKind;
  heading: HeadingInfo;
  /** Everything between this `###` and the next heading of depth 3 or less. */
  nodes: RootContent[];
}

export interface Section {
  heading: HeadingInfo;
  /** N and k of `## N.k Area - Topic`. */
  module: number;
  index: number;
  area: string;
  topic: string;
  /** The number it should have: the page's module, and its position (1, 2, 3, ...). */
  expected: {module: number; index: number};
  /** Nodes after the heading and before its first `###`. A top-level `---` ends the section. */
  intro: RootContent[];
  parts: Part[];
}

export interface Page {
  map: SourceMap;
  frontMatter: FrontMatter;
  headings: HeadingInfo[];
  /** All `##` headings that are direct children of the page, in order. */
  h2: HeadingInfo[];
  /** The numbered sections, in order. */
  sections: Section[];
  /** N from the folder name (module-06) or else the title; undefined if neither says. */
  moduleNumber?: number;
  place(node: Positioned): Place;
  endPlace(node: Positioned): Place;
}

/** Anything the parser gave a position: nodes, JSX attributes. */
export interface Positioned {
  position?: Position;
}

export const WHAT_YOU_NEED_TO_KNOW = 'What you need to know';
export const RESOURCES = 'Resources';

/** `## 6.3 Continuous Integration - Software Supply Chain Security` */
export const numberedHeading = /^(\d+)\.(\d+) (\S(?:.*?\S)?) - (\S.*)$/;
/** Docusaurus' classic id syntax (parseMarkdownHeadingId, 'classic'). */
const classicId = /\s*\{#(?<id>(?:.(?!\{#|\}))*.)\}$/;
const commentId = /^\s*\/\*\s*#(\S+?)\s*\*\/\s*$/;

function readFrontMatter(tree: Root, map: SourceMap): FrontMatter {
  const first = tree.children[0];
  const empty: FrontMatter = {place: {line: 1, column: 1}, present: false, data: {}, keys: new Map()};
  if (!first || first.type !== 'yaml') return empty;
  const node = first as Yaml;
  const start = node.position!.start.offset!;
  const text = map.escaped.text;
  // The value starts on the line after the opening `---`.
  const valueStart = text.indexOf('\n', start) + 1;
  const place = map.place(start);
  const doc = parseDocument(node.value, {prettyErrors: false});
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    return {
      ...empty,
      present: true,
      place,
      error: {place: map.place(valueStart + error.pos[0]), reason: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')},
    };
  }
  const keys = new Map<string, Place>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keys.set(String(pair.key.value), map.place(valueStart + pair.key.range[0]));
    }
  }
  const data = doc.toJS() as unknown;
  return {
    place,
    present: true,
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    keys,
  };
}

function headingText(node: Heading): string {
  const visible = node.children.filter(
    (child) => child.type !== 'html' && child.type !== 'mdxJsxTextElement',
  );
  return toString(visible.length > 0 ? {type: 'paragraph', children: visible} : node);
}

export function buildPage(tree: Root, map: SourceMap, path: string): Page {
  const place = (node: Positioned): Place => map.place(node.position?.start.offset ?? 0);
  const endPlace = (node: Positioned): Place => map.place(node.position?.end.offset ?? 0);
  const slugger = new GithubSlugger();
  const headings: HeadingInfo[] = [];
  const topLevel = new Set<RootContent>(tree.children);

  visit(tree, 'heading', (node: Heading) => {
    let text = headingText(node);
    let explicitId: string | undefined;
    let idPlace: Place | undefined;
    const last = node.children.at(-1);
    if (last?.type === 'mdxTextExpression' && commentId.test(last.value)) {
      explicitId = commentId.exec(last.value)![1];
      idPlace = place(last);
      text = toString({type: 'paragraph', children: node.children.slice(0, -1)}).trim();
    } else {
      const match = classicId.exec(text);
      if (match?.groups) {
        explicitId = match.groups.id.trim();
        text = text.slice(0, match.index).trim();
        if (last?.type === 'text') {
          const raw = map.escaped.text.slice(last.position!.start.offset!, last.position!.end.offset!);
          const at = raw.lastIndexOf('{#');
          if (at >= 0) idPlace = map.place(last.position!.start.offset! + at);
        }
        idPlace ??= place(node);
      }
    }
    headings.push({
      node,
      depth: node.depth,
      text,
      explicitId,
      idPlace,
      id: explicitId ?? slugger.slug(text),
      place: place(node),
      endPlace: endPlace(node),
      topLevel: topLevel.has(node),
    });
  });

  const byNode = new Map(headings.map((heading) => [heading.node, heading]));
  const h2: HeadingInfo[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  let part: Part | undefined;
  for (const child of tree.children) {
    if (child.type === 'heading' && child.depth <= 2) {
      part = undefined;
      current = undefined;
      if (child.depth === 2) {
        const info = byNode.get(child)!;
        h2.push(info);
        const match = numberedHeading.exec(info.text);
        if (match) {
          current = {
            heading: info,
            module: Number(match[1]),
            index: Number(match[2]),
            area: match[3],
            topic: match[4],
            expected: {module: Number(match[1]), index: sections.length + 1},
            intro: [],
            parts: [],
          };
          sections.push(current);
        }
      }
      continue;
    }
    if (!current) continue;
    // A `---` rule ends the sections: what follows is the page's footer.
    if (child.type === 'thematicBreak') {
      current = undefined;
      part = undefined;
      continue;
    }
    if (child.type === 'heading' && child.depth === 3) {
      const info = byNode.get(child)!;
      const kind: PartKind =
        info.text === WHAT_YOU_NEED_TO_KNOW ? 'know' : info.text === RESOURCES ? 'resources' : 'other';
      part = {kind, heading: info, nodes: []};
      current.parts.push(part);
      continue;
    }
    if (part) part.nodes.push(child);
    else current.intro.push(child);
  }

  const frontMatter = readFrontMatter(tree, map);
  const folder = /(?:^|\/)module-0*(\d+)\/index\.mdx?$/.exec(path);
  const title = typeof frontMatter.data.title === 'string' ? /^Module (\d+):/.exec(frontMatter.data.title) : null;
  const moduleNumber = folder ? Number(folder[1]) : title ? Number(title[1]) : undefined;
  if (moduleNumber !== undefined) for (const section of sections) section.expected.module = moduleNumber;

  return {map, frontMatter, headings, h2, sections, moduleNumber, place, endPlace};
}
