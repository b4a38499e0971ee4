import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkContent, checkFile, checkModule, formatProblem, isModulePage} from './checkModule';
import {escapeHeadingIds} from './parse';
import {repoRoot} from './topicAreas';
import type {Problem} from './types';

const fixtures = 'scripts/lint/fixtures';
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const lint = (name: string) => checkModule(`${fixtures}/${name}`, read(`${fixtures}/${name}`));
/** `path:line:column rule`: the part of a problem the assertions pin down. */
const where = (p: Problem) => `${p.path}:${p.line}:${p.column} ${p.rule}`;

describe('one fixture per rule: the fault is reported at its exact place', () => {
  const cases: [fixture: string, expected: string][] = [
    ['front-matter.mdx', 'front-matter.mdx:3:1 module/front-matter'],
    ['section-numbering.mdx', 'section-numbering.mdx:29:1 module/section-numbering'],
    ['section-parts.mdx', 'section-parts.mdx:37:15 module/section-parts'],
    ['empty-section.mdx', 'empty-section.mdx:33:1 module/empty-section'],
    ['unique-heading-ids.mdx', 'unique-heading-ids.mdx:37:19 module/unique-heading-ids'],
    ['resource-format.mdx', 'resource-format.mdx:42:3 module/resource-format'],
    ['duplicate-resource.mdx', 'duplicate-resource.mdx:42:3 module/duplicate-resource'],
    ['figure-alt.mdx', 'figure-alt.mdx:11:24 module/figure-alt'],
    ['mojibake.mdx', 'mojibake.mdx:19:30 content/mojibake'],
    ['mdx-syntax.mdx', 'mdx-syntax.mdx:35:30 mdx/syntax'],
  ];
  it.each(cases)('%s', (fixture, expected) => {
    expect(lint(fixture).map(where)).toEqual([`${fixtures}/${expected}`]);
  });

  it('the valid fixture passes every rule', () => {
    expect(lint('valid-module.mdx')).toEqual([]);
  });

  it('every rule has a fixture', () => {
    const files = readdirSync(join(repoRoot, fixtures));
    for (const [fixture] of cases) expect(files).toContain(fixture);
  });
});

describe('several faults in one page', () => {
  it('reports all of them in one run, in line order', () => {
    expect(lint('several-faults.mdx').map(where).map((w) => w.replace(`${fixtures}/several-faults.mdx:`, ''))).toEqual([
      '4:1 module/front-matter',
      '11:24 module/figure-alt',
      '13:1 module/section-parts',
      '17:30 content/mojibake',
      '19:15 module/section-parts',
      '27:1 module/section-numbering',
      '31:1 module/empty-section',
      '37:3 module/resource-format',
      '38:3 module/duplicate-resource',
      '42:1 module/section-numbering',
      '54:15 module/section-parts',
      '54:15 module/unique-heading-ids',
    ]);
  });

  it('prints path:line:column, the rule, and a message that says what to do', () => {
    const lines = lint('several-faults.mdx').map(formatProblem);
    expect(lines[0]).toMatch(/^scripts\/lint\/fixtures\/several-faults\.mdx:4:1 {2}module\/front-matter {2}description is missing or empty; add /);
    expect(lines).toContain(
      'scripts/lint/fixtures/several-faults.mdx:19:15  module/section-parts  Heading id must be {#91-resources}; rename it so links into this section keep working.',
    );
  });
});

/** The valid fixture with some text replaced: for the variations of a rule. */
function variant(...replacements: [string, string][]): Problem[] {
  let source = read(`${fixtures}/valid-module.mdx`);
  for (const [from, to] of replacements) {
    expect(source).toContain(from);
    source = source.replace(from, to);
  }
  return checkModule('docs/foundations/module-09/index.mdx', source);
}
const rulesAndLines = (problems: Problem[]) => problems.map((p) => `${p.line} ${p.rule}: ${p.message}`);

