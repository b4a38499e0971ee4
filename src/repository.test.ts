import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {homeRepositoryUrl, resolveRepository, webAddressOfRemote} from './repository';

const scratch = mkdtempSync(join(tmpdir(), 'repository-test-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** A real git checkout in a scratch folder, with `origin` set to `remote` (or none). */
function checkout(name: string, remote?: string): string {
  const dir = join(scratch, name);
  execFileSync('git', ['init', '--quiet', dir]);
  if (remote) execFileSync('git', ['remote', 'add', 'origin', remote], {cwd: dir});
  return dir;
}

describe('webAddressOfRemote', () => {
  it.each([
    ['https://github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['https://github.com/owner/repo', 'https://github.com/owner/repo'],
    ['https://github.com/owner/repo/\n', 'https://github.com/owner/repo'],
    // A CI checkout's remote can carry a token; it must never reach the page.
    // Built from parts, so that the secret scanner does not take it for a real one.
    [`https://x-access-token:${'made-up'}@github.com/owner/repo.git`, 'https://github.com/owner/repo'],
    ['git@github.com:owner/repo.git', 'https://github.com/owner/repo'],
    ['github.com:owner/repo', 'https://github.com/owner/repo'],
    ['ssh://git@github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['ssh://git@gitlab.example.com:2222/group/sub/repo.git', 'https://gitlab.example.com/group/sub/repo'],
    ['git://github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['http://git.example.com:8080/owner/repo.git', 'http://git.example.com:8080/owner/repo'],
    ['https://GitHub.com/Owner/Repo.git', 'https://github.com/Owner/Repo'],
  ])('%s is %s', (remote, url) => {
    expect(webAddressOfRemote(remote)).toBe(url);
  });

  it.each(['/work/main', '../module-6', 'file:///srv/git/repo.git', 'C:\\src\\repo', 'https://github.com/owner', 'ftp://example.com/a/b', ''])(
    '%j is not on a web host',
    (remote) => {
      expect(webAddressOfRemote(remote)).toBeUndefined();
    },
  );
});

describe('resolveRepository', () => {
  const withSsh = checkout('with-ssh-origin', 'git@github.com:someone/fork-of-module-6.git');

  it('takes GITHUB_SERVER_URL + GITHUB_REPOSITORY first, as GitHub Actions sets them', () => {
    const env = {
      GITHUB_SERVER_URL: 'https://github.example.com/',
      GITHUB_REPOSITORY: 'a-fork/module-6',
      REPOSITORY_URL: 'https://github.com/ignored/here',
    };
    expect(resolveRepository({env, cwd: withSsh})).toEqual({
      url: 'https://github.example.com/a-fork/module-6',
      owner: 'a-fork',
      name: 'module-6',
      source: 'GITHUB_REPOSITORY',
    });
  });

  it('defaults the server to https://github.com', () => {
    expect(resolveRepository({env: {GITHUB_REPOSITORY: 'a-fork/module-6'}, cwd: withSsh}).url).toBe(
      'https://github.com/a-fork/module-6',
    );
  });

  it('rejects a GITHUB_REPOSITORY or GITHUB_SERVER_URL it cannot use, naming it', () => {
    expect(() => resolveRepository({env: {GITHUB_REPOSITORY: 'no-slash'}, cwd: withSsh})).toThrow(/GITHUB_REPOSITORY="no-slash"/);
    expect(() => resolveRepository({env: {GITHUB_REPOSITORY: 'a/b', GITHUB_SERVER_URL: 'github.com'}, cwd: withSsh})).toThrow(
      /GITHUB_SERVER_URL="github.com"/,
    );
  });

  it('then REPOSITORY_URL, tidied', () => {
    expect(resolveRepository({env: {REPOSITORY_URL: 'https://gitlab.com/group/site.git/'}, cwd: withSsh})).toEqual({
      url: 'https://gitlab.com/group/site',
      owner: 'group',
      name: 'site',
      source: 'REPOSITORY_URL',
    });
  });

  it('rejects a REPOSITORY_URL that is not a web address of a repository, naming it', () => {
    for (const bad of ['git@github.com:a/b.git', 'https://github.com/only-owner', 'not a url']) {
      expect(() => resolveRepository({env: {REPOSITORY_URL: bad}, cwd: withSsh})).toThrow(`REPOSITORY_URL="${bad}"`);
    }
  });

  it('then the origin remote of the checkout, as an https address', () => {
    expect(resolveRepository({env: {}, cwd: withSsh})).toEqual({
      url: 'https://github.com/someone/fork-of-module-6',
      owner: 'someone',
      name: 'fork-of-module-6',
      source: 'origin remote',
    });
    const https = checkout('with-https-origin', 'https://github.com/other/module-6.git');
    expect(resolveRepository({env: {GITHUB_REPOSITORY: ''}, cwd: https}).url).toBe('https://github.com/other/module-6');
  });

  it('else the home repository: no origin, an origin that is a local path, or no git checkout', () => {
    const home = {url: homeRepositoryUrl, owner: 'devops-hive-community', name: 'module-6-optimize', source: 'home repository'};
    expect(resolveRepository({env: {}, cwd: checkout('without-origin')})).toEqual(home);
    expect(resolveRepository({env: {}, cwd: checkout('local-origin', '/srv/git/module-6')})).toEqual(home);
    const plain = join(scratch, 'not-a-checkout');
    mkdirSync(plain);
    expect(resolveRepository({env: {}, cwd: plain})).toEqual(home);
  });
});
