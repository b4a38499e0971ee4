/**
 * `npm run lint:secrets` (part of `npm run lint`): secretlint with its
 * recommended rules over every file git tracks or would track. What secretlint
 * finds is secretlint's to test; these test which files our command hands it,
 * by planting a credential in a throwaway repository.
 */
import {execFile} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

const root = resolve(__dirname, '..');

// A GitHub personal access token in the format the rules look for ("ghp_" and
// exactly 36 characters since secretlint 13), assembled at run time so that
// this repository never contains one.
const plantedToken = ['gh', 'p_', 'R4nd0mLooking', 'T0ken', 'Th4tIsNotReal', '00000'].join('');

interface Result {
  code: number;
  output: string;
}

async function lintSecrets(cwd: string): Promise<Result> {
  const {scripts} = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {scripts: Record<string, string>};
  return new Promise((done) => {
    execFile(
      'sh',
      ['-c', scripts['lint:secrets']],
      {cwd, env: {...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`, NO_COLOR: '1'}},
      (error, stdout, stderr) =>
        done({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr}),
    );
  });
}

const git = (cwd: string, ...args: string[]) =>
  new Promise<void>((done, fail) => execFile('git', args, {cwd}, (error) => (error ? fail(error) : done())));

describe('npm run lint:secrets', () => {
  let repo: string;

  beforeEach(async () => {
    repo = await mkdtemp(join(tmpdir(), 'secrets-'));
    await git(repo, 'init', '-q');
    // The project's secretlint setup, and its installed rules.
    for (const file of ['.secretlintrc.json', '.secretlintignore']) {
      if (existsSync(join(root, file))) await copyFile(join(root, file), join(repo, file));
    }
    await symlink(join(root, 'node_modules'), join(repo, 'node_modules'));
    await writeFile(join(repo, '.gitignore'), 'node_modules\n');
    await mkdir(join(repo, 'docs', 'notes'), {recursive: true});
    await writeFile(join(repo, 'README.md'), '# A site\n\nNothing secret here.\n');
    await writeFile(join(repo, 'docs', 'notes', 'deploy.md'), '# Deploying\n\nSee the workflow.\n');
    await git(repo, 'add', '-A');
  });

  afterEach(async () => {
    await rm(repo, {recursive: true, force: true});
  });

  it('also checks a new file not yet added to git, and any file type', async () => {
    await writeFile(join(repo, 'settings.yml'), `deploy:\n  token: ${plantedToken}\n`);
    const result = await lintSecrets(repo);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(join(repo, 'settings.yml'));
  }, 30_000);

  it('leaves alone what git ignores', async () => {
    await writeFile(join(repo, '.gitignore'), 'node_modules\nbuild/\n');
    await mkdir(join(repo, 'build'));
    await writeFile(join(repo, 'build', 'leak.txt'), plantedToken);
    const result = await lintSecrets(repo);
    expect(result.code).toBe(0);
  }, 30_000);
});