describe('module/front-matter', () => {
  it('wants "Module N: ..." in the title', () => {
    const problems = variant(['title: "Module 9: Checking Content"', 'title: "Checking Content"']);
    expect(rulesAndLines(problems)).toEqual([expect.stringMatching(/^2 module\/front-matter: title must read "Module N: Title"/)]);
  });
  it('wants the folder number in the title', () => {
    const source = read(`${fixtures}/valid-module.mdx`);
    const problems = checkModule('docs/foundations/module-08/index.mdx', source);
    expect(rulesAndLines(problems)[0]).toMatch(/^2 module\/front-matter: title says Module 9 but the folder is module 8/);
  });
  it('limits the description to 160 characters', () => {
    const problems = variant(['for the content-check tests.', `${'x'.repeat(140)}.`]);
    expect(rulesAndLines(problems)).toEqual([expect.stringMatching(/^4 module\/front-matter: description is 1\d\d characters; shorten it to at most 160/)]);
  });
  it('reports a page without front matter at 1:1', () => {
    const source = read(`${fixtures}/valid-module.mdx`).replace(/^---[\s\S]*?---\n/, '');
    const problems = checkModule(`${fixtures}/x.mdx`, source).filter((p) => p.rule === 'module/front-matter');
    expect(problems.map(where)).toEqual([`${fixtures}/x.mdx:1:1 module/front-matter`]);
  });
  it('reports invalid YAML as mdx/syntax at its line', () => {
    const problems = variant(['sidebar_label: "9. Checking Content"', 'sidebar_label: "9. Checking" Content"']);
    expect(rulesAndLines(problems)).toContain('3 mdx/syntax: Front matter is not valid YAML (Unexpected scalar at node end); fix it, and quote values that contain ": " or start with a special character.');
    expect(problems.find((p) => p.rule === 'mdx/syntax')!.column).toBe('sidebar_label: "9. Checking" Content"'.indexOf('Content') + 1);
  });
});

describe('module/section-numbering', () => {
  it('reports a heading that is not "N.k Area - Topic"', () => {
    const problems = variant(['## 9.2 Containers - Kubernetes Operators', '## 9.2 Containers: Kubernetes Operators']);
    expect(problems.map((p) => `${p.line} ${p.rule}`)).toContain('29 module/section-numbering');
  });
  it('reports the wrong module number', () => {
    const problems = variant(['## 9.2 Containers', '## 8.2 Containers']);
    expect(rulesAndLines(problems)).toEqual([expect.stringMatching(/^29 module\/section-numbering: Section number must be 9\.2 /)]);
  });
  it('reports a module without numbered sections', () => {
    const source = read(`${fixtures}/valid-module.mdx`).split('## 9.1')[0];
    expect(checkModule(`${fixtures}/x.mdx`, source).map((p) => p.rule)).toEqual(['module/section-numbering']);
  });
});

