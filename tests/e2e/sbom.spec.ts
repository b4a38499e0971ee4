import {readFileSync} from 'node:fs';
import {expect, test} from '@playwright/test';
import {at} from '../support/site';

// src/plugins/sbom.ts: the build publishes the site's SBOM next to its pages.
test('the site publishes its CycloneDX SBOM at /sbom.cdx.json, with @docusaurus/core at the locked version', async ({
  request,
}) => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {packages: Record<string, {version: string}>};
  const response = await request.get(at('sbom.cdx.json'));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const bom = (await response.json()) as {
    bomFormat: string;
    specVersion: string;
    components: {name: string; version: string}[];
  };
  expect(bom.bomFormat).toBe('CycloneDX');
  expect(bom.components.filter((c) => c.name === '@docusaurus/core').map((c) => c.version)).toEqual([
    lock.packages['node_modules/@docusaurus/core'].version,
  ]);
  expect(bom.components.some((c) => c.name === 'react')).toBe(true);
});
