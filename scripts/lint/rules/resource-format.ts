import {toString} from 'mdast-util-to-string';
import {beingWrittenPart, isComment, isElement} from '../mdx';
import {resourceEntries, titleAndSource} from '../resources';
import type {Rule} from '../types';

const example = '- [Operator pattern - Kubernetes Docs](https://kubernetes.io/docs/concepts/extend-kubernetes/operator/)';

export const resourceFormat: Rule = {
  name: 'module/resource-format',
  description:
    'Resources are a Markdown list inside `<Resources>`; each item is exactly one link with an `https://` URL and the text `Title - Source`.',
  check({page, report}) {
    // What sits in a Resources part: a <Resources> list, or <BeingWritten part="resources" />.
    for (const section of page.sections) {
      for (const part of section.parts) {
        if (part.kind !== 'resources') continue;
        for (const node of part.nodes) {
          if (isComment(node) || beingWrittenPart(node) || isElement(node, 'Resources')) continue;
          report(page.place(node), `Put the resources of section ${section.module}.${section.index} inside <Resources> ... </Resources> as a list of links: ${example}`);
        }
        for (const element of part.nodes) {
          if (!isElement(element, 'Resources')) continue;
          for (const child of element.children) {
            if (child.type === 'list' && !child.ordered) continue;
            report(page.place(child), `Only a bulleted list of links goes inside <Resources>; make this an item like ${example}, or move it out.`);
          }
        }
      }
    }

    for (const entry of resourceEntries(page)) {
      const {item, link} = entry;
      if (!link) {
        report(page.place(item), `Each resource must be one link and nothing else: ${example}; move other text out of the list.`);
        continue;
      }
      if (!/^https:\/\/[^\s/]+/.test(link.url)) {
        report(page.place(link), `Resource URL must start with https://; it is "${link.url}". Use the page's https address.`);
      }
      const text = toString(link);
      if (!titleAndSource(text)) {
        report(page.place(link), `Resource text must be "Title - Source", e.g. "Operator pattern - Kubernetes Docs"; it is "${text}". Add " - " and the site or author.`);
      }
    }
  },
};
