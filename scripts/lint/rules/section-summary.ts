import {summariesKey} from '../../../src/module/conventions';
import {defineRule} from '../rule';

export const sectionSummary = defineRule({
  id: 'module/section-summary',
  scope: 'module',
  description: `Every numbered section has a one-line summary for its home page card in front matter \`${summariesKey}\` ("N.k": "..."), and every summary belongs to a section.`,
  check({model, report}) {
    const fm = model.frontMatter;
    if (!fm.present || fm.error) return; // module/front-matter reports it
    const raw = fm.data[summariesKey];
    const summaries = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
    const where = fm.keys.get(summariesKey) ?? fm.place;
    if (raw !== undefined && !summaries) {
      report(where, `${summariesKey} must map each section number to its summary, e.g. ${summariesKey}: {"6.1": "Learn from each iteration."}.`);
      return;
    }
    for (const section of model.sections) {
      if (section.summary) continue;
      report(
        section.heading.place,
        `Section ${section.number} has no summary for its card on the home page; add it to the front matter: ${summariesKey}: then  "${section.number}": "One line on what the section teaches."`,
      );
    }
    const numbers = new Set(model.sections.map((s) => s.number));
    for (const key of Object.keys(summaries ?? {})) {
      if (!numbers.has(key)) {
        report(where, `${summariesKey} has "${key}", which is no section of this page; rename it to the section's number (quoted, e.g. "6.1") or remove it.`);
      }
    }
  },
});
