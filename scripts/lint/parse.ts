/**
 * Parses an MDX page the way Docusaurus does, keeping positions exact.
 *
 * Docusaurus (mdx1Compat.headingIds, on by default) escapes the first `{#` of
 * every ATX heading line before MDX sees it, so `### Resources {#61-resources}`
 * reaches remark as the text `Resources {#61-resources}` instead of a
 * JavaScript expression. We do the same, remember where each `\` went in, and
 * map every position back to the file as written.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type {Root} from 'mdast';
import type {Place} from './types';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkGfm);

/** Same lines as Docusaurus' `escapeMarkdownHeadingIds` (@docusaurus/utils). */
const headingLine = /(?:^|\n)#{1,6}(?!#).*/g;

export interface Escaped {
  text: string;
  /** Offsets, in `text`, of the backslashes we inserted (ascending). */
  insertions: number[];
}

/** Docusaurus' heading-id escaping, recording where it inserts characters. */
export function escapeHeadingIds(source: string): Escaped {
  const insertions: number[] = [];
  let text = '';
  let copied = 0;
  for (const match of source.matchAll(headingLine)) {
    const lineStart = match.index;
    const at = match[0].indexOf('{#');
    if (at < 0) continue;
    const brace = lineStart + at;
    // Already escaped by the author: Docusaurus leaves it as it is.
    if (brace > 0 && source[brace - 1] === '\\') continue;
    text += source.slice(copied, brace);
    insertions.push(text.length);
    text += '\\';
    copied = brace;
  }
  text += source.slice(copied);
  return {text, insertions};
}

/** Line starts of a text, for offset -> line/column. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

export class SourceMap {
  readonly source: string;
  readonly escaped: Escaped;
  private readonly starts: number[];
  private readonly escapedStarts: number[];

  constructor(source: string, escaped: Escaped) {
    this.source = source;
    this.escaped = escaped;
    this.starts = lineStartsOf(source);
    this.escapedStarts = lineStartsOf(escaped.text);
  }

  /** Offset in the parsed (escaped) text -> offset in the file. */
  toOriginalOffset(offset: number): number {
    let before = 0;
    for (const at of this.escaped.insertions) {
      if (at < offset) before++;
      else break;
    }
    return offset - before;
  }

  /** Offset in the file -> 1-based line and column. */
  placeOfOriginal(offset: number): Place {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return {line: low + 1, column: offset - this.starts[low] + 1};
  }

  /** Offset in the parsed text -> place in the file. */
  place(offset: number): Place {
    return this.placeOfOriginal(this.toOriginalOffset(offset));
  }

  /** Line/column in the parsed text -> place in the file. */
  placeOfParsed(line: number, column: number): Place {
    const start = this.escapedStarts[Math.min(Math.max(line, 1), this.escapedStarts.length) - 1];
    return this.place(start + Math.max(column, 1) - 1);
  }
}

export interface SyntaxFailure {
  place: Place;
  reason: string;
  /** Which part of the MDX parser complained, e.g. `acorn`, `end-tag-mismatch`. */
  ruleId?: string;
}

export type ParseResult =
  | {ok: true; tree: Root; map: SourceMap}
  | {ok: false; error: SyntaxFailure; map: SourceMap};

interface MessageLike {
  reason?: string;
  message?: string;
  ruleId?: string | null;
  line?: number | null;
  column?: number | null;
  place?: {line?: number; column?: number; offset?: number; start?: {line: number; column: number; offset?: number}} | null;
}

export function parseMdx(source: string): ParseResult {
  const escaped = escapeHeadingIds(source);
  const map = new SourceMap(source, escaped);
  try {
    const tree = processor.parse(escaped.text) as Root;
    return {ok: true, tree, map};
  } catch (caught) {
    const error = caught as MessageLike;
    const point = error.place && 'start' in error.place && error.place.start ? error.place.start : error.place;
    let place: Place;
    if (point && typeof point.offset === 'number') place = map.place(point.offset);
    else if (point && typeof point.line === 'number') place = map.placeOfParsed(point.line, point.column ?? 1);
    else if (typeof error.line === 'number') place = map.placeOfParsed(error.line, error.column ?? 1);
    else place = {line: 1, column: 1};
    let reason = String(error.reason ?? error.message ?? caught);
    // Some messages (an unclosed tag) carry no place, only "(3:1-3:12)" in the text.
    const range = /\s*\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    if (range) {
      if (!point && typeof error.line !== 'number') place = map.placeOfParsed(Number(range[1]), Number(range[2]));
      reason = reason.replace(range[0], '');
    }
    return {ok: false, map, error: {place, reason, ruleId: error.ruleId ?? undefined}};
  }
}
