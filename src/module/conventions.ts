/**
 * The conventions a module page follows, written down once. Everything that
 * needs them (the model reader, the remark plugin, the content lint, the
 * `new-module` scaffold, the components) imports them from here. Browser-safe:
 * no Node imports, so components can use it too.
 */

/** The DevOps areas a section can belong to; `<TopicImage area="...">` draws one icon each. */
export const topicAreas = [
  'planning',
  'code',
  'continuous-integration',
  'continuous-delivery',
  'continuous-deployment',
  'infrastructure',
  'containers',
] as const;

export type TopicArea = (typeof topicAreas)[number];

export function isTopicArea(value: unknown): value is TopicArea {
  return typeof value === 'string' && (topicAreas as readonly string[]).includes(value);
}

/** "Continuous Integration" -> "continuous-integration": the area as a heading writes it, as an id. */
export function areaSlug(area: string): string {
  return area.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** "continuous-integration" -> "Continuous Integration": as a heading writes it. */
export function areaTitle(area: string): string {
  return area
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** A module lives in `docs/.../module-NN/index.mdx`; NN is its number. */
export const moduleFilePattern = /(?:^|[\\/])module-0*(\d+)[\\/]index\.mdx?$/;

export function isModuleFile(path: string | undefined): boolean {
  return Boolean(path && moduleFilePattern.test(path));
}

/** The folder `new-module` creates for module N: `module-07`. */
export const moduleFolderName = (n: number): string => `module-${String(n).padStart(2, '0')}`;

/** A numbered section's heading: `## 6.3 Continuous Integration - Software Supply Chain Security`. */
export const sectionHeadingPattern = /^(\d+)\.(\d+) (\S(?:.*?\S)?) - (\S.*)$/;

/** `title: "Module 6: Optimize - Keep Improving"` */
export const moduleTitlePattern = /^Module (\d+): (\S.*)$/;

/** The two parts of every section, in this order, as `###` headings. */
export const partTitles = {know: 'What you need to know', resources: 'Resources'} as const;
export type PartKind = keyof typeof partTitles;

/** The ids the two parts must have: `61-what-you-need-to-know`, `61-resources` for section 6.1. */
export function partIds(moduleNumber: number, index: number): Record<PartKind, string> {
  const prefix = `${moduleNumber}${index}`;
  return {know: `${prefix}-what-you-need-to-know`, resources: `${prefix}-resources`};
}

/**
 * Front matter key holding the one-line summary of each section, shown on the
 * home page's topic cards: `summaries: {"6.1": "..."}`.
 */
export const summariesKey = 'summaries';

/** The quiz file a module may have beside its `index.mdx` (loaded by the module plugin). */
export const quizFileName = 'quiz.yml';

/**
 * Splits a resource link's text, "Title - Source", at its last " - ". The
 * source is undefined when the text names none (the lint asks for one; the
 * page then shows the link's host).
 */
export function splitTitleAndSource(text: string): {title: string; source?: string} {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const at = trimmed.lastIndexOf(' - ');
  if (at > 0 && at + 3 < trimmed.length) {
    return {title: trimmed.slice(0, at).trim(), source: trimmed.slice(at + 3).trim()};
  }
  return {title: trimmed};
}

/** "https://www.atlassian.com/x" -> "atlassian.com": a source for links that name none. */
export function hostOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}
