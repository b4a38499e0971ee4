import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {robotsTxt, writeRobotsTxt} from './robots';

describe('robots.txt', () => {
  it('points at the sitemap under the site URL and base path', () => {
    expect(robotsTxt('https://example.github.io', '/dynamic-devops-roadmap/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/dynamic-devops-roadmap/sitemap.xml\n',
    );
    expect(robotsTxt('http://localhost:3000/', '/')).toContain('Sitemap: http://localhost:3000/sitemap.xml\n');
  });

  it('is written into the build after it is made', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'robots-'));
    // Only the fields the step reads.
    const siteConfig = {url: 'https://example.org', baseUrl: '/docs/'} as Parameters<typeof writeRobotsTxt>[0]['siteConfig'];
    await writeRobotsTxt({outDir, siteConfig});
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/docs/sitemap.xml');
  });
});
