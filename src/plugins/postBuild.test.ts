import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {getCurrentBundler} from '@docusaurus/bundler';
import type {Props} from '@docusaurus/types';
import {postBuildSteps, runPostBuildSteps, type PostBuildStep} from './postBuild';

const siteDir = resolve(__dirname, '../..');

describe('the steps after the build', () => {
  it('run in this order: robots.txt, the CSP, the SBOM, the service worker last', () => {
    expect(postBuildSteps.map((step) => step.name)).toEqual(['robots.txt', 'Content-Security-Policy', 'SBOM', 'service worker']);
  });

  it('run one after the other, and the first failure stops the rest and is named', async () => {
    const events: string[] = [];
    const step = (name: string, fails = false): PostBuildStep => ({
      name,
      run: async () => {
        events.push(`start ${name}`);
        await new Promise((done) => setTimeout(done, 5));
        events.push(`end ${name}`);
        if (fails) throw new Error('disk full');
      },
    });
    const props = {} as Props;
    await runPostBuildSteps(props, {}, [step('a'), step('b')]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
    events.length = 0;
    await expect(runPostBuildSteps(props, {}, [step('a', true), step('b')])).rejects.toThrow('After the build, a: disk full');
    expect(events).toEqual(['start a', 'end a']);
  });

  it('give the worker the final files: the page it precaches is the page with its policy', async () => {
    // One scratch folder: the build output, and the generated-files folder
    // where the SBOM step keeps npm's result between builds.
    const scratch = mkdtempSync(join(tmpdir(), 'post-build-'));
    const outDir = join(scratch, 'build');
    const generatedFilesDir = join(scratch, '.docusaurus');
    try {
      const files = {
        'index.html': '<!doctype html><html><head><meta charset="utf-8"><title>Home</title></head><body><script>a()</script></body></html>',
        '404.html': '<!doctype html><html><head><title>Page Not Found</title></head><body></body></html>',
        'assets/js/main.1234abcd.js': 'a()',
      };
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(outDir, path)), {recursive: true});
        writeFileSync(join(outDir, path), content);
      }
      const siteConfig = {
        url: 'https://example.org',
        baseUrl: '/docs/',
        future: {faster: {rspackBundler: true, swcJsLoader: true, swcJsMinimizer: true, lightningCssMinimizer: true}},
      } as unknown as Props['siteConfig'];
      const props = {outDir, siteDir, generatedFilesDir, siteConfig, currentBundler: await getCurrentBundler({siteConfig})} as Props;
      await runPostBuildSteps(props, {offline: {}});

      const page = readFileSync(join(outDir, 'index.html'));
      expect(page.toString()).toContain('<meta http-equiv="Content-Security-Policy"');
      const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
      expect(sw).toContain(`{"revision":"${createHash('md5').update(page).digest('hex')}","url":"./"}`);
      expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/docs/sitemap.xml');
      // Written before the worker, and left out of its precache on purpose.
      expect(existsSync(join(outDir, 'sbom.cdx.json'))).toBe(true);
      expect(sw).not.toContain('sbom.cdx.json');
    } finally {
      rmSync(scratch, {recursive: true, force: true});
    }
  }, 120_000);
});
