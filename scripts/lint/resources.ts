/** Finds the resource entries of a module: the list items inside `<Resources>` in each "Resources" part. */
import type {Link, ListItem, RootContent} from 'mdast';
import {isElement} from './mdx';
import type {Page, Section} from './page';

export interface ResourceEntry {
  section: Section;
  item: ListItem;
  /** The item's link, when the item is exactly one link. */
  link?: Link;
}

/** Meaningful children: whitespace-only text between inline nodes does not count. */
export function meaningful<T extends {type: string}>(nodes: T[]): T[] {
  return nodes.filter((node) => !(node.type === 'text' && !(node as unknown as {value: string}).value.trim()));
}

export function soleLink(item: ListItem): Link | undefined {
  const blocks = item.children;
  if (blocks.length !== 1 || blocks[0].type !== 'paragraph') return undefined;
  const inline = meaningful(blocks[0].children);
  return inline.length === 1 && inline[0].type === 'link' ? inline[0] : undefined;
}

export function resourceLists(nodes: RootContent[]) {
  return nodes.filter((node) => isElement(node, 'Resources'));
}

export function resourceEntries(page: Page): ResourceEntry[] {
  const entries: ResourceEntry[] = [];
  for (const section of page.sections) {
    for (const part of section.parts) {
      if (part.kind !== 'resources') continue;
      for (const element of resourceLists(part.nodes)) {
        if (!isElement(element)) continue;
        for (const child of element.children) {
          if (child.type !== 'list') continue;
          for (const item of child.children) entries.push({section, item, link: soleLink(item)});
        }
      }
    }
  }
  return entries;
}

/** Splits "Title - Source" at its last " - ", as the Resources component does. */
export function titleAndSource(text: string): {title: string; source: string} | undefined {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf(' - ');
  if (at <= 0) return undefined;
  const title = trimmed.slice(0, at).trim();
  const source = trimmed.slice(at + 3).trim();
  return title && source ? {title, source} : undefined;
}
