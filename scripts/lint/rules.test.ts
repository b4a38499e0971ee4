import {describe, expect, it} from 'vitest';
import {fixtureSections, moduleSource, modulePath, section} from '../../tests/support/moduleFixture';
import {lintSource} from './content';
import type {Problem} from './format';
import {rules} from './rules';

const lint = (source: string, path = modulePath()) => lintSource(source, path);

const lines = (problems: Problem[]) => problems.map((p) => `${p.line}:${p.column} ${p.rule}`);
const valid = moduleSource();
/** The line of the first occurrence of `text` in the fixture. */
const lineOf = (source: string, text: string) => source.slice(0, source.indexOf(text)).split('\n').length;

describe('content rules', () => {
  it('find nothing in a module written by the conventions', async () => {
    expect(await lint(valid)).toEqual([]);
  });

  it('each have an id and a one-line description, taken from the rule', () => {
    for (const rule of rules) {
      expect(rule.id).toMatch(/^(module|content)\/[a-z-]+$/);
      expect(rule.description).toMatch(/^\S.*\.$/);
      expect(rule.description).not.toContain('\n');
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('module/front-matter: title, sidebar_label and description', async () => {
    const source = valid.replace('sidebar_label: "7. Fixture Module"', 'sidebar_label: "7. Other"').replace('description: "A module for tests."', 'description: ""');
    const problems = await lint(source);
    expect(lines(problems)).toEqual(['3:1 module/front-matter', '4:1 module/front-matter']);
    expect(problems[0].message).toBe('sidebar_label must be "7. Fixture Module" (the title\'s number and text); it is "7. Other".');
    expect(problems[1].message).toMatch(/^description is missing or empty; add one sentence/);
  });

  it('module/front-matter: YAML that does not parse, at its line', async () => {
    const problems = await lint(valid.replace('description: "A module for tests."', 'description: "unclosed'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({rule: 'module/front-matter', line: 4});
    expect(problems[0].message).toMatch(/^Front matter is not valid YAML/);
  });

  it('module/section-summary: a section without a summary, and a summary without a section', async () => {
    const problems = await lint(moduleSource(7, fixtureSections, {'7.1': 'One.', '7.9': 'Stray.'}));
    expect(lines(problems)).toEqual(['5:1 module/section-summary', `${lineOf(valid, '## 7.2')}:1 module/section-summary`]);
    expect(problems[0].message).toContain('"7.9", which is no section of this page');
    expect(problems[1].message).toContain('Section 7.2 has no summary for its card on the home page; add it to the front matter');
  });

  it('module/section-numbering: out of order, duplicated, and a section before the numbered ones', async () => {
    const three = [...fixtureSections, {k: 3, area: 'containers', areaTitle: 'Containers', topic: 'Operators'}];
    const swapped = moduleSource(7, three).replace('## 7.2 Code', '## 7.3 Code').replace('## 7.3 Containers', '## 7.2 Containers');
    const problems = await lint(swapped);
    expect(problems.filter((p) => p.rule === 'module/section-numbering').map((p) => p.message)).toEqual([
      'Section number must be 7.2 (sections run 7.1, 7.2, 7.3, ... in order); renumber "7.3" to "7.2".',
      'Section number must be 7.3 (sections run 7.1, 7.2, 7.3, ... in order); renumber "7.2" to "7.3".',
    ]);

    const twice = moduleSource(7, three).replace('## 7.3 Containers', '## 7.2 Containers');
    const duplicate = (await lint(twice)).find((p) => p.rule === 'module/section-numbering')!;
    expect(duplicate.line).toBe(lineOf(twice, '## 7.2 Containers'));
    expect(duplicate.message).toBe(`Section 7.2 is already on line ${lineOf(twice, '## 7.2 Code')}; each number is used once: renumber this one to 7.3, or merge the two.`);

    const early = valid.replace('## 7.1 Planning', '## Intro\n\nHello.\n\n## 7.1 Planning');
    expect((await lint(early)).map((p) => p.message)).toContain('"## Intro" comes before numbered section "7.2 Code - Profiling"; move it after the last numbered section, or number it.');
  });

  it('module/section-parts: no topic image, an unknown area, a missing or wrong id', async () => {
    const source = valid
      .replace('<TopicImage area="planning" />', '')
      .replace('<TopicImage area="code" />', '<TopicImage area="observability" />')
      .replace('### Resources {#71-resources}', '### Resources')
      .replace('{#72-what-you-need-to-know}', '{#72-know}');
    const problems = (await lint(source)).filter((p) => p.rule === 'module/section-parts');
    expect(problems.map((p) => p.message)).toEqual([
      'Section 7.1 has no topic image; add <TopicImage area="planning" /> on its own line right after the heading.',
      'Heading has no id; write it as "### Resources {#71-resources}" so links into this section keep working.',
      'TopicImage area "observability" is unknown; use one of: planning, code, continuous-integration, continuous-delivery, continuous-deployment, infrastructure, containers.',
      'Heading id must be {#72-what-you-need-to-know}; rename it so links into this section keep working.',
    ]);
    const idLine = lineOf(source, '### What you need to know {#72-know}');
    expect(problems[3]).toMatchObject({line: idLine, column: '### What you need to know '.length + 1});
  });

  it('module/section-parts: a heading whose area has no icon', async () => {
    const source = valid.replace('## 7.2 Code - Profiling', '## 7.2 Observability - Profiling');
    const problems = (await lint(source)).filter((p) => p.rule === 'module/section-parts');
    expect(problems[0].message).toMatch(/^Section 7.2 names the area "Observability", which has no topic icon; start the heading with one of: Planning, Code, Continuous Integration/);
  });

  it('module/empty-section: an empty part', async () => {
    const problems = await lint(valid.replace('<BeingWritten part="resources" />', ''));
    expect(problems.map((p) => `${p.rule} ${p.message}`)).toEqual([
      'module/empty-section "Resources" of section 7.2 is empty; add a <Resources> list of links, or add <BeingWritten part="resources" /> so readers see it is coming.',
    ]);
  });

  it('module/unique-heading-ids: two headings with one id', async () => {
    const problems = await lint(valid.replace('Build the fixture.', 'Build the fixture.\n\n### Steps {#71-resources}\n'));
    expect(problems.map((p) => p.rule)).toEqual(['module/unique-heading-ids']);
    expect(problems[0].message).toBe(`Heading id "71-resources" is already used by the heading on line ${lineOf(valid, '### Resources {#71-resources}')}; give this heading a different {#id}.`);
  });

  it('module/resource-format and module/duplicate-resource', async () => {
    const second = {k: 3, area: 'containers', areaTitle: 'Containers', topic: 'Operators', url: 'https://example.org/7-1/'};
    const malformed = valid.replace('[All about Retrospectives - Example Docs](https://example.org/7-1)', '[All about Retrospectives](http://example.org/7-1)');
    expect((await lint(malformed)).map((p) => `${p.rule} ${p.message}`)).toEqual([
      'module/resource-format Resource URL must start with https://; it is "http://example.org/7-1". Use the page\'s https address.',
      'module/resource-format Resource text must be "Title - Source", e.g. "Operator pattern - Kubernetes Docs"; it is "All about Retrospectives". Add " - " and the site or author.',
    ]);
    const twice = moduleSource(7, [...fixtureSections, second]);
    expect((await lint(twice)).map((p) => `${p.line} ${p.rule} ${p.message}`)).toEqual([
      `${lineOf(twice, '- [All about Operators')} module/duplicate-resource https://example.org/7-1/ is already listed in section 7.1 (line ${lineOf(twice, '- [All about Retro')}); remove this one or link a different page.`,
    ]);
  });

  it('content/figure-alt: a figure without alt text, on any page', async () => {
    const problems = await lint('<Figure src="/img/x.png" alt="" />\n', 'docs/getting-started.mdx');
    expect(problems).toEqual([{path: 'docs/getting-started.mdx', line: 1, column: 26, rule: 'content/figure-alt', message: expect.stringMatching(/^Figure alt is empty; write what the image shows/)}]);
  });

  it('content/mojibake: the characters a wrong encoding leaves, and what they were', async () => {
    const problems = await lint('# T\n\nThe operatorâ€™s logic.\n', 'docs/getting-started.mdx');
    expect(problems).toEqual([{path: 'docs/getting-started.mdx', line: 3, column: 13, rule: 'content/mojibake', message: 'Found mojibake "â€™": UTF-8 text read in the wrong encoding; replace it with "’" and save the file as UTF-8.'}]);
  });

  it('content/internal-link: Markdown links resolved as Docusaurus resolves them, anchors against the target page', async () => {
    const source = [
      '# T',
      '',
      '[ok](./getting-started.mdx#roadmap-index) [ok](projects/hivebox.mdx#phase-6) [ok](#t)',
      '',
      '[no page](./nowhere.mdx) [no anchor](./getting-started.mdx#roadmap) [here](#nothing) [url](/left/to/the/build/)',
      '',
    ].join('\n');
    const problems = await lint(source, 'docs/some-page.mdx');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message.split(';')[0]}`)).toEqual([
      '5:1 Link target ./nowhere.mdx is no page of the docs (no such file relative to this file, or its name starts with _)',
      expect.stringMatching(/^5:26 Anchor #roadmap is not a heading id in docs\/getting-started.mdx \(ids: .*#roadmap-index/),
      '5:69 Anchor #nothing is not a heading id on this page (ids: #t)',
    ]);
  });

  it('mdx/syntax: a page that does not parse, at the place in the file, after a heading id', async () => {
    const source = valid.replace('- What a reader needs to know about retrospectives.', '- Use a {placeholder here.');
    const problems = await lint(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({rule: 'mdx/syntax', line: lineOf(source, '- Use a {')});
    expect(problems[0].message).toMatch(/^MDX cannot parse this: .*; text in \{ \} is read as JavaScript: escape a literal brace as \\\{/);
  });

  it('report at the place in the file as written, though Docusaurus escapes {#id} before parsing', async () => {
    // Columns after a heading id on its line, and offsets after it, are the file's own.
    const source = valid.replace('### Resources {#71-resources}', '### Resources {#71-resources} [x](#gone)');
    const problem = (await lint(source)).find((p) => p.rule === 'content/internal-link')!;
    expect(problem).toMatchObject({line: lineOf(source, '[x](#gone)'), column: '### Resources {#71-resources} '.length + 1});
  });

  it('leave pages that are no module to the page rules', async () => {
    expect(await lint('# Notes\n\n## Project\n\ntext\n', 'docs/notes.mdx')).toEqual([]);
    expect(lines(await lint('# Notes\n\n## Project\n\ntext\n', modulePath(8)))).toEqual(['1:1 module/front-matter', '3:1 module/section-numbering']);
  });

  it('see a section added to the MDX alone', async () => {
    const added = valid.replace('## Project', `${section(7, {k: 3, area: 'containers', areaTitle: 'Containers', topic: 'Operators'})}## Project`);
    const problems = await lint(added);
    // The new section is checked like the others: it only lacks its summary.
    expect(problems.map((p) => `${p.rule} ${p.message.split(';')[0]}`)).toEqual([
      'module/section-summary Section 7.3 has no summary for its card on the home page',
    ]);
  });
});
