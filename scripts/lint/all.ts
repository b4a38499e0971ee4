/**
 * `npm run lint`: every check, each to the end even when an earlier one
 * fails, so one run shows every problem. Exits 1 if any failed.
 *
 *   npm run lint                       the whole repository
 *   npm run lint -- <files/folders>    only these (secrets: always the whole repository)
 *   npm run lint -- --rules            every content rule and what it asks for
 *
 * Every check prints problems as `path:line:column  rule  message`; in GitHub
 * Actions each also becomes an annotation on the pull request's diff.
 * To add a check, add its npm script to `checks` below.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {ruleList} from './content';
import {annotation, parseProblem} from './format';
import {svgRule} from './svg';

export interface Check {
  /** The npm script. */
  script: string;
  /** One line for `--rules`. */
  rules: string;
  /** Which of the given files it checks; undefined: it only runs on the whole repository. */
  files?: (files: string[]) => string[];
}

const markdown = (files: string[]) => files.filter((f) => /\.mdx?$/.test(f));

/** The checks `npm run lint` runs, in order. */
export const checks: readonly Check[] = [
  {script: 'lint:content', rules: '(content rules above: unified-lint-rule plugins in scripts/lint/rules/)', files: markdown},
  {script: 'lint:spelling', rules: 'spelling/unknown-word  Every word is spelled right, or listed in "words" in cspell.json.', files: (f) => f.filter((file) => /\.(mdx?|tsx)$/.test(file))},
  {script: 'lint:markdown', rules: "MDnnn/<name>  markdownlint's rules as .markdownlint-cli2.jsonc sets them (npx markdownlint-cli2 --help).", files: (f) => (markdown(f).length ? ['--no-globs', ...markdown(f).map((file) => `:${file}`)] : [])},
  {script: 'lint:secrets', rules: "secretlint's recommended rules (.secretlintrc.json): no keys, tokens or passwords in tracked files."},
  {script: 'lint:svg', rules: `${svgRule.id}  ${svgRule.description}`, files: (f) => f.filter((file) => file.endsWith('.svg'))},
];

export interface CheckResult {
  check: string;
  status: number;
}

/** Files under the given paths, folders expanded; throws a one-line message for a path that does not exist. */
export function expandPaths(paths: string[], cwd: string = process.cwd()): string[] {
  return paths.flatMap((path) => {
    const full = resolve(cwd, path);
    if (!existsSync(full)) throw new Error(`lint: ${path}: no such file or folder; give files or folders of this repository, e.g. npm run lint -- docs/foundations/module-06/index.mdx`);
    if (!statSync(full).isDirectory()) return [path];
    return readdirSync(full, {recursive: true, encoding: 'utf8'})
      .filter((rel) => !rel.split(sep).includes('node_modules') && statSync(join(full, rel)).isFile())
      .map((rel) => relative(cwd, join(full, rel)).split(sep).join('/'))
      .sort();
  });
}

/** Runs `npm run <script> -- args`, echoing what it prints (and annotating it in GitHub Actions). */
function npmRun(script: string, args: string[]): number {
  const npmCli = process.env.npm_execpath;
  const npmArgs = ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])];
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, ...npmArgs], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    : spawnSync('npm', npmArgs, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  if (result.error) {
    console.error(`lint: could not run ${script}: ${result.error.message}`);
    return 1;
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const line of `${result.stdout}\n${result.stderr}`.split('\n')) {
      const problem = parseProblem(line);
      if (problem) console.log(annotation(problem));
    }
  }
  return result.status ?? 1;
}

export function runChecks(
  list: readonly Check[] = checks,
  files: string[] | undefined = undefined,
  run: (script: string, args: string[]) => number = npmRun,
): CheckResult[] {
  return list.flatMap((check) => {
    if (!files) return [{check: check.script, status: run(check.script, [])}];
    const mine = check.files?.(files) ?? [];
    if (mine.length === 0) {
      console.error(`lint: ${check.script} skipped: ${check.files ? 'none of the given files is for it' : 'it checks the whole repository only'}.`);
      return [];
    }
    return [{check: check.script, status: run(check.script, mine)}];
  });
}

export function main(argv: string[]): number {
  if (argv.includes('--rules')) {
    console.log(ruleList().join('\n'));
    for (const check of checks.slice(1)) console.log(`${check.script}: ${check.rules}`);
    return 0;
  }
  let files: string[] | undefined;
  try {
    files = argv.length ? expandPaths(argv) : undefined;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const results = runChecks(checks, files);
  const failed = results.filter((result) => result.status !== 0);
  if (failed.length > 0) {
    console.error(`lint: ${failed.map((f) => f.check).join(', ')} failed (${results.length - failed.length} of ${results.length} checks passed). Fix the lines above, then run npm run lint again.`);
    return 1;
  }
  console.error(`lint: all ${results.length} checks passed (${results.map((r) => r.check).join(', ')}).`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
