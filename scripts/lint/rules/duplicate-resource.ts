import {resourceEntries} from '../resources';
import type {Rule} from '../types';

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

export const duplicateResource: Rule = {
  name: 'module/duplicate-resource',
  description: 'No URL is listed twice among a module\'s resources.',
  check({page, report}) {
    const first = new Map<string, {line: number; section: string}>();
    for (const {link, section} of resourceEntries(page)) {
      if (!link) continue;
      const key = normaliseUrl(link.url);
      const place = page.place(link);
      const earlier = first.get(key);
      const number = `${section.module}.${section.index}`;
      if (earlier) {
        report(place, `${link.url} is already listed in section ${earlier.section} (line ${earlier.line}); remove this one or link a different page.`);
      } else {
        first.set(key, {line: place.line, section: number});
      }
    }
  },
};
