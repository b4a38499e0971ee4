/**
 * `npm run lint:svg`: every tracked SVG must already be what svgo makes of it
 * (svgo.config.mjs), so no image ships bytes the reader does not need.
 *
 *   tsx scripts/lint/svg.ts [files...]   (default: git ls-files '*.svg')
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {optimize, type Config} from 'svgo';
import svgoConfig from '../../svgo.config.mjs';

export const svgRule = {
  id: 'svg/optimized',
  description: 'Every SVG is already optimized by svgo (svgo.config.mjs): npm run optimize-svgs fixes it.',
};

export interface SvgProblem {
  file: string;
  message: string;
}

/** What svgo makes of an SVG: the bytes a committed SVG must already be. */
export function optimizeSvg(file: string, source: string): string {
  return optimize(source, {...(svgoConfig as Config), path: file}).data;
}

export function checkSvg(file: string, source: string): SvgProblem | undefined {
  let optimized: string;
  try {
    optimized = optimizeSvg(file, source);
  } catch (error) {
    return {file, message: `not a valid SVG (${(error as Error).message.split('\n')[0]}); fix the markup.`};
  }
  if (optimized.trim() === source.trim()) return undefined;
  const saved = Buffer.byteLength(source) - Buffer.byteLength(optimized);
  return {
    file,
    message: `not optimized (svgo saves ${saved} bytes); run npm run optimize-svgs and commit the result.`,
  };
}

/** The SVGs git knows of (tracked or new), and which of them are deleted from the working tree. */
export function trackedSvgs(cwd: string = process.cwd()): {files: string[]; deleted: string[]} {
  const git = (...args: string[]) =>
    execFileSync('git', args, {cwd, encoding: 'utf8'}).split('\n').filter(Boolean);
  const deleted = new Set(git('ls-files', '--deleted', '*.svg'));
  const files = git('ls-files', '--cached', '--others', '--exclude-standard', '*.svg');
  return {files: files.filter((f) => !deleted.has(f)), deleted: [...deleted]};
}

export function main(files: string[], log = console.log, note = console.error, cwd = process.cwd()): number {
  let targets = files;
  if (targets.length === 0) {
    const tracked = trackedSvgs(cwd);
    // A deleted SVG is a change to commit, not a file to check.
    for (const file of tracked.deleted) note(`lint:svg: ${file} is deleted (not yet committed); skipped.`);
    targets = tracked.files;
  }
  const problems: SvgProblem[] = [];
  for (const file of targets) {
    const full = resolve(cwd, file);
    const path = relative(cwd, full) || file;
    if (!existsSync(full)) {
      problems.push({file: path, message: 'no such file; give the path of an SVG in this repository.'});
      continue;
    }
    const problem = checkSvg(path, readFileSync(full, 'utf8'));
    if (problem) problems.push(problem);
  }
  for (const p of problems) log(`${p.file}:1:1  ${svgRule.id}  ${p.message}`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
