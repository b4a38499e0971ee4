/** Small helpers for the MDX parts of the tree: JSX elements and their attributes. */
import type {Nodes, RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isElement(node: Nodes, name?: string): node is JsxElement {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (name === undefined || node.name === name)
  );
}

export function attribute(element: JsxElement, name: string): MdxJsxAttribute | undefined {
  return element.attributes.find(
    (attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name,
  );
}

/** A literal attribute value; undefined if absent or written as an expression. */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  const attr = attribute(element, name);
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
