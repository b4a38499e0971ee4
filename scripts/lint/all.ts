/**
 * `npm run lint`: runs every content check, each to the end, even when an
 * earlier one fails, so one run shows every problem. Exits 1 if any failed.
 *
 * To add a check, add its npm script to `checks` below.
 */
import {spawnSync} from 'node:child_process';
import {pathToFileURL} from 'node:url';

/** The checks `npm run lint` runs, in order: npm script names. */
export const checks: readonly string[] = ['lint:content', 'lint:spelling', 'lint:markdown', 'lint:secrets', 'lint:svg'];

export interface CheckResult {
  check: string;
  status: number;
}

/** Runs `npm run <check>` the same way whether started from npm or directly. */
function npmRun(check: string): number {
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, 'run', '--silent', check], {stdio: 'inherit'})
    : spawnSync('npm', ['run', '--silent', check], {stdio: 'inherit', shell: process.platform === 'win32'});
  if (result.error) {
    console.error(`lint: could not run ${check}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

export function runChecks(list: readonly string[] = checks, run: (check: string) => number = npmRun): CheckResult[] {
  return list.map((check) => ({check, status: run(check)}));
}

export function main(): number {
  const results = runChecks();
  const failed = results.filter((result) => result.status !== 0);
  if (failed.length > 0) {
    console.error(`lint: ${failed.map((f) => f.check).join(', ')} failed (${results.length - failed.length} of ${results.length} checks passed). Fix the lines above, then run npm run lint again.`);
    return 1;
  }
  console.error(`lint: all ${results.length} checks passed (${results.map((r) => r.check).join(', ')}).`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
