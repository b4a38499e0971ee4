/**
 * The site's own steps after `docusaurus build`, one after the other in a
 * fixed order. Docusaurus runs every plugin's `postBuild` at the same time,
 * so as separate plugins their order would be chance; here each step sees
 * what the ones before it wrote, and the last, the service worker, precaches
 * the final files: pages with their Content-Security-Policy, robots.txt.
 *
 * The search plugin's `postBuild` still runs alongside (it reads the pages
 * and writes search-index.json): the CSP step replaces each page in one step,
 * and the worker lists the index by name (offline.ts, `precacheAlso`).
 */
import type {LoadContext, Plugin, Props} from '@docusaurus/types';
import {writeRobotsTxt} from './robots';
import {addContentSecurityPolicy} from './csp';
import {writeSbom} from './sbom';
import {clientModule, writeServiceWorker, type OfflineOptions} from './offline';

export interface PostBuildOptions {
  offline?: OfflineOptions;
}

export interface PostBuildStep {
  name: string;
  run: (props: Props, options: PostBuildOptions) => Promise<void>;
}

export const postBuildSteps: readonly PostBuildStep[] = [
  {name: 'robots.txt', run: (props) => writeRobotsTxt(props)},
  {name: 'Content-Security-Policy', run: (props) => addContentSecurityPolicy(props)},
  {name: 'SBOM', run: (props) => writeSbom(props)},
  {name: 'service worker', run: (props, options) => writeServiceWorker(props, options.offline)},
];

/** Runs `steps` in order; a failure names its step and stops the build. */
export async function runPostBuildSteps(props: Props, options: PostBuildOptions, steps = postBuildSteps) {
  for (const step of steps) {
    try {
      await step.run(props, options);
    } catch (error) {
      throw new Error(`After the build, ${step.name}: ${(error as Error).message}`, {cause: error});
    }
  }
}

export default function postBuildPlugin(_context: LoadContext, rawOptions?: unknown): Plugin {
  const options = (rawOptions ?? {}) as PostBuildOptions;
  return {
    name: 'site-post-build',
    // The worker the last step writes is registered by this module; the kill switch registers nothing.
    getClientModules: () => (options.offline?.enabled === false ? [] : [clientModule]),
    postBuild: (props) => runPostBuildSteps(props, options),
  };
}
