/**
 * Publishes the site's software bill of materials: after the build, npm's own
 * `npm sbom` (npm >= 9.5) turns package-lock.json into a CycloneDX JSON SBOM
 * written to `<outDir>/sbom.cdx.json`, so anyone can audit what the site is
 * built from. `npm run sbom` prints the same document.
 *
 * Production dependencies only: they are what `docusaurus build` runs and
 * what ends up in the pages. Dev dependencies (linters, test runners,
 * Lighthouse) never reach the published site.
 *
 * Why not just `npm sbom --omit dev`: it drops every package that a dev
 * dependency also reaches, production ones included (npm/cli#7909; here it
 * loses react and react-dom, among ~300 others). So npm runs on a copy of the
 * project in a temporary folder whose package.json has no devDependencies and
 * whose lockfile keeps exactly the packages npm itself did not flag `"dev":
 * true`. The result is checked to list every direct dependency.
 *
 * A failure fails the build: a site that promises an SBOM must not ship
 * without one.
 *
 * npm takes about 1.4 s to start and read the lockfile, a third of a warm
 * build. The build keeps the result in Docusaurus's generated-files folder,
 * keyed by the bytes of package.json and package-lock.json, and runs npm
 * again only when either changes (or after `docusaurus clear`).
 */
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import type {Props} from '@docusaurus/types';

/** The `npm` arguments, run on the production-only copy of the project. */
export const sbomArgs = [
  'sbom',
  '--sbom-format',
  'cyclonedx',
  '--sbom-type',
  'application',
  '--omit',
  'dev',
  '--package-lock-only',
] as const;

export const sbomFile = 'sbom.cdx.json';

export interface CycloneDxComponent {
  type: string;
  name: string;
  version: string;
  purl?: string;
}

export interface CycloneDxBom {
  bomFormat: 'CycloneDX';
  specVersion: string;
  metadata: {component?: CycloneDxComponent};
  components: CycloneDxComponent[];
}

interface PackageJson {
  name?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [key: string]: unknown;
}

interface LockedPackage {
  version?: string;
  dev?: boolean;
  devDependencies?: Record<string, string>;
  [key: string]: unknown;
}

export interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
  dependencies?: unknown;
  [key: string]: unknown;
}

/**
 * The project as `npm ci --omit dev` would install it: package.json without
 * devDependencies; the lockfile without the packages npm flagged `dev`
 * (reachable only from devDependencies) and without the lockfile v1 tree.
 */
export function productionOnly(pkg: PackageJson, lock: Lockfile): {pkg: PackageJson; lock: Lockfile} {
  if (!lock.packages || lock.lockfileVersion < 2) {
    throw new Error('SBOM: package-lock.json must be lockfileVersion 2 or 3 (npm >= 7)');
  }
  const {devDependencies: _dev, ...prodPkg} = pkg;
  const packages: Record<string, LockedPackage> = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '') {
      const {devDependencies: _rootDev, ...root} = entry;
      packages[path] = root;
    } else if (!entry.dev) {
      packages[path] = entry;
    }
  }
  const {dependencies: _v1, ...prodLock} = lock;
  return {pkg: prodPkg, lock: {...prodLock, packages}};
}

const run = promisify(execFile);

async function npmSbom(cwd: string): Promise<string> {
  try {
    const {stdout} = await run('npm', [...sbomArgs], {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
      shell: process.platform === 'win32',
    });
    return stdout;
  } catch (error) {
    const {stderr, message} = error as {stderr?: string; message: string};
    throw new Error(
      `SBOM: \`npm ${sbomArgs.join(' ')}\` failed (it needs npm >= 9.5 and a package-lock.json ` +
        `that matches package.json; run \`npm install\` to sync them):\n${stderr?.trim() || message}`,
    );
  }
}

/** The SBOM of the project in `siteDir`, from its lockfile, checked to be CycloneDX JSON. */
export async function generateSbom(siteDir: string): Promise<string> {
  let pkg: PackageJson;
  let lock: Lockfile;
  try {
    pkg = JSON.parse(await readFile(join(siteDir, 'package.json'), 'utf8')) as PackageJson;
    lock = JSON.parse(await readFile(join(siteDir, 'package-lock.json'), 'utf8')) as Lockfile;
  } catch (error) {
    throw new Error(`SBOM: cannot read package.json and package-lock.json in ${siteDir}: ${(error as Error).message}`);
  }
  const production = productionOnly(pkg, lock);

  // npm names the SBOM's subject after its folder: give it the package's name.
  const scratch = await mkdtemp(join(tmpdir(), 'site-sbom-'));
  const project = join(scratch, (pkg.name ?? 'site').replace(/^@/, '').replace(/\//g, '-'));
  let stdout: string;
  try {
    await mkdir(project);
    await writeFile(join(project, 'package.json'), JSON.stringify(production.pkg, null, 2));
    await writeFile(join(project, 'package-lock.json'), JSON.stringify(production.lock, null, 2));
    stdout = await npmSbom(project);
  } finally {
    await rm(scratch, {recursive: true, force: true});
  }

  let bom: Partial<CycloneDxBom>;
  try {
    bom = JSON.parse(stdout) as Partial<CycloneDxBom>;
  } catch {
    throw new Error(`SBOM: \`npm ${sbomArgs.join(' ')}\` printed something that is not JSON`);
  }
  if (bom.bomFormat !== 'CycloneDX' || !Array.isArray(bom.components)) {
    throw new Error('SBOM: npm did not produce a CycloneDX document with components');
  }
  const listed = new Set(bom.components.map((c) => `${c.name}@${c.version}`));
  const missing = Object.keys(pkg.dependencies ?? {})
    .map((name) => `${name}@${lock.packages[`node_modules/${name}`]?.version}`)
    .filter((dependency) => !listed.has(dependency));
  if (missing.length > 0) {
    throw new Error(`SBOM: direct dependencies missing from npm's SBOM: ${missing.join(', ')}`);
  }
  return stdout.endsWith('\n') ? stdout : `${stdout}\n`;
}

/**
 * The SBOM of `siteDir`, from `cacheDir` when an earlier build made it from
 * the same package.json and package-lock.json; otherwise from `generate`,
 * kept there for the next build.
 */
export async function cachedSbom(siteDir: string, cacheDir: string, generate = generateSbom): Promise<string> {
  let key: string;
  try {
    const hash = createHash('sha256').update(sbomArgs.join(' '));
    for (const file of ['package.json', 'package-lock.json']) hash.update('\0').update(await readFile(join(siteDir, file)));
    key = hash.digest('hex');
  } catch {
    return generate(siteDir); // It names the file it cannot read.
  }
  const cacheFile = join(cacheDir, 'sbom-cache.json');
  try {
    const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as {key?: string; sbom?: string};
    if (cached.key === key && typeof cached.sbom === 'string') return cached.sbom;
  } catch {
    // No cache yet, or an unreadable one: make the SBOM afresh.
  }
  const sbom = await generate(siteDir);
  await mkdir(cacheDir, {recursive: true});
  await writeFile(cacheFile, JSON.stringify({key, sbom}));
  return sbom;
}

/** The build step (postBuild.ts): `<outDir>/sbom.cdx.json`. */
export async function writeSbom({outDir, siteDir, generatedFilesDir}: Pick<Props, 'outDir' | 'siteDir' | 'generatedFilesDir'>) {
  await writeFile(join(outDir, sbomFile), await cachedSbom(siteDir, join(generatedFilesDir, 'site-sbom')));
}

// `npm run sbom`: the same document on stdout.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  generateSbom(process.cwd()).then(
    (sbom) => process.stdout.write(sbom),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
