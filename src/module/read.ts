/**
 * Reads a module's MDX syntax tree (mdast, as remark gives it) into the
 * module model. The one place that knows how a module is written; see
 * conventions.ts for the conventions themselves. Never throws on a badly
 * formed module: it reads what is there, and the content lint says what is
 * wrong with it.
 *
 * Heading ids are Docusaurus' own: `parseMarkdownHeadingId` and
 * `createSlugger` from @docusaurus/utils, or the id its headings plugin has
 * already set when this runs inside the MDX compiler.
 */
import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {location} from 'vfile-location';
import {isMap, isScalar, parseDocument} from 'yaml';
import type {Heading, Link, ListItem, Nodes, Root, RootContent} from 'mdast';
import type {} from 'mdast-util-mdx';
import {
  areaSlug,
  isTopicArea,
  moduleFilePattern,
  moduleTitlePattern,
  partIds,
  partTitles,
  sectionHeadingPattern,
  splitTitleAndSource,
  summariesKey,
  type PartKind,
} from './conventions';
import type {
  ClosingSection,
  Figure,
  FrontMatter,
  HeadingInfo,
  JsxElement,
  ModuleModel,
  Part,
  Place,
  Resource,
  Section,
} from './types';

export interface ReadOptions {
  /** The file's path; its `module-NN` folder gives the module's number. */
  path?: string;
  /** The file's text, for exact places of heading ids. */
  source?: string;
  /** Front matter already parsed (the MDX compiler strips it from the tree). */
  frontMatter?: Record<string, unknown>;
}

export function isElement(node: Nodes, name?: string): node is JsxElement {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (name === undefined || node.name === name)
  );
}

/** A literal attribute value; undefined if absent or written as an expression. */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  const attr = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** An MDX comment on its own, `{/* ... *\/}`: no content for a reader. */
export function isComment(node: RootContent): boolean {
  return node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

/** `<BeingWritten />` or `<BeingWritten part="resources" />`: which part, or undefined if not one. */
export function beingWrittenPart(node: RootContent): 'text' | 'resources' | undefined {
  if (!isElement(node, 'BeingWritten')) return undefined;
  return stringAttribute(node, 'part') === 'resources' ? 'resources' : 'text';
}

const start: Place = {line: 1, column: 1};
const placeOf = (node: {position?: {start: {line: number; column: number}}}): Place =>
  node.position ? {line: node.position.start.line, column: node.position.start.column} : start;

function readFrontMatter(tree: Root, given: Record<string, unknown> | undefined): FrontMatter {
  const empty: FrontMatter = {place: start, present: false, data: {}, keys: new Map()};
  if (given) return {...empty, present: Object.keys(given).length > 0, data: given};
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') return empty;
  const place = placeOf(node);
  // The value starts on the line after the opening `---`.
  const at = (offset: number): Place => {
    const before = node.value.slice(0, offset).split('\n');
    return {line: place.line + before.length, column: before.at(-1)!.length + 1};
  };
  const doc = parseDocument(node.value, {prettyErrors: false});
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return {...empty, present: true, place, error: {place: at(error.pos[0]), reason}};
  }
  const keys = new Map<string, Place>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keys.set(String(pair.key.value), at(pair.key.range[0]));
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

const commentId = /^\s*\/\*\s*#(\S+?)\s*\*\/\s*$/;

function readHeadings(tree: Root, source: string | undefined): HeadingInfo[] {
  const slugger = createSlugger();
  const where = source === undefined ? undefined : location(source);
  const topLevel = new Set<RootContent>(tree.children);
  const headings: HeadingInfo[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const visible = node.children.filter((c) => c.type !== 'html' && c.type !== 'mdxJsxTextElement');
    let text = toString({type: 'paragraph', children: visible.length > 0 ? visible : node.children});
    let explicitId: string | undefined;
    let idPlace: Place | undefined;
    const last = node.children.at(-1);
    const data = node.data as {id?: unknown} | undefined;
    if (typeof data?.id === 'string') {
      // Inside the MDX compiler: Docusaurus' headings plugin already took the id out.
      explicitId = data.id;
    } else if (last?.type === 'mdxTextExpression' && commentId.test(last.value)) {
      explicitId = commentId.exec(last.value)![1];
      idPlace = placeOf(last);
      text = toString({type: 'paragraph', children: node.children.slice(0, -1)}).trim();
    } else {
      const parsed = parseMarkdownHeadingId(text);
      if (parsed.id !== undefined) {
        explicitId = parsed.id;
        text = parsed.text;
        const raw = last?.position && source?.slice(last.position.start.offset, last.position.end.offset);
        const at = raw ? raw.lastIndexOf('{#') : -1;
        const point = at >= 0 && where ? where.toPoint(last!.position!.start.offset! + at) : undefined;
        idPlace = point ? {line: point.line, column: point.column} : placeOf(node);
      }
    }
    const end = node.position?.end;
    headings.push({
      node,
      depth: node.depth,
      text,
      explicitId,
      idPlace,
      id: explicitId ?? slugger.slug(text),
      place: placeOf(node),
      endPlace: end ? {line: end.line, column: end.column} : start,
      topLevel: topLevel.has(node),
    });
  });
  return headings;
}

