import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {escapeHeadingIds} from '../src/module/parse';
import {lintSource} from './lint/content';
import {main, parseCommandLine, PLACEHOLDER_SUMMARY, PLACEHOLDER_TOPIC, repoRoot} from './new-module';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-module-'));
  mkdirSync(join(root, 'docs', 'foundations'), {recursive: true});
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

/** Runs the command as `npm run new-module -- ...` would, into the temp root. */
function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = main([...args, '--root', root], (line) => out.push(line), (line) => err.push(line));
  return {status, stdout: out.join('\n'), stderr: err.join('\n')};
}

const page = (n = '07') => join(root, 'docs', 'foundations', `module-${n}`, 'index.mdx');

/** What Docusaurus does before MDX: escape {#id} in headings, then compile. */
async function compileLikeDocusaurus(source: string) {
  return compile(escapeHeadingIds(source).text, {remarkPlugins: [remarkFrontmatter, remarkDirective, remarkGfm]});
}

/** The content lint, on a scaffolded page, as if it were that page of this site. */
const contentProblems = (source: string, n = '07') => lintSource(source, `docs/foundations/module-${n}/index.mdx`);

describe('npm run new-module', {timeout: 60_000}, () => {
  it('scaffolds a module that passes every content check and compiles as MDX', async () => {
    const result = run('7', 'Capstone Project');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created docs/foundations/module-07/index.mdx');
    expect(result.stdout).toContain('Created docs/foundations/module-07/module-07-overview.svg');

    const source = readFileSync(page(), 'utf8');
    expect(source).toMatch(/^---\ntitle: "Module 7: Capstone Project"\nsidebar_label: "7. Capstone Project"\ndescription: "Module 7 of the Dynamic DevOps Roadmap: Capstone Project."\nsummaries:\n {2}"7.1": "To be written[^"]*"\n {2}"7.2": .*\n {2}"7.3": .*\n---\n/);
    expect(source).toContain(`"7.1": "${PLACEHOLDER_SUMMARY}"`);
    expect(source).toContain("import overview from './module-07-overview.svg';");
    expect(source).toContain('<Figure\n  src={overview}\n  alt="Module 7 overview: Capstone Project, a module of the Dynamic DevOps Roadmap."\n/>');
    expect(source.match(/^## 7\.\d .*$/gm)).toEqual([
      `## 7.1 Planning - ${PLACEHOLDER_TOPIC}`,
      `## 7.2 Code - ${PLACEHOLDER_TOPIC}`,
      `## 7.3 Continuous Integration - ${PLACEHOLDER_TOPIC}`,
    ]);
    expect(source.match(/<BeingWritten \/>/g)).toHaveLength(3);
    expect(source.match(/<BeingWritten part="resources" \/>/g)).toHaveLength(3);

    expect(await contentProblems(source)).toEqual([]);
    await expect(compileLikeDocusaurus(source)).resolves.toBeTruthy();
  });

  it('draws the overview with the number and the title as text, in theme colours', async () => {
    run('12', 'Observability & Reliability - Seeing What Runs in Production Every Day');
    const svg = readFileSync(join(root, 'docs/foundations/module-12/module-12-overview.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 1200 360"/);
    expect(svg).toContain('>12</text>');
    expect(svg).toContain('Observability &amp; Reliability');
    expect(svg).toContain('fill="currentColor"');
    expect(svg).toContain('var(--ifm-color-primary, #1f7a4d)');
    // The alt text names every word drawn: the number, the title, the roadmap.
    const source = readFileSync(page('12'), 'utf8');
    expect(source).toContain('alt="Module 12 overview: Observability & Reliability - Seeing What Runs in Production Every Day, a module of the Dynamic DevOps Roadmap."');
    expect(await contentProblems(source, '12')).toEqual([]);
  });

  it('takes the sections from --section, in order', async () => {
    const result = run('8', 'Scale', '--section', 'Containers - Kubernetes Autoscaling', '--section', 'continuous delivery - Progressive Delivery');
    expect(result.status).toBe(0);
    const source = readFileSync(page('08'), 'utf8');
    expect(source.match(/^## .*$/gm)).toEqual(['## 8.1 Containers - Kubernetes Autoscaling', '## 8.2 Continuous Delivery - Progressive Delivery']);
    expect(source).toContain('<TopicImage area="continuous-delivery" />');
    expect(source).toContain('### Resources {#82-resources}');
    expect(await contentProblems(source, '08')).toEqual([]);
    await expect(compileLikeDocusaurus(source)).resolves.toBeTruthy();
  });

  it('links back to the roadmap index when the site has one', async () => {
    writeFileSync(join(root, 'docs', 'getting-started.mdx'), '# Getting started\n');
    run('7', 'Capstone Project');
    const source = readFileSync(page(), 'utf8');
    expect(source.match(/\(\.\.\/\.\.\/getting-started\.mdx#roadmap-index\)/g)).toHaveLength(2);
    expect(await contentProblems(source)).toEqual([]);
  });

  it('refuses to overwrite an existing module', () => {
    expect(run('7', 'Capstone Project').status).toBe(0);
    writeFileSync(page(), 'edited by hand\n');
    const again = run('7', 'Something Else');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('new-module: docs/foundations/module-07 already exists; edit it instead, or pick another module number. Nothing was written.');
    expect(readFileSync(page(), 'utf8')).toBe('edited by hand\n');

    mkdirSync(join(root, 'docs/foundations/module-9'));
    expect(run('9', 'Nine').stderr).toContain('docs/foundations/module-9 already exists');
    expect(existsSync(join(root, 'docs/foundations/module-09'))).toBe(false);
  });

  it.each([
    [[], 'Expected a module number and a title, got 0 arguments.'],
    [['7'], 'Expected a module number and a title, got 1 argument ("7").'],
    [['seven', 'Title'], 'Module number must be a whole number from 1 to 99; got "seven".'],
    [['0', 'Title'], 'Module number must be a whole number from 1 to 99; got "0".'],
    [['100', 'Title'], 'Module number must be a whole number from 1 to 99; got "100".'],
    [['07', 'Title'], 'Module number must be a whole number from 1 to 99; got "07".'],
    [['7', '  '], 'The title is empty; give one'],
    [['7', 'x'.repeat(81)], 'The title is 81 characters; keep it to at most 80.'],
    [['7', 'Use <b>'], 'The title "Use <b>" contains one of { } < > " \\ ` or a line break'],
    [['7', 'Module 7: Capstone'], 'Give the title without "Module 7:" (it is added for you)'],
    [['7', 'Capstone', '--section', 'Boats - Sailing'], '--section "Boats - Sailing": unknown area "Boats"; use one of: Planning, Code, Continuous Integration, Continuous Delivery'],
    [['7', 'Capstone', '--section', 'Containers'], '--section "Containers" must read "Area - Topic"'],
    [['7', 'Capstone', '--colour', 'red'], "Unknown option '--colour'"],
  ])('rejects %j with a clear message', (args, message) => {
    const result = run(...(args as string[]));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`new-module: ${message}`);
    expect(result.stderr).toContain('Usage: npm run new-module -- <N> "<Title>"');
    expect(existsSync(join(root, 'docs/foundations/module-07'))).toBe(false);
  });

  it('defaults the root to this repository', () => {
    expect(parseCommandLine(['7', 'Capstone']).root).toBe(repoRoot);
  });

  it('refuses a --root that is no site, and says which folders it creates', () => {
    const empty = mkdtempSync(join(tmpdir(), 'not-a-site-'));
    try {
      const result = main(['7', 'Capstone', '--root', join(empty, 'typo')], () => {}, () => {});
      expect(result).toBe(1);
      const err: string[] = [];
      main(['7', 'Capstone', '--root', empty], () => {}, (line) => err.push(line));
      expect(err.join('\n')).toContain(`new-module: ${empty} has no docs/ folder, so it is not the site; give --root the folder that holds docusaurus.config.ts and docs/. Nothing was written.`);
      expect(existsSync(join(empty, 'docs'))).toBe(false);
      expect(existsSync(join(empty, 'typo'))).toBe(false);

      mkdirSync(join(empty, 'docs'));
      const out: string[] = [];
      expect(main(['7', 'Capstone', '--root', empty], (line) => out.push(line), () => {})).toBe(0);
      expect(out.slice(0, 4)).toEqual([
        'Created docs/foundations/',
        'Created docs/foundations/module-07/',
        'Created docs/foundations/module-07/index.mdx',
        'Created docs/foundations/module-07/module-07-overview.svg',
      ]);
    } finally {
      rmSync(empty, {recursive: true, force: true});
    }
  });

  it('writes a module that passes the whole of npm run lint, as it is', () => {
    // Into this repository, where npm run lint looks: a number no module uses.
    const folder = join(repoRoot, 'docs/foundations/module-98');
    expect(existsSync(folder)).toBe(false);
    try {
      const tsx = join(repoRoot, 'node_modules/.bin/tsx');
      const created = spawnSync(tsx, ['scripts/new-module.ts', '98', 'Capstone Project', '--section', 'Containers - Kubernetes Autoscaling'], {cwd: repoRoot, encoding: 'utf8'});
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      const again = spawnSync(tsx, ['scripts/new-module.ts', '98', 'Capstone Project'], {cwd: repoRoot, encoding: 'utf8'});
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already exists');

      // Every check of npm run lint (content, spelling, markdown style, svg) on what it wrote.
      const lint = spawnSync(tsx, ['scripts/lint/all.ts', 'docs/foundations/module-98'], {cwd: repoRoot, encoding: 'utf8'});
      expect(lint.stdout).toBe('');
      expect(lint.stderr).toContain('lint: all 4 checks passed (lint:content, lint:spelling, lint:markdown, lint:svg).');
      expect(lint.status).toBe(0);
    } finally {
      rmSync(folder, {recursive: true, force: true});
    }
  }, 180_000);
});
