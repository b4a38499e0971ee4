/**
 * The module model: what a module *is*, read off its MDX syntax tree by
 * `readModule` (read.ts). Build-time code (the remark plugin, the module
 * plugin, the content lint, the scaffold) works on `ModuleModel`; React gets
 * the small, JSON-safe `ModuleData` (data.ts) through the module plugin.
 */
import type {Heading, Link, ListItem, RootContent} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {PartKind, TopicArea} from './conventions';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A place in the file as written: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

export interface FrontMatter {
  /** Where the block starts (the opening `---`), or 1:1 if there is none. */
  place: Place;
  present: boolean;
  data: Record<string, unknown>;
  /** Where each top-level key is written (known when read from the tree's YAML node). */
  keys: Map<string, Place>;
  /** Set when the YAML does not parse. */
  error?: {place: Place; reason: string};
}

export interface HeadingInfo {
  node: Heading;
  depth: number;
  /** The heading's text, without its `{#id}`. */
  text: string;
  /** The id written as `{#id}` or `{/* #id *\/}`, if any. */
  explicitId?: string;
  /** Where the explicit id starts. */
  idPlace?: Place;
  /** The id the page will have: explicit, or generated from the text as Docusaurus does. */
  id: string;
  place: Place;
  /** Just after the heading's last character, where a missing id goes. */
  endPlace: Place;
  /** A direct child of the page (not inside a component or admonition). */
  topLevel: boolean;
}

export interface Part {
  /** `know` ("What you need to know"), `resources`, or any other `###`. */
  kind: PartKind | 'other';
  heading: HeadingInfo;
  /** Everything between this `###` and the next heading of depth 3 or less. */
  nodes: RootContent[];
  /** Holds `<BeingWritten />` (or `part="resources"`) instead of content. */
  beingWritten: boolean;
}

export interface Resource {
  item: ListItem;
  /** The item's link, when the item is exactly one link. */
  link?: Link;
  url?: string;
  /** "Title - Source" split in one place (conventions.ts). */
  title?: string;
  source?: string;
}

export interface Section {
  heading: HeadingInfo;
  /** "6.3", as written in the heading. */
  number: string;
  /** N and k of `## N.k Area - Topic`, as written. */
  module: number;
  index: number;
  /** The number it should have: the page's module, and its position (1, 2, 3, ...). */
  expected: {module: number; index: number};
  /** "Continuous Integration", as written. */
  area: string;
  /** "continuous-integration" when it is a known area. */
  topicArea?: TopicArea;
  topic: string;
  /** `<TopicImage area="..." />` before the first `###`, if there is one. */
  topicImage?: {element: JsxElement; area?: string; place: Place};
  /** Nodes after the heading and before its first `###`. */
  intro: RootContent[];
  parts: Part[];
  /** Ids the two parts must have (conventions.ts). */
  ids: Record<PartKind, string>;
  /** Every part is written, or some part still says `<BeingWritten />`. */
  status: 'written' | 'being-written';
  /** From front matter `summaries`. */
  summary?: string;
  resources: Resource[];
}

/** A `##` after the numbered sections: "Project - HiveBox Phase 6", a quiz, "Interview Questions". */
export interface ClosingSection {
  heading: HeadingInfo;
  title: string;
  id: string;
}

export interface Figure {
  element: JsxElement;
  /** The literal alt text, if written as a string. */
  alt?: string;
  place: Place;
}

export interface ModuleModel {
  /** The file's path, as given. */
  path?: string;
  /** N from the folder name (module-06), or else from the title. */
  number?: number;
  /** "Optimize - Keep Improving", from `title: "Module 6: ..."`. */
  title?: string;
  description?: string;
  frontMatter: FrontMatter;
  headings: HeadingInfo[];
  /** Every top-level `##`, in order. */
  h2: HeadingInfo[];
  /** The numbered sections, in page order. */
  sections: Section[];
  /** Unnumbered `##` sections after the last numbered one, in order. */
  closing: ClosingSection[];
  figures: Figure[];
  place(node: {position?: {start: {line: number; column: number}}}): Place;
}
