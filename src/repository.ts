/**
 * Which repository this site is built from: "Edit this page" links, the
 * navbar's Source link and `npm run deploy` (owner and name) all derive from
 * it, so that a fork that builds or deploys gets its own links with no
 * configuration. In order:
 *
 * 1. GITHUB_SERVER_URL + GITHUB_REPOSITORY, which GitHub Actions sets to the
 *    repository whose workflow is running (a fork's own, in a fork);
 * 2. REPOSITORY_URL, for a build elsewhere;
 * 3. the `origin` remote of the git checkout, as an https web address;
 * 4. the project's home repository.
 *
 * Our own code: Docusaurus reads no repository from the environment or git.
 */
import {execFileSync} from 'node:child_process';

/** Used only when nothing above names a repository (e.g. a copy without git). */
export const homeRepositoryUrl = 'https://github.com/devops-hive-community/module-6-optimize';

export type RepositorySource = 'GITHUB_REPOSITORY' | 'REPOSITORY_URL' | 'origin remote' | 'home repository';

export interface Repository {
  /** The repository's web address, without a trailing slash or `.git`. */
  url: string;
  owner: string;
  name: string;
  /** Where `url` came from. */
  source: RepositorySource;
}

/**
 * A git remote or repository address as an https web address: ssh
 * (`git@host:owner/repo.git`, `ssh://git@host:22/owner/repo`), git:// and
 * http(s) remotes (credentials dropped) become `https://host/owner/repo`
 * (http stays http). Undefined for anything that is not on a web host (a
 * local path, `file://`) or has no `owner/repo` path.
 */
export function webAddressOfRemote(remote: string): string | undefined {
  const text = remote.trim();
  // scp-like ssh syntax: [user@]host:path, where the path does not start with "/".
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(\S+)$/.exec(text);
  let protocol: string;
  let host: string;
  let path: string;
  if (scp && !text.includes('://')) {
    [, host, path] = scp;
    protocol = 'https:';
  } else {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(url.protocol)) return undefined;
    protocol = url.protocol === 'http:' ? 'http:' : 'https:';
    // An ssh or git port is not the web server's; an http(s) one is.
    host = url.protocol === 'http:' || url.protocol === 'https:' ? url.host : url.hostname;
    path = url.pathname;
  }
  const segments = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter(Boolean);
  if (!host || segments.length < 2) return undefined;
  return `${protocol}//${host.toLowerCase()}/${segments.join('/')}`;
}

function originRemote(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['remote', 'get-url', 'origin'], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
  } catch {
    return undefined; // not a git checkout, no `origin`, or no git
  }
}

function withOwnerAndName(url: string, source: RepositorySource): Repository {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  return {url, owner: segments[0], name: segments[segments.length - 1], source};
}

/** The repository this site is built from (see the top of this file). */
export function resolveRepository({
  env = process.env,
  cwd = process.cwd(),
}: {env?: NodeJS.ProcessEnv; cwd?: string} = {}): Repository {
  const githubRepository = env.GITHUB_REPOSITORY?.trim();
  if (githubRepository) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(githubRepository)) {
      throw new Error(`GITHUB_REPOSITORY="${githubRepository}" is not "owner/name"; unset it or fix it.`);
    }
    const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
    if (!/^https?:\/\/[^/\s]+$/.test(server)) {
      throw new Error(`GITHUB_SERVER_URL="${env.GITHUB_SERVER_URL}" is not a server address like https://github.com; unset it or fix it.`);
    }
    return withOwnerAndName(`${server}/${githubRepository}`, 'GITHUB_REPOSITORY');
  }

  const given = env.REPOSITORY_URL?.trim();
  if (given) {
    const url = /^https?:\/\//.test(given) ? webAddressOfRemote(given) : undefined;
    if (!url) {
      throw new Error(
        `REPOSITORY_URL="${given}" is not a repository's web address like https://github.com/owner/name; fix it or unset it to use the origin remote.`,
      );
    }
    return withOwnerAndName(url, 'REPOSITORY_URL');
  }

  const remote = originRemote(cwd);
  const fromRemote = remote ? webAddressOfRemote(remote) : undefined;
  if (fromRemote) return withOwnerAndName(fromRemote, 'origin remote');

  return withOwnerAndName(homeRepositoryUrl, 'home repository');
}
