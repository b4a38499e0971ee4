/** A part of a module, as the module model names it: its heading and the heading's id. */
export interface ModulePart {
  name: string;
  id: string;
}

export interface ModuleJsonLdInput {
  title: string;
  description: string;
  /** The page's canonical URL. */
  url: string;
  /** The module's numbered sections, in order (from the module model). */
  parts: readonly ModulePart[];
  image?: string;
  /** Last update, in milliseconds since the epoch (from git). */
  lastUpdatedAt?: number | null;
}

/**
 * schema.org `LearningResource` for a module page, with each section as a
 * part. Built from the page's own data only, so the inline script is the same
 * on every build of the same content.
 */
export function moduleJsonLd(input: ModuleJsonLdInput): string {
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
    hasPart: input.parts.map((part, i) => ({
      '@type': 'LearningResource',
      name: part.name,
      position: i + 1,
      url: `${input.url}#${part.id}`,
    })),
  };
  // "</script>" in a title must not end the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
