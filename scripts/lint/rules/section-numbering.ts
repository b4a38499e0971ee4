import {sectionHeadingPattern} from '../../../src/module/conventions';
import {defineRule} from '../rule';

export const sectionNumbering = defineRule({
  id: 'module/section-numbering',
  scope: 'module',
  description:
    'Sections are `## N.k Area - Topic`, each number once, with k running 1, 2, 3, ... in order; other `##` sections (Project, Interview Questions) come only after the last numbered one.',
  check({model, report}) {
    const {h2, sections} = model;
    if (sections.length === 0) {
      const n = model.number ?? 'N';
      report(h2[0]?.place ?? model.frontMatter.place, `The module has no numbered sections; add them as "## ${n}.1 Area - Topic", "## ${n}.2 Area - Topic", ...`);
    }
    const lastNumbered = sections.at(-1)?.heading;
    const seen = new Map<string, number>();
    for (const heading of h2) {
      const section = sections.find((s) => s.heading === heading);
      if (!section) {
        if (/^\d/.test(heading.text) && !sectionHeadingPattern.test(heading.text)) {
          report(heading.place, `Section heading must read "N.k Area - Topic", e.g. "## 6.3 Continuous Integration - Software Supply Chain Security"; it is "${heading.text}".`);
        } else if (lastNumbered && heading.place.line < lastNumbered.place.line) {
          report(heading.place, `"## ${heading.text}" comes before numbered section "${lastNumbered.text}"; move it after the last numbered section, or number it.`);
        }
        continue;
      }
      const {module: n, index: k} = section.expected;
      const earlier = seen.get(section.number);
      seen.set(section.number, heading.place.line);
      const renumbered = section.module !== n || section.index !== k;
      // When this one has the right number, the earlier one is out of place and reported there.
      if (earlier !== undefined && renumbered) {
        report(heading.place, `Section ${section.number} is already on line ${earlier}; each number is used once: renumber this one to ${n}.${k}, or merge the two.`);
      } else if (earlier === undefined && renumbered) {
        report(heading.place, `Section number must be ${n}.${k} (sections run ${n}.1, ${n}.2, ${n}.3, ... in order); renumber "${section.number}" to "${n}.${k}".`);
      }
    }
  },
});
