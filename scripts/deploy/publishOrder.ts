/**
 * Whether the Deploy workflow should publish the commit CI has just passed.
 *
 * Deploy runs when CI completes, and CI runs on two commits of main can
 * complete out of order (the older one retried, or slower): publishing the
 * older one last would roll the site back. So: publish, unless GitHub Pages
 * already serves a newer commit of main, one that has this commit among its
 * ancestors. Deploy runs one at a time (its concurrency group), so what Pages
 * serves cannot change while this decides.
 *
 * Run by the workflow before `npm ci`, with Node's own TypeScript support, so
 * it uses nothing but Node: `node scripts/deploy/publishOrder.ts` (the
 * workflow silences Node's note that package.json does not say ESM). It reads
 * GITHUB_REPOSITORY, GITHUB_API_URL, GH_TOKEN and TESTED_SHA, and writes
 * `publish=true|false` to GITHUB_OUTPUT. When the API cannot answer it fails,
 * with the reason, rather than guess: re-run the Deploy run.
 */
import {appendFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

/** GET a path of the GitHub REST API, returning the parsed JSON. */
export type Api = (path: string) => Promise<unknown>;

export interface Decision {
  publish: boolean;
  reason: string;
}

interface Deployment {
  id: number;
  sha: string;
}

/** The commit GitHub Pages serves: that of the newest github-pages deployment that succeeded. */
export async function servedCommit(api: Api, repository: string): Promise<string | undefined> {
  // Newest first. Deployments that failed or were superseded are skipped.
  const deployments = (await api(`/repos/${repository}/deployments?environment=github-pages&per_page=30`)) as Deployment[];
  for (const deployment of deployments) {
    const statuses = (await api(`/repos/${repository}/deployments/${deployment.id}/statuses?per_page=1`)) as {state: string}[];
    if (statuses[0]?.state === 'success') return deployment.sha;
  }
  return undefined;
}

export async function decide(api: Api, repository: string, tested: string): Promise<Decision> {
  const served = await servedCommit(api, repository);
  if (!served) return {publish: true, reason: 'GitHub Pages serves no deployment of this repository yet.'};
  if (served === tested) return {publish: true, reason: `GitHub Pages serves ${tested} already; publishing it again.`};
  // "ahead": the served commit comes after the tested one on the same line of history.
  const {status} = (await api(`/repos/${repository}/compare/${tested}...${served}`)) as {status: string};
  if (status === 'ahead') {
    return {
      publish: false,
      reason: `GitHub Pages serves ${served}, a newer commit of main than ${tested}: not publishing the older one.`,
    };
  }
  return {publish: true, reason: `GitHub Pages serves ${served}, which is not newer than ${tested} (${status}).`};
}

/** The GitHub REST API with the workflow's token. */
export function githubApi(baseUrl: string, token: string): Api {
  return async (path) => {
    const response = await fetch(`${baseUrl}${path}`, {
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
      },
    });
    if (!response.ok) {
      throw new Error(`GET ${path}: ${response.status} ${response.statusText}: ${(await response.text()).slice(0, 300)}`);
    }
    return response.json();
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: scripts/deploy/publishOrder.ts runs in the Deploy workflow, which sets it`);
  return value;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const repository = required('GITHUB_REPOSITORY');
    const api = githubApi(process.env.GITHUB_API_URL ?? 'https://api.github.com', required('GH_TOKEN'));
    const {publish, reason} = await decide(api, repository, required('TESTED_SHA'));
    console.log(publish ? reason : `::notice title=Not deployed::${reason}`);
    appendFileSync(required('GITHUB_OUTPUT'), `publish=${publish}\n`);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    const message = error instanceof Error ? error.message : String(error);
    console.log(`::error title=Deploy order::${message}${cause}. Re-run this Deploy run.`);
    process.exit(1);
  }
}
