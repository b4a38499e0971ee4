/**
 * The baseline for `npm run bench`: a stock Docusaurus classic site at the
 * version this site uses, created once from create-docusaurus's template into
 * a cache folder (bench/tmp/stock, not committed) with one empty doc page
 * added, then built and served beside ours so both are measured in the same
 * run on the same machine.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

export const stockDocPath = 'docs/empty/';

function docusaurusVersion(siteDir: string): string | undefined {
  const file = join(siteDir, 'node_modules', '@docusaurus', 'core', 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as {version: string}).version : undefined;
}

/** Creates (or re-creates, when our Docusaurus version has changed) the stock site. */
export function ensureStockSite(root: string, cacheDir: string): {dir: string; version: string} {
  const version = docusaurusVersion(root);
  if (!version) throw new Error(`${root}/node_modules/@docusaurus/core not found: run npm ci first.`);
  const dir = join(cacheDir, 'stock');
  if (docusaurusVersion(dir) === version && existsSync(join(dir, stockDocPath.replace(/\/$/, '.md')))) {
    return {dir, version};
  }
  console.log(`bench: creating a stock Docusaurus ${version} classic site in ${dir} (once)`);
  rmSync(dir, {recursive: true, force: true});
  const run = (command: string, args: string[], cwd: string) =>
    execFileSync(command, args, {cwd, stdio: ['ignore', 'ignore', 'inherit']});
  run('npx', ['--yes', `create-docusaurus@${version}`, 'stock', 'classic', '--typescript', '--skip-install', '--package-manager', 'npm'], cacheDir);
  // The page to compare with: a doc with a title and nothing else.
  writeFileSync(join(dir, stockDocPath.replace(/\/$/, '.md')), '# Empty page\n');
  // No dependency runs code at install time, as in this repository (.npmrc).
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], dir);
  return {dir, version};
}
