import {topIndex, type MdNode} from './mdast';

export interface ReadingTimeOptions {
  /** Reading speed. 200 suits technical text a learner studies rather than skims. */
  wordsPerMinute?: number;
}

// Not read: code that runs at build time, front matter, raw expressions.
const unread = new Set(['yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** The words a reader reads: text, inline code and code blocks, including text inside components. */
export function countWords(node: MdNode): number {
  if (unread.has(node.type)) return 0;
  if (typeof node.value === 'string' && ['text', 'inlineCode', 'code'].includes(node.type)) {
    // Tokens with a letter or digit: a lone "." after inline code is no word.
    return node.value.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  }
  return (node.children ?? []).reduce((sum, child) => sum + countWords(child), 0);
}

export function readingMinutes(words: number, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/**
 * Puts "N min read" under the title of every doc. A plain paragraph with a
 * class, not a component: nothing to hydrate, and it prints as it is.
 * Docusaurus shows reading time for blog posts only, hence this.
 */
export default function remarkReadingTime(options: ReadingTimeOptions = {}) {
  return (tree: unknown): void => {
    const root = tree as MdNode;
    const minutes = readingMinutes(countWords(root), options.wordsPerMinute);
    const paragraph: MdNode = {
      type: 'paragraph',
      data: {hProperties: {className: ['reading-time'], dataReadingTime: String(minutes)}},
      children: [{type: 'text', value: `${minutes} min read`}],
    };
    root.children = root.children ?? [];
    root.children.splice(topIndex(root), 0, paragraph);
  };
}
