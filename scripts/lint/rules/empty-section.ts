import {partTitles} from '../../../src/module/conventions';
import {beingWrittenPart, isComment, isElement} from '../../../src/module/read';
import {defineRule} from '../rule';

export const emptySection = defineRule({
  id: 'module/empty-section',
  scope: 'module',
  description:
    'A "What you need to know" or "Resources" part is never empty: it has content, or `<BeingWritten />` / `<BeingWritten part="resources" />` so readers see it is coming.',
  check({model, report}) {
    for (const section of model.sections) {
      const number = section.number;
      for (const part of section.parts) {
        if (part.kind === 'other') continue;
        const name = partTitles[part.kind];
        const wanted = part.kind === 'know' ? '<BeingWritten />' : '<BeingWritten part="resources" />';
        const content = part.nodes.filter((node) => !isComment(node));
        if (content.length === 0) {
          report(
            part.heading.place,
            part.kind === 'know'
              ? `"${name}" of section ${number} is empty; write it, or add ${wanted} so readers see it is being written.`
              : `"${name}" of section ${number} is empty; add a <Resources> list of links, or add ${wanted} so readers see it is coming.`,
          );
          continue;
        }
        for (const node of content) {
          const being = beingWrittenPart(node);
          if (being && being !== (part.kind === 'know' ? 'text' : 'resources')) {
            report(model.place(node), `Use ${wanted} in "${name}" of section ${number}.`);
          }
          if (part.kind === 'resources' && isElement(node, 'Resources')) {
            const items = node.children.flatMap((child) => (child.type === 'list' ? child.children : []));
            if (items.length === 0) {
              report(model.place(node), `<Resources> of section ${number} lists nothing; add "- [Title - Source](https://...)" items, or replace it with ${wanted}.`);
            }
          }
        }
      }
    }
  },
});
