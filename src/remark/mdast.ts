/**
 * The little of the Markdown syntax tree (mdast, with MDX nodes) our remark
 * plugins touch, typed here so build-time code needs no extra package.
 */
export interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  depth?: number;
  name?: string | null;
  attributes?: {type: 'mdxJsxAttribute'; name: string; value: string}[];
  data?: Record<string, unknown>;
}

/** A node's text as a reader sees it (headings, paragraphs). */
export function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const preamble = new Set(['yaml', 'toml', 'mdxjsEsm']);

/**
 * Where the page's own content starts: after front matter, imports and
 * exports, and a leading `# Title` if the file has one. What we insert there
 * sits right under the page title.
 */
export function topIndex(root: MdNode): number {
  const children = root.children ?? [];
  let i = 0;
  while (i < children.length && preamble.has(children[i].type)) i++;
  if (children[i]?.type === 'heading' && children[i].depth === 1) i++;
  return i;
}

/** `import Local from 'source'` as MDX needs it: with its ESTree, since MDX compiles that, not the text. */
export function importDefault(local: string, source: string): MdNode {
  const raw = JSON.stringify(source);
  return {
    type: 'mdxjsEsm',
    value: `import ${local} from ${raw};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: local}}],
            source: {type: 'Literal', value: source, raw},
          },
        ],
      },
    },
  };
}

/** `<Name attr="value" />` as a block of its own. */
export function jsxElement(name: string, attributes: Record<string, string>): MdNode {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({type: 'mdxJsxAttribute', name: key, value})),
    children: [],
  };
}
