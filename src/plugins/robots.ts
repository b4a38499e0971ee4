import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {Props} from '@docusaurus/types';

/**
 * robots.txt pointing at the sitemap. Written at build time, not kept in
 * static/, because the sitemap's URL depends on SITE_URL and BASE_URL.
 * Crawlers only read robots.txt at the root of an origin, so for a project
 * site (`/<repo>/`) this file is informative; the sitemap works either way.
 */
export function robotsTxt(siteUrl: string, baseUrl: string): string {
  const sitemap = `${siteUrl.replace(/\/$/, '')}${baseUrl}sitemap.xml`;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}

/** The build step (postBuild.ts): `<outDir>/robots.txt`. */
export async function writeRobotsTxt({outDir, siteConfig}: Pick<Props, 'outDir' | 'siteConfig'>) {
  await writeFile(join(outDir, 'robots.txt'), robotsTxt(siteConfig.url, siteConfig.baseUrl));
}
