/**
 * A small module, written the way a contributor writes one, for tests of
 * everything that reads the module model. `section()` writes one more
 * section: heading, topic image, the two anchored parts and a resource.
 */
export interface FixtureSection {
  k: number;
  area: string;
  areaTitle: string;
  topic: string;
  /** Written text, or `<BeingWritten />` when false. */
  written?: boolean;
  url?: string;
}

export function section(n: number, s: FixtureSection): string {
  const written = s.written ?? true;
  return [
    `## ${n}.${s.k} ${s.areaTitle} - ${s.topic}`,
    '',
    `<TopicImage area="${s.area}" />`,
    '',
    `### What you need to know {#${n}${s.k}-what-you-need-to-know}`,
    '',
    written ? `- What a reader needs to know about ${s.topic.toLowerCase()}.` : '<BeingWritten />',
    '',
    `### Resources {#${n}${s.k}-resources}`,
    '',
    written
      ? `<Resources>\n\n- [All about ${s.topic} - Example Docs](${s.url ?? `https://example.org/${n}-${s.k}`})\n\n</Resources>`
      : '<BeingWritten part="resources" />',
    '',
  ].join('\n');
}

export const fixtureSections: FixtureSection[] = [
  {k: 1, area: 'planning', areaTitle: 'Planning', topic: 'Retrospectives'},
  {k: 2, area: 'code', areaTitle: 'Code', topic: 'Profiling', written: false},
];

/** Module `n` with the given sections; every section has a summary unless `summaries` says otherwise. */
export function moduleSource(
  n = 7,
  sections: FixtureSection[] = fixtureSections,
  summaries: Record<string, string> = Object.fromEntries(sections.map((s) => [`${n}.${s.k}`, `Summary of ${s.topic}.`])),
): string {
  const summaryLines = Object.entries(summaries).map(([key, value]) => `  "${key}": "${value}"`);
  return [
    '---',
    `title: "Module ${n}: Fixture Module"`,
    `sidebar_label: "${n}. Fixture Module"`,
    'description: "A module for tests."',
    ...(summaryLines.length ? ['summaries:', ...summaryLines] : []),
    '---',
    '',
    "import overview from './overview.svg';",
    '',
    '<Figure src={overview} alt="Module overview: the fixture module." />',
    '',
    ...sections.map((s) => section(n, s)),
    '## Project - Fixture Phase',
    '',
    'Build the fixture.',
    '',
  ].join('\n');
}

/** The path a module file has in a site: what makes the page a module. */
export const modulePath = (n = 7) => `docs/foundations/module-${String(n).padStart(2, '0')}/index.mdx`;
