import {defineRule} from '../rule';

/** Same page, whatever the host's case or a trailing slash. */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hostname = parsed.hostname.toLowerCase();
    if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
    return parsed.href;
  } catch {
    return url.trim();
  }
}

export const duplicateResource = defineRule({
  id: 'module/duplicate-resource',
  scope: 'module',
  description: "No URL is listed twice among a module's resources.",
  check({model, report}) {
    const first = new Map<string, {line: number; section: string}>();
    for (const section of model.sections) {
      for (const {link} of section.resources) {
        if (!link) continue;
        const key = normaliseUrl(link.url);
        const place = model.place(link);
        const earlier = first.get(key);
        if (earlier) {
          report(place, `${link.url} is already listed in section ${earlier.section} (line ${earlier.line}); remove this one or link a different page.`);
        } else {
          first.set(key, {line: place.line, section: section.number});
        }
      }
    }
  },
});
