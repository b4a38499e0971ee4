import {toString} from 'mdast-util-to-string';
import {beingWrittenPart, isComment, isElement} from '../../../src/module/read';
import {defineRule} from '../rule';

const example = '- [Operator pattern - Kubernetes Docs](https://kubernetes.io/docs/concepts/extend-kubernetes/operator/)';

export const resourceFormat = defineRule({
  id: 'module/resource-format',
  scope: 'module',
  description:
    'Resources are a Markdown list inside `<Resources>`; each item is exactly one link with an `https://` URL and the text `Title - Source`.',
  check({model, report}) {
    for (const section of model.sections) {
      for (const part of section.parts) {
        if (part.kind !== 'resources') continue;
        for (const node of part.nodes) {
          if (isComment(node) || beingWrittenPart(node)) continue;
          if (!isElement(node, 'Resources')) {
            report(model.place(node), `Put the resources of section ${section.number} inside <Resources> ... </Resources> as a list of links: ${example}`);
            continue;
          }
          for (const child of node.children) {
            if (child.type === 'list' && !child.ordered) continue;
            report(model.place(child), `Only a bulleted list of links goes inside <Resources>; make this an item like ${example}, or move it out.`);
          }
        }
      }
      for (const resource of section.resources) {
        const {item, link} = resource;
        if (!link) {
          report(model.place(item), `Each resource must be one link and nothing else: ${example}; move other text out of the list.`);
          continue;
        }
        if (!/^https:\/\/[^\s/]+/.test(link.url)) {
          report(model.place(link), `Resource URL must start with https://; it is "${link.url}". Use the page's https address.`);
        }
        if (!resource.source) {
          report(model.place(link), `Resource text must be "Title - Source", e.g. "Operator pattern - Kubernetes Docs"; it is "${toString(link)}". Add " - " and the site or author.`);
        }
      }
    }
  },
});
