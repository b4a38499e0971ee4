import {execFile} from 'node:child_process';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {cachedSbom, generateSbom, productionOnly, sbomFile, writeSbom, type CycloneDxBom, type Lockfile} from './sbom';

const siteDir = resolve(__dirname, '../..');
const readJson = async <T>(file: string) => JSON.parse(await readFile(join(siteDir, file), 'utf8')) as T;

/** name@version of every package npm installs with `--omit dev`, from the lockfile. */
function lockedProduction(lock: Lockfile): Set<string> {
  return new Set(
    Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.dev)
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version}`),
  );
}

describe('the SBOM', () => {
  it('is CycloneDX JSON listing @docusaurus/core at the locked version, and exactly the production tree', async () => {
    const bom = JSON.parse(await generateSbom(siteDir)) as CycloneDxBom;
    const lock = await readJson<Lockfile>('package-lock.json');
    const pkg = await readJson<{name: string; dependencies: Record<string, string>}>('package.json');
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.specVersion).toMatch(/^1\.\d+$/);
    expect(bom.metadata.component).toMatchObject({type: 'application', name: pkg.name});

    const locked = lock.packages['node_modules/@docusaurus/core'].version;
    const core = bom.components.filter((c) => c.name === '@docusaurus/core');
    expect(core.map((c) => c.version)).toEqual([locked]);
    expect(core[0].purl).toBe(`pkg:npm/%40docusaurus/core@${locked}`);

    // Every production package (react included, which `npm sbom --omit dev`
    // alone would drop), and no test tooling.
    const listed = new Set(bom.components.map((c) => `${c.name}@${c.version}`));
    expect([...listed].sort()).toEqual([...lockedProduction(lock)].sort());
    for (const name of Object.keys(pkg.dependencies)) {
      expect(bom.components.some((c) => c.name === name)).toBe(true);
    }
    for (const devOnly of ['vitest', '@playwright/test', 'secretlint', 'lighthouse']) {
      expect(bom.components.some((c) => c.name === devOnly)).toBe(false);
    }
  }, 60_000);

  it('is written to sbom.cdx.json in the build output', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'sbom-'));
    try {
      await writeSbom({siteDir, outDir, generatedFilesDir: outDir});
      const bom = JSON.parse(await readFile(join(outDir, sbomFile), 'utf8')) as CycloneDxBom;
      expect(bom.components.some((c) => c.name === '@docusaurus/core')).toBe(true);
    } finally {
      await rm(outDir, {recursive: true, force: true});
    }
  }, 60_000);

  it('is made again only when package.json or package-lock.json changes', async () => {
    const project = await mkdtemp(join(tmpdir(), 'sbom-cache-'));
    const cacheDir = join(project, 'cache');
    let made = 0;
    const generate = async () => `sbom ${++made}\n`;
    try {
      await writeFile(join(project, 'package.json'), '{"name": "x"}');
      await writeFile(join(project, 'package-lock.json'), '{"lockfileVersion": 3}');
      expect(await cachedSbom(project, cacheDir, generate)).toBe('sbom 1\n');
      expect(await cachedSbom(project, cacheDir, generate)).toBe('sbom 1\n');
      expect(made).toBe(1);

      await writeFile(join(project, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}');
      expect(await cachedSbom(project, cacheDir, generate)).toBe('sbom 2\n');
      await writeFile(join(project, 'package.json'), '{"name": "y"}');
      expect(await cachedSbom(project, cacheDir, generate)).toBe('sbom 3\n');
      expect(await cachedSbom(project, cacheDir, generate)).toBe('sbom 3\n');

      // A cache that is not ours is made afresh, not trusted.
      await writeFile(join(cacheDir, 'sbom-cache.json'), 'not json');
      expect(await cachedSbom(project, cacheDir, generate)).toBe('sbom 4\n');
    } finally {
      await rm(project, {recursive: true, force: true});
    }
  });

  it('is what `npm run sbom` prints', async () => {
    const pkg = await readJson<{scripts: Record<string, string>}>('package.json');
    expect(pkg.scripts.sbom).toBe('tsx src/plugins/sbom.ts');
    const {stdout} = await promisify(execFile)(join(siteDir, 'node_modules/.bin/tsx'), ['src/plugins/sbom.ts'], {
      cwd: siteDir,
      maxBuffer: 64 * 1024 * 1024,
    });
    const bom = JSON.parse(stdout) as CycloneDxBom;
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.components.some((c) => c.name === '@docusaurus/core')).toBe(true);
  }, 60_000);

  it('fails the build with a clear message when npm cannot make one', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'sbom-broken-'));
    try {
      await expect(generateSbom(broken)).rejects.toThrow(/SBOM: cannot read package\.json and package-lock\.json/);
      // A lockfile that does not match package.json.
      await writeFile(join(broken, 'package.json'), JSON.stringify({name: 'x', version: '1.0.0', dependencies: {a: '1.0.0'}}));
      await writeFile(
        join(broken, 'package-lock.json'),
        JSON.stringify({name: 'x', lockfileVersion: 3, packages: {'': {name: 'x', dependencies: {a: '1.0.0'}}}}),
      );
      await expect(generateSbom(broken)).rejects.toThrow(/SBOM: `npm sbom .*` failed/);
      const outDir = join(broken, 'build');
      await expect(writeSbom({siteDir: broken, outDir, generatedFilesDir: join(broken, '.docusaurus')})).rejects.toThrow(
        /SBOM: `npm sbom .*` failed/,
      );
    } finally {
      await rm(broken, {recursive: true, force: true});
    }
  }, 60_000);
});

describe('productionOnly', () => {
  it('keeps what `npm ci --omit dev` installs: no devDependencies, no package npm flagged dev', () => {
    const {pkg, lock} = productionOnly(
      {name: 'site', dependencies: {a: '^1'}, devDependencies: {t: '^1'}},
      {
        lockfileVersion: 3,
        packages: {
          '': {name: 'site', dependencies: {a: '^1'}, devDependencies: {t: '^1'}},
          'node_modules/a': {version: '1.0.0'},
          'node_modules/shared': {version: '2.0.0'},
          'node_modules/t': {version: '1.0.0', dev: true},
          'node_modules/only-t': {version: '3.0.0', dev: true},
          'node_modules/opt': {version: '1.0.0', devOptional: true},
        },
      },
    );
    expect(pkg).toEqual({name: 'site', dependencies: {a: '^1'}});
    expect(Object.keys(lock.packages)).toEqual(['', 'node_modules/a', 'node_modules/shared', 'node_modules/opt']);
    expect(lock.packages['']).toEqual({name: 'site', dependencies: {a: '^1'}});
  });

  it('refuses a lockfile without the packages map (npm 6)', () => {
    expect(() => productionOnly({}, {lockfileVersion: 1} as unknown as Lockfile)).toThrow(/lockfileVersion 2 or 3/);
  });
});
