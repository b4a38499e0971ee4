import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Docusaurus keys its persistent bundler cache (Rspack's, or webpack's
 * filesystem cache) on its version and theme aliases, not on `url`/`baseUrl`.
 * A build for another SITE_URL or BASE_URL could then reuse modules compiled
 * for the previous one, with its base path and canonical URLs: the sub-path
 * crawl caught exactly that. One cache per address fixes it.
 */
export default function buildCachePerAddress({siteConfig, generatedFilesDir}: LoadContext): Plugin {
  const key = `${siteConfig.url}${siteConfig.baseUrl}${generatedFilesDir}`.replace(/[^\w.-]+/g, '_');
  return {
    name: 'build-cache-per-address',
    configureWebpack(bundlerConfig) {
      const experiments = bundlerConfig.experiments as {cache?: unknown} | undefined;
      for (const cache of [bundlerConfig.cache, experiments?.cache]) {
        if (cache && typeof cache === 'object' && 'version' in cache) {
          cache.version = `${String(cache.version)}-${key}`;
        }
      }
      return {};
    },
  };
}
