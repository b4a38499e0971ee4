import {moduleSections, sectionNumber} from '@site/src/remark/sections';

export interface Heading {
  /** As in the table of contents: HTML. */
  value: string;
  id: string;
  level: number;
}

export interface ModuleJsonLdInput {
  title: string;
  description: string;
  /** The page's canonical URL. */
  url: string;
  headings: readonly Heading[];
  image?: string;
  /** Last update, in milliseconds since the epoch (from git). */
  lastUpdatedAt?: number | null;
}

const entities: Record<string, string> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'"};
const plain = (html: string) =>
  html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]).trim();

/**
 * schema.org `LearningResource` for a module page (one whose `##` headings are
 * numbered sections, as `src/remark/sections.ts` decides), with each section
 * as a part; null for any other page. Built from the page's own data only,
 * so the inline script is the same on every build of the same content.
 */
export function moduleJsonLd(input: ModuleJsonLdInput): string | null {
  const sections = input.headings.filter((h) => h.level === 2 && sectionNumber(plain(h.value)));
  const found = moduleSections(sections.map((h) => plain(h.value)));
  if (!found) return null;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: input.title,
    description: input.description,
    url: input.url,
    inLanguage: 'en',
    learningResourceType: 'Module',
    isAccessibleForFree: true,
    license: 'https://creativecommons.org/licenses/by-sa/4.0/',
    ...(input.image && {image: input.image}),
    ...(input.lastUpdatedAt && {dateModified: new Date(input.lastUpdatedAt).toISOString()}),
    isPartOf: {
      '@type': 'Course',
      name: 'Dynamic DevOps Roadmap',
      description: 'A roadmap that takes you from the basics to a working DevOps engineer, module by module.',
      url: 'https://github.com/DevOpsHiveHQ/dynamic-devops-roadmap',
      provider: {'@type': 'Organization', name: 'DevOps Hive'},
    },
    hasPart: sections.map((h, i) => ({
      '@type': 'LearningResource',
      name: plain(h.value),
      position: i + 1,
      url: `${input.url}#${h.id}`,
    })),
  };
  // "</script>" in a title must not end the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