function soleLink(item: ListItem): Link | undefined {
  const blocks = item.children;
  if (blocks.length !== 1 || blocks[0].type !== 'paragraph') return undefined;
  const inline = blocks[0].children.filter((n) => !(n.type === 'text' && !n.value.trim()));
  return inline.length === 1 && inline[0].type === 'link' ? inline[0] : undefined;
}

function readResources(part: Part): Resource[] {
  const resources: Resource[] = [];
  for (const element of part.nodes) {
    if (!isElement(element, 'Resources')) continue;
    for (const child of element.children) {
      if (child.type !== 'list') continue;
      for (const item of child.children) {
        const link = soleLink(item);
        resources.push(link ? {item, link, url: link.url, ...splitTitleAndSource(toString(link))} : {item});
      }
    }
  }
  return resources;
}

function partKind(text: string): Part['kind'] {
  const kind = (Object.keys(partTitles) as PartKind[]).find((k) => partTitles[k] === text);
  return kind ?? 'other';
}

/** Reads the module a page's syntax tree describes. */
export function readModule(tree: Root, options: ReadOptions = {}): ModuleModel {
  const frontMatter = readFrontMatter(tree, options.frontMatter);
  const headings = readHeadings(tree, options.source);
  const byNode = new Map(headings.map((h) => [h.node, h]));

  const folder = options.path ? moduleFilePattern.exec(options.path) : null;
  const titleMatch =
    typeof frontMatter.data.title === 'string' ? moduleTitlePattern.exec(frontMatter.data.title) : null;
  const number = folder ? Number(folder[1]) : titleMatch ? Number(titleMatch[1]) : undefined;
  const summaries = frontMatter.data[summariesKey];

  const h2: HeadingInfo[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  let part: Part | undefined;
  for (const child of tree.children) {
    if (child.type === 'heading' && child.depth <= 2) {
      current = undefined;
      part = undefined;
      if (child.depth !== 2) continue;
      const info = byNode.get(child)!;
      h2.push(info);
      const match = sectionHeadingPattern.exec(info.text);
      if (!match) continue;
      const [, moduleText, indexText, area, topic] = match;
      const expected = {module: number ?? Number(moduleText), index: sections.length + 1};
      const slug = areaSlug(area);
      current = {
        heading: info,
        number: `${moduleText}.${indexText}`,
        module: Number(moduleText),
        index: Number(indexText),
        expected,
        area,
        topicArea: isTopicArea(slug) ? slug : undefined,
        topic,
        intro: [],
        parts: [],
        ids: partIds(expected.module, expected.index),
        status: 'written',
        resources: [],
      };
      sections.push(current);
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
      part = {kind: partKind(info.text), heading: info, nodes: [], beingWritten: false};
      current.parts.push(part);
      continue;
    }
    if (part) {
      part.nodes.push(child);
      if (beingWrittenPart(child)) part.beingWritten = true;
    } else {
      current.intro.push(child);
    }
  }

  for (const section of sections) {
    const image = section.intro.find((node): node is JsxElement => isElement(node, 'TopicImage'));
    if (image) section.topicImage = {element: image, area: stringAttribute(image, 'area'), place: placeOf(image)};
    const named = section.parts.filter((p) => p.kind !== 'other');
    if (named.some((p) => p.beingWritten || p.nodes.every(isComment)) || !named.some((p) => p.kind === 'know')) {
      section.status = 'being-written';
    }
    section.resources = section.parts.filter((p) => p.kind === 'resources').flatMap(readResources);
    const summary =
      summaries && typeof summaries === 'object' ? (summaries as Record<string, unknown>)[section.number] : undefined;
    if (typeof summary === 'string' && summary.trim()) section.summary = summary.trim();
  }

  const lastNumbered = sections.at(-1)?.heading;
  const closing: ClosingSection[] = lastNumbered
    ? h2
        .slice(h2.indexOf(lastNumbered) + 1)
        .filter((h) => !sectionHeadingPattern.test(h.text))
        .map((heading) => ({heading, title: heading.text, id: heading.id}))
    : [];

  const figures: Figure[] = [];
  visit(tree, (node: Nodes) => {
    if (isElement(node, 'Figure')) figures.push({element: node, alt: stringAttribute(node, 'alt'), place: placeOf(node)});
  });

  return {
    path: options.path,
    number,
    title: titleMatch?.[2],
    description: typeof frontMatter.data.description === 'string' ? frontMatter.data.description : undefined,
    frontMatter,
    headings,
    h2,
    sections,
    closing,
    figures,
    place: placeOf,
  };
}
