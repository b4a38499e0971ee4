import {defineRule} from '../rule';

export const uniqueHeadingIds = defineRule({
  id: 'module/unique-heading-ids',
  scope: 'module',
  description: 'Heading ids, written `{#id}` or generated from the text, are unique within a page.',
  check({model, report}) {
    const seen = new Map<string, number>();
    for (const heading of model.headings) {
      const line = seen.get(heading.id);
      if (line === undefined) {
        seen.set(heading.id, heading.place.line);
        continue;
      }
      report(
        heading.idPlace ?? heading.place,
        heading.explicitId !== undefined
          ? `Heading id "${heading.id}" is already used by the heading on line ${line}; give this heading a different {#id}.`
          : `This heading's generated id "${heading.id}" is already used by the heading on line ${line}; add a unique {#id} to one of them.`,
      );
    }
  },
});
