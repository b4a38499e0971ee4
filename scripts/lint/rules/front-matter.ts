import {moduleTitlePattern} from '../../../src/module/conventions';
import {defineRule} from '../rule';

const MAX_DESCRIPTION = 160;

export const frontMatter = defineRule({
  id: 'module/front-matter',
  scope: 'module',
  description:
    'Front matter is valid YAML with `title: "Module N: Title"`, `sidebar_label: "N. Title"` (same N and title) and a `description` of 1 to 160 characters.',
  check({model, report}) {
    const fm = model.frontMatter;
    if (!fm.present) {
      report(fm.place, 'The page has no front matter; start it with --- title: "Module N: Title", sidebar_label: "N. Title" and description: "..." ---.');
      return;
    }
    if (fm.error) {
      report(fm.error.place, `Front matter is not valid YAML (${fm.error.reason}); fix it, and quote values that contain ": " or start with a special character.`);
      return;
    }
    const {data, keys} = fm;
    const at = (key: string) => keys.get(key) ?? fm.place;

    const title = data.title;
    const titleMatch = typeof title === 'string' ? moduleTitlePattern.exec(title) : null;
    if (!titleMatch) {
      report(at('title'), `title must read "Module N: Title", e.g. "Module 6: Optimize - Keep Improving"${typeof title === 'string' ? `; it is "${title}"` : ''}.`);
    } else {
      const n = Number(titleMatch[1]);
      if (model.number !== undefined && n !== model.number) {
        report(at('title'), `title says Module ${n} but the folder is module ${model.number}; make them agree ("Module ${model.number}: ${titleMatch[2]}").`);
      }
      const expected = `${n}. ${titleMatch[2]}`;
      const label = data.sidebar_label;
      if (label !== expected) {
        report(
          at('sidebar_label'),
          label === undefined
            ? `sidebar_label is missing; add sidebar_label: "${expected}".`
            : `sidebar_label must be "${expected}" (the title's number and text); it is "${String(label)}".`,
        );
      }
    }

    const description = data.description;
    if (typeof description !== 'string' || description.trim() === '') {
      report(at('description'), 'description is missing or empty; add one sentence (at most 160 characters) that search engines and link previews will show.');
    } else if (description.length > MAX_DESCRIPTION) {
      report(at('description'), `description is ${description.length} characters; shorten it to at most ${MAX_DESCRIPTION} so search results show it whole.`);
    }
  },
});
