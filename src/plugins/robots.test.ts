import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import robotsPlugin, {robotsTxt} from './robots';

describe('robots.txt', () => {
  it('points at the sitemap under the site URL and base path', () => {
    expect(robotsTxt('https://example.github.io', '/dynamic-devops-roadmap/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/dynamic-devops-roadmap/sitemap.xml\n',
    );
    expect(robotsTxt('http://localhost:3000/', '/')).toContain('Sitemap: http://localhost:3000/sitemap.xml\n');
  });

  it('is written into the build after it is made', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'robots-'));
    const plugin = robotsPlugin();
    // Only the fields the plugin reads.
    const props = {outDir, siteConfig: {url: 'https://example.org', baseUrl: '/docs/'}};
    await plugin.postBuild!(props as unknown as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/docs/sitemap.xml');
  });
});
