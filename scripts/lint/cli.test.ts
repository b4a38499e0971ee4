import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {checks, runChecks} from './all';
import {repoRoot} from './topicAreas';

const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const lintContent = (...args: string[]) =>
  spawnSync(tsx, ['scripts/lint/index.ts', ...args], {cwd: repoRoot, encoding: 'utf8'});

describe('tsx scripts/lint/index.ts', () => {
  it('prints one "path:line:column  rule  message" line per problem and exits 1', () => {
    const result = lintContent('scripts/lint/fixtures/several-faults.mdx');
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(12);
    for (const line of lines) {
      expect(line).toMatch(/^scripts\/lint\/fixtures\/several-faults\.mdx:\d+:\d+ {2}(module|content|mdx)\/[a-z-]+ {2}\S.*[.;]/);
    }
    expect(result.stderr).toContain('12 problems in 1 of 1 files');
  });

  it('reports every file of a run, paths relative to the repository', () => {
    const result = lintContent(join(repoRoot, 'scripts/lint/fixtures/front-matter.mdx'), 'scripts/lint/fixtures/mdx-syntax.mdx');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^scripts\/lint\/fixtures\/front-matter\.mdx:3:1 {2}module\/front-matter {2}/m);
    expect(result.stdout).toMatch(/^scripts\/lint\/fixtures\/mdx-syntax\.mdx:35:30 {2}mdx\/syntax {2}/m);
  });

  it('prints nothing and exits 0 when there is nothing to fix', () => {
    const result = lintContent('scripts/lint/fixtures/valid-module.mdx');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('says which file does not exist', () => {
    const result = lintContent('docs/nope.mdx');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('docs/nope.mdx: no such file');
  });
});

describe('npm run lint (scripts/lint/all.ts)', () => {
  it('runs every check even when one fails, and reports each status', () => {
    const ran: string[] = [];
    const results = runChecks(['a', 'b', 'c'], (check) => {
      ran.push(check);
      return check === 'a' ? 1 : 0;
    });
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(results).toEqual([
      {check: 'a', status: 1},
      {check: 'b', status: 0},
      {check: 'c', status: 0},
    ]);
  });

  it('lists content, spelling and markdown, each an npm script', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {scripts: Record<string, string>};
    expect(checks).toEqual(expect.arrayContaining(['lint:content', 'lint:spelling', 'lint:markdown']));
    for (const check of checks) expect(pkg.scripts[check], check).toBeTruthy();
    expect(pkg.scripts.lint).toBe('tsx scripts/lint/all.ts');
  });
});

describe('markdownlint output', () => {
  it('has the same path:line:column  rule  message shape', async () => {
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
  });
});