describe('module/section-parts', () => {
  it('reports a missing topic image at the section heading', () => {
    const problems = variant(['<TopicImage area="containers" />\n\n', '']);
    expect(rulesAndLines(problems)).toEqual([expect.stringMatching(/^29 module\/section-parts: Section 9\.2 has no topic image; add <TopicImage area="containers" \/>/)]);
  });
  it('reports an unknown or mismatched topic area', () => {
    expect(rulesAndLines(variant(['area="containers"', 'area="boats"']))).toEqual([expect.stringMatching(/^31 module\/section-parts: TopicImage area "boats" is unknown; use one of: code, containers/)]);
    expect(rulesAndLines(variant(['area="containers"', 'area="code"']))).toEqual([expect.stringMatching(/^31 module\/section-parts: TopicImage area "code" does not match the section's area "Containers"; use area="containers"/)]);
  });
  it('reports a missing part, a missing id and an extra subsection', () => {
    const problems = variant(
      ['### What you need to know {#92-what-you-need-to-know}', '### What you need to know'],
      ['### Resources {#91-resources}', '### Reading {#91-resources}'],
    );
    expect(rulesAndLines(problems)).toEqual([
      expect.stringMatching(/^13 module\/section-parts: Section 9\.1 has no "### Resources \{#91-resources\}"/),
      expect.stringMatching(/^21 module\/section-parts: Section 9\.1 may only have the subsections/),
      expect.stringMatching(/^33 module\/section-parts: Heading has no id; write it as "### What you need to know \{#92-what-you-need-to-know\}"/),
    ]);
    const noId = problems.find((p) => p.line === 33)!;
    expect(noId.column).toBe('### What you need to know'.length + 1);
  });
  it('ends the sections at a --- rule, so a footer may follow the last one', () => {
    const source = `${read(`${fixtures}/valid-module.mdx`).split('## Project')[0]}---\n\nIf you are done, go back to the index.\n`;
    expect(checkModule(`${fixtures}/x.mdx`, source)).toEqual([]);
  });
  it('accepts the ids of the number a misnumbered section should have', () => {
    const problems = variant(['## 9.2 Containers', '## 9.5 Containers']);
    expect(problems.map((p) => p.rule)).toEqual(['module/section-numbering']);
  });
});

describe('module/empty-section', () => {
  it('wants <BeingWritten part="resources" /> in an empty Resources part', () => {
    const problems = variant(['<BeingWritten part="resources" />', '<BeingWritten />']);
    expect(rulesAndLines(problems)).toEqual([expect.stringMatching(/^56 module\/empty-section: Use <BeingWritten part="resources" \/> in "Resources" of section 9\.3/)]);
  });
  it('reports an empty <Resources> list', () => {
    const problems = variant(['- [Sprint Retrospective - Atlassian](https://www.atlassian.com/team-playbook/plays/retrospective)\n\n', '']);
    expect(rulesAndLines(problems)).toEqual([expect.stringMatching(/^23 module\/empty-section: <Resources> of section 9\.1 lists nothing/)]);
  });
});

describe('module/resource-format', () => {
  it('wants "Title - Source" text', () => {
    const problems = variant(['[Sprint Retrospective - Atlassian]', '[Sprint Retrospective]']);
    expect(problems.map(where)).toEqual(['docs/foundations/module-09/index.mdx:25:3 module/resource-format']);
  });
  it('wants exactly one link per item, inside <Resources>', () => {
    const problems = variant(
      ['- [Sprint Retrospective - Atlassian](https://www.atlassian.com/team-playbook/plays/retrospective)', '- [Sprint Retrospective - Atlassian](https://www.atlassian.com/team-playbook/plays/retrospective), a good start'],
      ['<BeingWritten part="resources" />', '- [Argo CD - Argo Project](https://argo-cd.readthedocs.io/)'],
    );
    expect(problems.map((p) => `${p.line}:${p.column} ${p.rule}`)).toEqual(['25:1 module/resource-format', '56:1 module/resource-format']);
  });
});

describe('module/unique-heading-ids', () => {
  it('counts generated ids too, as Docusaurus makes them', () => {
    const problems = variant(['- Review what went well', '#### 91 resources\n\n- Review what went well']);
    expect(rulesAndLines(problems)).toEqual([expect.stringMatching(/^23 module\/unique-heading-ids: Heading id "91-resources" is already used by the heading on line 19/)]);
  });
});

describe('module/figure-alt', () => {
  it('reports a Figure without alt, and one with an empty expression', () => {
    expect(variant(['alt="Module 9 overview: Checking Content."', '']).map((p) => `${p.line}:${p.column} ${p.rule}`)).toEqual(['11:1 module/figure-alt']);
    expect(variant(['alt="Module 9 overview: Checking Content."', 'alt={""}']).map((p) => `${p.line}:${p.column} ${p.rule}`)).toEqual(['11:24 module/figure-alt']);
  });
});

describe('content/mojibake', () => {
  it('finds it in front matter, link text and JSX attributes, and says what the bytes meant', () => {
    const problems = variant(
      ['A module page', 'A module\u00C2\u00A0page'],
      ['[Sprint Retrospective - Atlassian]', '[Sprint RetrospectÃ©ive - Atlassian]'],
      ['Checking Content."', 'Checking Content ðŸš€"'],
    );
    expect(rulesAndLines(problems)).toEqual([
      expect.stringMatching(/^4 content\/mojibake: Found mojibake "Â\u00A0": .*replace it with "\u00A0"/),
      expect.stringMatching(/^11 content\/mojibake: Found mojibake "ðŸš€": .*replace it with "🚀"/),
      expect.stringMatching(/^25 content\/mojibake: Found mojibake "Ã©": .*replace it with "é"/),
    ]);
  });
});

describe('mdx/syntax', () => {
  it('reports an unclosed JSX tag with its line instead of crashing', () => {
    const problems = variant(['</Resources>\n\n## 9.2', '\n## 9.2']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({rule: 'mdx/syntax', line: 23, column: 1});
    expect(problems[0].message).toBe('MDX cannot parse this: Expected a closing tag for `<Resources>`; a < starts a JSX tag: close the tag (<X>...</X> or <X />), or write a literal < as \\<.');
  });
  it('keeps columns exact on a heading line whose {#id} was escaped', () => {
    // acorn stops after `oops`, at the space before `now`.
    const line = '### Resources {#91-resources} {oops now}';
    const problems = variant(['### Resources {#91-resources}', line]);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.rule}`)).toEqual([`21:${line.indexOf(' now') + 1} mdx/syntax`]);
  });
  it('reports {#id} outside a heading, as the build would', () => {
    const problems = variant(['- Review what went well', '- Review {#not-a-heading} what went well']);
    expect(problems.map((p) => `${p.line} ${p.rule}`)).toEqual(['19 mdx/syntax']);
  });
});

describe('heading ids are parsed as Docusaurus parses them', () => {
  it('escapes exactly what @docusaurus/utils escapes', async () => {
    const {escapeMarkdownHeadingIds} = await import('@docusaurus/utils');
    const files = [
      ...readdirSync(join(repoRoot, fixtures)).map((f) => `${fixtures}/${f}`),
      ...readdirSync(join(repoRoot, 'docs'), {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.mdx')).map((f) => `docs/${f}`),
    ];
    const tricky = '## A {#a}\n### B \\{#b}\n#### C {#c} {#d}\nText {#e}\n\n```\n# {#f}\n```\n';
    for (const source of [tricky, ...files.map(read)]) {
      expect(escapeHeadingIds(source).text).toBe(escapeMarkdownHeadingIds(source));
    }
  });
});

describe('which checks a file gets', () => {
  it('runs the module rules on module pages and fixtures only', () => {
    expect(isModulePage('docs/foundations/module-06/index.mdx')).toBe(true);
    expect(isModulePage('scripts/lint/fixtures/front-matter.mdx')).toBe(true);
    expect(isModulePage('docs/getting-started.mdx')).toBe(false);
    expect(isModulePage('docs/foundations/module-06/notes.mdx')).toBe(false);
  });
  it('checks other pages for MDX syntax and mojibake only', () => {
    const page = '---\ntitle: Getting started\n---\n\n## Hello\n\nItâ€™s here.\n';
    expect(checkFile('docs/getting-started.mdx', page).map(where)).toEqual(['docs/getting-started.mdx:7:3 content/mojibake']);
    expect(checkContent('docs/x.mdx', 'a <b\n').map((p) => p.rule)).toEqual(['mdx/syntax']);
  });
});

describe('the published content', () => {
  it('module 6 passes every module rule', () => {
    const path = 'docs/foundations/module-06/index.mdx';
    expect(checkModule(path, read(path)).map(formatProblem)).toEqual([]);
  });
});
