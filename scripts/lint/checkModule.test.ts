import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, posix} from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkContent, checkFile, checkModule, formatProblem, isModulePage} from './checkModule';
import {Site, checkLink, docUrl} from './links';
import {escapeHeadingIds} from './parse';
import {repoRoot} from './topicAreas';
import type {Problem} from './types';

const fixtures = 'scripts/lint/fixtures';
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const lint = (name: string) => checkModule(`${fixtures}/${name}`, read(`${fixtures}/${name}`));
/** `path:line:column rule`: the part of a problem the assertions pin down. */
const where = (p: Problem) => `${p.path}:${p.line}:${p.column} ${p.rule}`;

describe('one fixture per rule: the fault is reported at its exact place', () => {
  const cases: [fixture: string, expected: string | string[]][] = [
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
    // A missing file, an anchor another page lacks, an anchor this page lacks.
    ['internal-link.mdx', ['internal-link.mdx:20:58 content/internal-link', 'internal-link.mdx:37:3 content/internal-link', 'internal-link.mdx:65:48 content/internal-link']],
  ];
  it.each(cases)('%s', (fixture, expected) => {
    expect(lint(fixture).map(where)).toEqual([expected].flat().map((place) => `${fixtures}/${place}`));
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

describe('content/internal-link', () => {
  const page = 'docs/foundations/module-09/index.mdx';
  /** The valid module as a doc at /foundations/module-09/, with lines added from line 62. */
  const withLinks = (...lines: string[]) => checkModule(page, `${read(`${fixtures}/valid-module.mdx`)}\n${lines.join('\n')}\n`);
  const placesAndMessages = (problems: Problem[]) => problems.map((p) => `${p.line}:${p.column} ${p.rule}: ${p.message}`);

  it('follows every kind of link that leads somewhere', () => {
    expect(
      withLinks(
        '[Phase 6](../../projects/hivebox.mdx#phase-6), [module 6](../module-06/index.mdx#61-resources), [the start](../../getting-started.mdx), [this page](./index.mdx#92-resources), [this section](#92-resources).',
        '[By URL](/projects/hivebox/#phase-6), [no slash](/projects/hivebox#phase-6), [relative URL](../../projects/hivebox/#phase-6), [home](/), [search](/search/), [logo](/img/logo.svg).',
        '[External](https://example.com/#nope), [mail](mailto:team@example.com), [escape hatch](pathname:///nope/), [empty hash](#).',
        '[By reference][questions] <a href="#91-resources">here</a> <Link to="/interview/interview-questions/#module-6">questions</Link> <Link to={computed}>x</Link>',
        '',
        '[questions]: ../../interview/interview-questions.mdx#module-6',
      ),
    ).toEqual([]);
  });

  it('reports each broken link where it starts, and says what to do', () => {
    const problems = withLinks(
      '[Missing](./nope.mdx) and [phase 99](../../projects/hivebox.mdx#phase-99).',
      'See [the resources](#92-resource).',
      '[No page](/projects/nope/), [wrong case](/Projects/HiveBox/), [no file](/img/nope.svg), [relative URL](../projects/hivebox).',
      '<Link to="../../projects/hivebox.mdx">x</Link> [empty]()',
      '',
      '[ref]: ../../interview/interview-questions.mdx#module-7',
    );
    expect(placesAndMessages(problems)).toEqual([
      '62:1 content/internal-link: Link target ./nope.mdx does not exist; fix the path (relative to this file) or create the page.',
      '62:27 content/internal-link: Anchor #phase-99 is not a heading id in docs/projects/hivebox.mdx (ids there: #what-hivebox-is, #how-to-start, #how-the-phases-follow-the-modules, #phase-6, #phase-6-tasks, #phase-6-definition-of-done, #what-comes-next); link to one of them, or give the heading an explicit {#phase-99}.',
      expect.stringMatching(/^63:5 content\/internal-link: Anchor #92-resource is not a heading id on this page \(ids here: .*#92-resources.*\); link to one of them, or give the heading an explicit \{#92-resource\}\.$/),
      "64:1 content/internal-link: Link /projects/nope/ is not a page of the site or a file in static/; fix the path (a doc's URL is its path under docs/ without .mdx, and an index.mdx has its folder's URL), or link the page's file: [text](./page.mdx).",
      expect.stringMatching(/^64:29 content\/internal-link: Link \/Projects\/HiveBox\/ is not a page of the site or a file in static\/; did you mean \/projects\/hivebox\/\? Fix the path/),
      '64:63 content/internal-link: Link /img/nope.svg is not a file in static/ (there is no static/img/nope.svg); fix the path, or add the file to static/.',
      "64:89 content/internal-link: Link ../projects/hivebox is a URL relative to this page's URL (/foundations/module-09/), so it leads to /foundations/projects/hivebox, which is not a page of the site; link the page's file instead ([text](./page.mdx)), or write its URL from the root (/path/).",
      "65:7 content/internal-link: A JSX link is a URL, not a file, so ../../projects/hivebox.mdx is not turned into the page's URL; write /projects/hivebox/, or use a Markdown link: [text](../../projects/hivebox.mdx).",
      '65:48 content/internal-link: Link has no URL; write where it leads (./page.mdx, ./page.mdx#id, /path/ or https://...), or remove the link.',
      expect.stringMatching(/^67:1 content\/internal-link: Anchor #module-7 is not a heading id in docs\/interview\/interview-questions\.mdx \(ids there: #module-6, /),
    ]);
  });

  it('lists at most 8 ids, the closest to the one asked for', () => {
    const [problem] = withLinks('[Resources](../module-06/index.mdx#69-resources)');
    expect(problem.message).toMatch(/\(ids there: #61-resources, #62-resources, #63-resources, #64-resources, #65-resources, #66-resources, #67-resources, #68-resources, \.\.\.\)/);
  });

  it('counts the ids Docusaurus counts: headings, and id on <a>, <li>, <details>', () => {
    const problems = withLinks('<a id="kept" /> <div id="lost" />', '', '[Kept](#kept), [lost](#lost).');
    expect(placesAndMessages(problems)).toEqual([
      `64:16 content/internal-link: Anchor #lost is the id of a <div> on this page (line 62), which Docusaurus' anchor check does not see, so the build calls the link broken; give a heading the explicit {#lost} instead, or put the id on an <a id="lost" />.`,
    ]);
  });

  it('wants a page of the site, not any file', () => {
    expect(placesAndMessages(withLinks('[Readme](../../../README.md)'))).toEqual([
      '62:1 content/internal-link: Link target ../../../README.md is README.md, which is not a page of the site (pages are the .md/.mdx files under docs/ whose names do not start with _); link a page, or link the file\'s URL on GitHub.',
    ]);
  });

  it('runs on every page, not only module pages', () => {
    const other = '---\ntitle: Notes\n---\n\n## Notes\n\nSee [phase 6](./projects/hivebox.mdx#phase-7) and [the project](./projects/hivebox).\n';
    expect(placesAndMessages(checkFile('docs/notes.mdx', other))).toEqual([
      expect.stringMatching(/^7:5 content\/internal-link: Anchor #phase-7 is not a heading id in docs\/projects\/hivebox\.mdx/),
      // docs/notes.mdx is /notes/, so a relative URL starts from there, not from the file's folder.
      "7:51 content/internal-link: Link ./projects/hivebox is a URL relative to this page's URL (/notes/), so it leads to /notes/projects/hivebox, which is not a page of the site; link the file instead: [text](./projects/hivebox.mdx).",
    ]);
  });

  it("computes a doc's URL exactly as the docs plugin does", async () => {
    const {default: getSlug} = await import('@docusaurus/plugin-content-docs/lib/slug.js');
    const {DefaultNumberPrefixParser} = await import('@docusaurus/plugin-content-docs/lib/numberPrefix.js');
    const cases: [string, Record<string, unknown>][] = [
      ['getting-started.mdx', {}],
      ['projects/hivebox.mdx', {}],
      ['foundations/module-06/index.mdx', {}],
      ['index.mdx', {}],
      ['guides/README.md', {}],
      ['guides/guides.mdx', {}],
      ['01-intro/02-setup.mdx', {}],
      ['01-intro/index.mdx', {}],
      ['01-intro/01-index.mdx', {}],
      ['2021-11-notes.mdx', {}],
      ['01-a/01-b.mdx', {parse_number_prefixes: false}],
      ['a/b.mdx', {slug: '/custom/path'}],
      ['a/b.mdx', {slug: 'relative'}],
      ['a/b/c.mdx', {slug: '../up'}],
      ['a/b.mdx', {id: 'other'}],
      ['a/index.mdx', {slug: 'named'}],
    ];
    for (const [rel, frontMatter] of cases) {
      const name = posix.basename(rel).replace(/\.mdx?$/, '');
      const strip = frontMatter.parse_number_prefixes !== false;
      const slug = getSlug({
        baseID: (frontMatter.id as string | undefined) ?? (strip ? DefaultNumberPrefixParser(name).filename : name),
        source: rel,
        sourceDirName: posix.dirname(rel),
        frontMatterSlug: frontMatter.slug as string | undefined,
        stripDirNumberPrefixes: strip,
      });
      expect(docUrl(rel, frontMatter), rel).toBe(slug.endsWith('/') ? slug : `${slug}/`);
    }
  });

  it('maps docs, src/pages and static/ of a site, and checks links into it', () => {
    const root = mkdtempSync(join(tmpdir(), 'internal-link-'));
    try {
      const files: Record<string, string> = {
        'docs/01-guide/index.mdx': '# Guide\n',
        'docs/01-guide/02-setup.mdx': '---\nid: install\n---\n\n## Step one\n\n<details id="more"><summary>More</summary>Text.</details>\n',
        'docs/moved.mdx': '---\nslug: /elsewhere\n---\n\nText.\n',
        'docs/_partial.mdx': 'Shared text.\n',
        'src/pages/index.tsx': 'export default () => null;\n',
        'src/pages/about.mdx': '## Team {#team}\n',
        'src/pages/_hidden.tsx': 'export default () => null;\n',
        'src/pages/index.module.css': '.x {}\n',
        'static/files/report.pdf': '%PDF\n',
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), {recursive: true});
        writeFileSync(join(root, path), text);
      }
      const site = new Site(root);
      expect([...site.routes().keys()].sort()).toEqual(['/', '/about/', '/elsewhere/', '/guide/', '/guide/install/']);
      const from = {file: join(root, 'docs/01-guide/index.mdx'), url: '/guide/', anchors: []};
      const ok = ['./02-setup.mdx#step-one', './02-setup.mdx#more', 'install/#step-one', '/guide/install/#more', '/elsewhere/', '/about/#team', '/', '/#anything', '/files/report.pdf'];
      for (const url of ok) expect(checkLink(site, from, url, 'markdown'), url).toBeUndefined();
      expect(checkLink(site, from, '../_partial.mdx', 'markdown')).toMatch(/^Link target \.\.\/_partial\.mdx is docs\/_partial\.mdx, which is not a page of the site/);
      expect(checkLink(site, from, '/moved/', 'markdown')).toMatch(/^Link \/moved\/ is not a page of the site/);
      expect(checkLink(site, from, '/install/', 'markdown')).toMatch(/did you mean \/guide\/install\/\? Fix the path/);
      expect(checkLink(site, from, './02-setup.mdx#step-two', 'markdown')).toMatch(/^Anchor #step-two is not a heading id in docs\/01-guide\/02-setup\.mdx \(ids there: #step-one, #more\)/);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
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
  it('checks other pages for MDX syntax, mojibake and internal links only', () => {
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

  const pages = ['docs', 'src/pages'].flatMap((dir) =>
    readdirSync(join(repoRoot, dir), {recursive: true, encoding: 'utf8'})
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => `${dir}/${file.split('\\').join('/')}`),
  );
  it('every page passes, internal links included', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((path) => checkFile(path, read(path))).map(formatProblem)).toEqual([]);
  });
  it('its links are checked: one broken anchor is found', () => {
    const path = 'docs/getting-started.mdx';
    const source = read(path);
    expect(source).toContain('(./projects/hivebox.mdx#phase-6)');
    const broken = source.replace('(./projects/hivebox.mdx#phase-6)', '(./projects/hivebox.mdx#phase-66)');
    const line = broken.slice(0, broken.indexOf('#phase-66')).split('\n').length;
    expect(checkFile(path, broken).map((p) => `${p.line} ${p.rule}`)).toEqual([`${line} content/internal-link`]);
  });
});
