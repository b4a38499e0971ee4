import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {moduleSource} from '../../tests/support/moduleFixture';
import {checks, runChecks} from './all';
import {siteDir} from './content';
import {annotation, formatProblem, parseProblem} from './format';
import {rules} from './rules';

const tsx = join(siteDir, 'node_modules/.bin/tsx');
const run = (script: string, ...args: string[]) => spawnSync(tsx, [script, ...args], {cwd: siteDir, encoding: 'utf8'});

// A module with faults, on disk, where `npm run lint -- <folder>` finds it.
let folder: string;
let page: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'lint-'));
  mkdirSync(join(folder, 'module-07'));
  page = join(folder, 'module-07', 'index.mdx');
  const faulty = moduleSource()
    .replace('<TopicImage area="planning" />', '<TopicImage area="observability" />')
    .replace('## 7.2 Code', '## 7.3 Code');
  writeFileSync(page, faulty);
});
afterAll(() => rmSync(folder, {recursive: true, force: true}));

describe('npm run lint:content (scripts/lint/content.ts)', {timeout: 60_000}, () => {
  it('prints every problem of a folder as "path:line:column  rule  message" and exits 1', () => {
    const result = run('scripts/lint/content.ts', folder);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/module-07\/index\.mdx:5:1 {2}module\/section-summary {2}summaries has "7\.2", which is no section of this page; /),
      expect.stringMatching(/module-07\/index\.mdx:16:1 {2}module\/section-parts {2}TopicImage area "observability" is unknown; use one of: planning, code, /),
      expect.stringMatching(/module-07\/index\.mdx:30:1 {2}module\/section-numbering {2}Section number must be 7\.2 .*; renumber "7\.3" to "7\.2"\.$/),
      expect.stringMatching(/module-07\/index\.mdx:30:1 {2}module\/section-summary {2}Section 7\.3 has no summary /),
    ]);
    expect(result.stderr).toContain('lint:content: 4 problems in 1 file.');
  });

  it('says in one line that a path does not exist, and exits 2', () => {
    const result = run('scripts/lint/content.ts', 'docs/nope.mdx');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'lint:content: docs/nope.mdx: no such file or folder; give a page or a folder of pages, e.g. docs/foundations/module-06/index.mdx.',
    ]);
  });

  it('gives the editor the same problems through .remarkrc.mjs (the remark language server reads it)', () => {
    // What vscode-remark does: unified-engine finding the config beside the files.
    const script = `
      import {engine} from 'unified-engine';
      import {unified} from 'unified';
      engine({processor: unified(), files: [${JSON.stringify(page)}], cwd: ${JSON.stringify(siteDir)}, rcName: '.remarkrc', rcPath: '.remarkrc.mjs', out: false, quiet: true, reporter: () => ''},
        (error, code, context) => {
          if (error) throw error;
          for (const m of context.files[0].messages) console.log(m.line + ':' + m.column + ' ' + m.source + '/' + m.ruleId);
        });`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: siteDir, encoding: 'utf8'});
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n').sort()).toEqual(['16:1 module/section-parts', '30:1 module/section-numbering', '30:1 module/section-summary', '5:1 module/section-summary']);
  });
});

describe('npm run lint (scripts/lint/all.ts)', {timeout: 60_000}, () => {
  it('runs every check even when one fails, and reports each status', () => {
    const ran: string[] = [];
    const results = runChecks(checks, undefined, (script) => {
      ran.push(script);
      return script === 'lint:content' ? 1 : 0;
    });
    expect(ran).toEqual(checks.map((c) => c.script));
    expect(results.filter((r) => r.status !== 0)).toEqual([{check: 'lint:content', status: 1}]);
  });

  it('gives each check only the given files it checks', () => {
    const given: Record<string, string[]> = {};
    runChecks(checks, ['docs/a.mdx', 'static/img/b.svg'], (script, args) => {
      given[script] = args;
      return 0;
    });
    expect(given).toEqual({
      'lint:content': ['docs/a.mdx'],
      'lint:spelling': ['docs/a.mdx'],
      'lint:markdown': ['--no-globs', ':docs/a.mdx'],
      'lint:svg': ['static/img/b.svg'],
    });
  });

  it('says in one line that a path does not exist, and runs nothing', () => {
    const result = run('scripts/lint/all.ts', 'docs/nope');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'lint: docs/nope: no such file or folder; give files or folders of this repository, e.g. npm run lint -- docs/foundations/module-06/index.mdx',
    ]);
  });

  it('lists every content rule with the description the rule itself carries (--rules)', () => {
    const result = run('scripts/lint/all.ts', '--rules');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    for (const rule of rules) expect(lines).toContain(`${rule.id}  ${rule.description}`);
    expect(lines[0]).toMatch(/^mdx\/syntax {2}/);
  });
});

describe('problem lines', () => {
  it('become GitHub annotations on the line of the diff, with what to do', () => {
    const line = 'docs/a b.mdx:12:3  module/section-parts  Heading id must be {#61-resources}; rename it, 100% sure.';
    const problem = parseProblem(line)!;
    expect(formatProblem(problem)).toBe(line);
    expect(annotation(problem)).toBe(
      '::error file=docs/a b.mdx,line=12,col=3,title=module/section-parts::Heading id must be {#61-resources}; rename it, 100%25 sure.',
    );
    expect(parseProblem('lint: all 5 checks passed')).toBeUndefined();
  });

  it('from markdownlint have the same shape', async () => {
    const formatter = createRequire(import.meta.url)('./markdownlint-formatter.cjs') as (options: unknown) => Promise<void>;
    const lines: string[] = [];
    await formatter({
      results: [
        {fileName: 'docs/a.mdx', lineNumber: 7, ruleNames: ['MD032', 'blanks-around-lists'], ruleDescription: 'Lists should be surrounded by blank lines', ruleInformation: 'https://example.org/md032', errorContext: '- item', errorRange: null, fixInfo: {}},
        {fileName: 'docs/a.mdx', lineNumber: 9, ruleNames: ['MD033', 'no-inline-html'], ruleDescription: 'Inline HTML', errorDetail: 'Element: div', errorRange: [3, 5]},
      ],
      logError: (line: string) => lines.push(line),
      logMessage: () => {},
    });
    expect(lines).toEqual([
      'docs/a.mdx:7:1  MD032/blanks-around-lists  Lists should be surrounded by blank lines [at "- item"]; fix it by hand or with "npx markdownlint-cli2 --fix <file>". See https://example.org/md032',
      'docs/a.mdx:9:3  MD033/no-inline-html  Inline HTML [Element: div]; use Markdown, or one of our components (Figure, TopicImage, Resources, BeingWritten), instead of HTML.',
    ]);
    for (const line of lines) expect(parseProblem(line)).toBeDefined();
  });
});
