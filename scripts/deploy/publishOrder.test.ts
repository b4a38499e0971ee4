import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {decide, type Api} from './publishOrder';

const repository = 'owner/module-6';

/**
 * The GitHub API as Deploy sees it: the github-pages deployments (newest
 * first, each with its latest status) and how commits of main relate.
 */
function github(deployments: {sha: string; state: string}[], order: string[] = []): {api: Api; asked: string[]} {
  const asked: string[] = [];
  const api: Api = async (path) => {
    asked.push(path);
    if (path === `/repos/${repository}/deployments?environment=github-pages&per_page=30`) {
      return deployments.map((d, i) => ({id: 100 - i, sha: d.sha}));
    }
    const status = path.match(/^\/repos\/owner\/module-6\/deployments\/(\d+)\/statuses\?per_page=1$/);
    if (status) return [{state: deployments[100 - Number(status[1])].state}];
    const compare = path.match(/^\/repos\/owner\/module-6\/compare\/(\w+)\.\.\.(\w+)$/);
    if (compare) {
      // `order` is main's history, oldest first; a commit not in it has diverged.
      const [base, head] = [order.indexOf(compare[1]), order.indexOf(compare[2])];
      if (base < 0 || head < 0) return {status: 'diverged'};
      return {status: head > base ? 'ahead' : head < base ? 'behind' : 'identical'};
    }
    throw new Error(`unexpected request ${path}`);
  };
  return {api, asked};
}

describe('decide: whether Deploy publishes the commit CI passed', () => {
  it('publishes on the first deployment', async () => {
    const {api} = github([]);
    expect(await decide(api, repository, 'b2')).toMatchObject({publish: true});
  });

  it('publishes a commit newer than the one Pages serves', async () => {
    const {api} = github([{sha: 'a1', state: 'success'}], ['a1', 'b2']);
    expect(await decide(api, repository, 'b2')).toMatchObject({publish: true});
  });

  it('does not publish an older commit once a newer one is served (CI runs finished out of order)', async () => {
    const {api} = github([{sha: 'b2', state: 'success'}], ['a1', 'b2']);
    expect(await decide(api, repository, 'a1')).toEqual({
      publish: false,
      reason: 'GitHub Pages serves b2, a newer commit of main than a1: not publishing the older one.',
    });
  });

  it('judges by the newest deployment that succeeded, not one that failed', async () => {
    const {api} = github(
      [
        {sha: 'c3', state: 'failure'},
        {sha: 'a1', state: 'success'},
      ],
      ['a1', 'b2', 'c3'],
    );
    expect(await decide(api, repository, 'b2')).toMatchObject({publish: true});
  });

  it('publishes again the commit Pages serves (a re-run)', async () => {
    const {api, asked} = github([{sha: 'b2', state: 'success'}], ['a1', 'b2']);
    expect(await decide(api, repository, 'b2')).toMatchObject({publish: true});
    expect(asked.some((path) => path.includes('/compare/'))).toBe(false);
  });

  it('publishes when main was rewritten and the served commit is no longer on it', async () => {
    const {api} = github([{sha: 'x9', state: 'success'}], ['a1', 'b2']);
    expect(await decide(api, repository, 'b2')).toMatchObject({publish: true});
  });

  it('fails, rather than guess, when the API does not answer', async () => {
    const api: Api = async () => {
      throw new Error('GET /repos/owner/module-6/deployments: 502 Bad Gateway');
    };
    await expect(decide(api, repository, 'b2')).rejects.toThrow('502 Bad Gateway');
  });
});

it('runs on plain Node, before npm ci, and names what is missing', () => {
  const script = fileURLToPath(new URL('./publishOrder.ts', import.meta.url));
  const env = {PATH: process.env.PATH ?? ''};
  const run = spawnSync(process.execPath, ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', script], {env, encoding: 'utf8'});
  expect(run.status).toBe(1);
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe(
    '::error title=Deploy order::GITHUB_REPOSITORY is not set: scripts/deploy/publishOrder.ts runs in the Deploy workflow, which sets it. Re-run this Deploy run.\n',
  );
});
