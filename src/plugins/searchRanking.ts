import {createRequire} from 'node:module';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local';

const require = createRequire(import.meta.url);

/** Pages whose search hits weigh more: a path under the base URL, and a factor. */
export interface SearchBoost {
  path: string;
  factor: number;
}

/** One part of the search plugin's index file: its documents and a serialized lunr index. */
interface IndexPart {
  documents: {i: number; u: string}[];
  index: {fieldVectors: [string, number[]][]};
}

/**
 * Multiplies the term weights of every document whose URL is under a boosted
 * path. That is lunr's own document boost (`builder.add(doc, {boost})` scales
 * the same field vectors), applied after the fact because the search plugin
 * has no option for it. Returns how many documents each boost reached.
 */
export function boostDocuments(parts: IndexPart[], boosts: readonly SearchBoost[], baseUrl: string): number[] {
  const reached = boosts.map(() => 0);
  for (const {documents, index} of parts) {
    const urls = new Map(documents.map((doc) => [String(doc.i), doc.u]));
    for (const [key, vector] of index.fieldVectors) {
      const url = urls.get(key.slice(key.indexOf('/') + 1)) ?? '';
      const which = boosts.findIndex((boost) => url.startsWith(`${baseUrl}${boost.path}`));
      if (which === -1) continue;
      reached[which] += 1;
      // [term index, weight, term index, weight, ...]; weights rounded as lunr does.
      for (let i = 1; i < vector.length; i += 2) vector[i] = Math.round(vector[i] * boosts[which].factor * 1000) / 1000;
    }
  }
  return reached;
}

/**
 * The offline search plugin (@easyops-cn/docusaurus-search-local), with
 * teaching pages ranked first (issue 13). lunr ranks a short passage above a
 * long one for the same word, so a model answer in the interview questions,
 * which names "Cosign" in a few lines, came before the module section that
 * teaches it. Once the plugin has written its index, this boosts the pages
 * under the given paths. Same options as the plugin.
 */
export function searchWithBoosts(boosts: readonly SearchBoost[]): PluginModule {
  const search = require('@easyops-cn/docusaurus-search-local') as {
    default: (context: LoadContext, options: SearchOptions) => Plugin;
    validateOptions: NonNullable<PluginModule['validateOptions']>;
  };
  const plugin: PluginModule = (context, options) => {
    const inner = search.default(context, options as SearchOptions);
    return {
      ...inner,
      async postBuild(props) {
        await inner.postBuild?.(props);
        const files = (await readdir(props.outDir)).filter((name) => /^search-index.*\.json$/.test(name));
        if (files.length === 0) throw new Error(`searchWithBoosts: the search plugin wrote no search-index*.json in ${props.outDir}.`);
        const reached = boosts.map(() => 0);
        for (const name of files) {
          const file = join(props.outDir, name);
          const parts = JSON.parse(await readFile(file, 'utf8')) as IndexPart[];
          boostDocuments(parts, boosts, context.baseUrl).forEach((count, i) => (reached[i] += count));
          await writeFile(file, JSON.stringify(parts));
        }
        boosts.forEach((boost, i) => {
          if (reached[i] === 0) {
            throw new Error(`docusaurus.config.ts: the search boost for "${boost.path}" matched no page in the index; give the path of a published page, relative to the base URL.`);
          }
        });
      },
    };
  };
  plugin.validateOptions = search.validateOptions;
  return plugin;
}
