import {numberedHeading} from '../page';
import type {Rule} from '../types';

export const sectionNumbering: Rule = {
  name: 'module/section-numbering',
  description:
    'Sections are `## N.k Area - Topic` with k running 1, 2, 3, ... in order; other `##` sections (Project, Interview Questions) come only after the last numbered one.',
  check({page, report}) {
    const {h2, sections, moduleNumber} = page;
    if (sections.length === 0) {
      const where = h2[0]?.place ?? page.frontMatter.place;
      const n = moduleNumber ?? 'N';
      report(where, `The module has no numbered sections; add them as "## ${n}.1 Area - Topic", "## ${n}.2 Area - Topic", ...`);
    }
    const lastNumbered = sections.at(-1)?.heading;
    for (const heading of h2) {
      const section = sections.find((s) => s.heading === heading);
      if (!section) {
        if (/^\d/.test(heading.text) && !numberedHeading.test(heading.text)) {
          report(heading.place, `Section heading must read "N.k Area - Topic", e.g. "## 6.3 Continuous Integration - Software Supply Chain Security"; it is "${heading.text}".`);
        } else if (lastNumbered && heading.place.line < lastNumbered.place.line) {
          report(heading.place, `"## ${heading.text}" comes before numbered section "${lastNumbered.text}"; move it after the last numbered section, or number it.`);
        }
        continue;
      }
      const {module: n, index: k} = section.expected;
      if (section.module !== n || section.index !== k) {
        report(heading.place, `Section number must be ${n}.${k} (sections run ${n}.1, ${n}.2, ${n}.3, ... in order); renumber "${section.module}.${section.index}" to "${n}.${k}".`);
      }
    }
  },
};
