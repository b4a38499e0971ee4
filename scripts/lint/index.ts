/**
 * Content checks: module structure, MDX syntax, mojibake.
 *
 *   tsx scripts/lint/index.ts [files...]   (default: all MDX under docs/ and src/pages/)
 *   tsx scripts/lint/index.ts --rules      (list the rules)
 *
 * Prints one `path:line:column  rule  message` line per problem and exits 1
 * if there is any.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {checkFile, formatProblem} from './checkModule';
import {MDX_SYNTAX, contentRules, moduleRules} from './rules';
import {repoRoot} from './topicAreas';
import type {Problem} from './types';

const defaultRoots = ['docs', 'src/pages'];

function mdxFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.mdx?$/.test(file) && !file.split(/[\\/]/).includes('node_modules'))
    .map((file) => join(dir, file))
    .sort();
}

/** Repository-relative, forward slashes: what the problem lines print. */
export function displayPath(file: string, root: string = repoRoot): string {
  const rel = relative(root, resolve(file));
  return (rel.startsWith('..') ? resolve(file) : rel).split(sep).join('/');
}

export function lintFiles(files: string[], root: string = repoRoot): Problem[] {
  return files.flatMap((file) => checkFile(displayPath(file, root), readFileSync(file, 'utf8')));
}

export function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log('Usage: tsx scripts/lint/index.ts [files...]\nDefault: every .md/.mdx file under docs/ and src/pages/.\n--rules lists the rules.');
    return 0;
  }
  if (argv.includes('--rules')) {
    console.log(`${MDX_SYNTAX}  The page parses as MDX (every page).`);
    for (const rule of new Set([...contentRules, ...moduleRules])) console.log(`${rule.name}  ${rule.description}`);
    return 0;
  }
  const files = argv.length > 0 ? argv : defaultRoots.flatMap((dir) => mdxFilesUnder(join(repoRoot, dir)));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    for (const file of missing) console.error(`${file}: no such file`);
    return 2;
  }
  const problems = lintFiles(files);
  for (const problem of problems) console.log(formatProblem(problem));
  if (problems.length > 0) {
    console.error(`lint:content: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.path)).size} of ${files.length} files.`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
