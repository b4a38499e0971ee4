/**
 * Parses an MDX page the way Docusaurus reads it, with places exact to the
 * file as written. Used by the content lint (as its remark preset's parser
 * settings), by the module plugin and by tests.
 *
 * Docusaurus escapes the `{#id}` of headings (`escapeMarkdownHeadingIds` from
 * @docusaurus/utils) before MDX sees them, since MDX would read `{...}` as
 * JavaScript. We call the same function, then move every position in the
 * tree (and in a syntax error) back to where it is in the file.
 */
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import {unified, type PluggableList, type Processor} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import {visit} from 'unist-util-visit';
import {location} from 'vfile-location';
import type {Root} from 'mdast';
import type {Node, Point} from 'unist';
import type {VFile} from 'vfile';

export interface Escaped {
  text: string;
  /** Offsets, in `text`, of the backslashes Docusaurus inserted (ascending). */
  insertions: number[];
}

/** Docusaurus' heading-id escaping, and where it inserted characters. */
export function escapeHeadingIds(source: string): Escaped {
  const text = escapeMarkdownHeadingIds(source);
  const insertions: number[] = [];
  // It only ever inserts `\`: walk both texts side by side to find where.
  for (let i = 0, j = 0; j < text.length; j++) {
    if (source[i] === text[j]) i++;
    else insertions.push(j);
  }
  return {text, insertions};
}

/** Maps places in the escaped text back to the file. */
function placeMapper(source: string, escaped: Escaped) {
  const original = location(source);
  const parsed = location(escaped.text);
  const toOriginalOffset = (offset: number) => offset - escaped.insertions.filter((at) => at < offset).length;
  return (point: Partial<Point> | undefined): Point | undefined => {
    if (!point) return undefined;
    const offset =
      typeof point.offset === 'number'
        ? point.offset
        : typeof point.line === 'number'
          ? parsed.toOffset({line: point.line, column: point.column ?? 1})
          : undefined;
    if (offset === undefined) return undefined;
    const mapped = toOriginalOffset(offset);
    const place = original.toPoint(mapped) ?? original.toPoint(source.length);
    return place ? {line: place.line, column: place.column, offset: mapped} : undefined;
  };
}

interface MessageLike {
  message?: string;
  reason?: string;
  line?: number | null;
  column?: number | null;
  place?: Partial<Point> | {start: Partial<Point>; end?: Partial<Point>} | null;
}

/**
 * A unified plugin: parse with the `{#id}` escaping Docusaurus does, with
 * positions in the file as written. Use after remark-parse.
 */
export function remarkDocusaurusHeadingIds(this: Processor) {
  const parse = this.parser!;
  this.parser = (document: string, file: VFile) => {
    const escaped = escapeHeadingIds(document);
    const map = placeMapper(document, escaped);
    let tree: Node;
    try {
      tree = parse(escaped.text, file);
    } catch (caught) {
      const error = caught as MessageLike;
      const place = error.place && 'start' in error.place ? error.place.start : error.place;
      // Some messages carry no place, only "(3:1-3:12)" in their text.
      const inText = /\s*\((\d+):(\d+)-\d+:\d+\)/.exec(error.reason ?? error.message ?? '');
      const point =
        map(place ?? undefined) ??
        (typeof error.line === 'number' ? map({line: error.line, column: error.column ?? 1}) : undefined) ??
        (inText ? map({line: Number(inText[1]), column: Number(inText[2])}) : undefined);
      if (point) {
        error.place = point;
        error.line = point.line;
        error.column = point.column;
      }
      if (inText && error.reason) error.reason = error.reason.replace(inText[0], '');
      throw caught;
    }
    if (escaped.insertions.length > 0) {
      visit(tree, (node: Node) => {
        if (!node.position) return;
        node.position = {start: map(node.position.start)!, end: map(node.position.end)!};
      });
    }
    return tree;
  };
}

/** The remark plugins that read an MDX page as Docusaurus does (front matter, directives, GFM, heading ids). */
export const mdxParsePlugins: PluggableList = [
  remarkParse,
  [remarkFrontmatter, ['yaml']],
  remarkDirective,
  remarkMdx,
  remarkGfm,
  remarkDocusaurusHeadingIds,
];

export function mdxParser() {
  return unified().use(mdxParsePlugins);
}

/** The page's syntax tree. Throws the parser's message, at its place in the file, if it is no valid MDX. */
export function parseMdx(source: string, path?: string): Root {
  const processor = mdxParser();
  return processor.runSync(processor.parse({value: source, path} as never)) as Root;
}
