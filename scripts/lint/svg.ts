/**
 * `npm run lint:svg`: every tracked SVG must already be what svgo makes of it
 * (svgo.config.mjs), so no image ships bytes the reader does not need.
 *
 *   tsx scripts/lint/svg.ts [files...]   (default: git ls-files '*.svg')
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {relative} from 'node:path';
import {pathToFileURL} from 'node:url';
import {optimize, type Config} from 'svgo';
import svgoConfig from '../../svgo.config.mjs';

export interface SvgProblem {
  file: string;
  message: string;
}

export function checkSvg(file: string, source: string): SvgProblem | undefined {
  let optimized: string;
  try {
    optimized = optimize(source, {...(svgoConfig as Config), path: file}).data;
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

function main(files: string[]): number {
  const targets = files.length
    ? files
    : execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.svg'], {encoding: 'utf8'})
        .split('\n')
        .filter(Boolean);
  const problems = targets
    .map((file) => checkSvg(relative(process.cwd(), file), readFileSync(file, 'utf8')))
    .filter((p): p is SvgProblem => Boolean(p));
  for (const p of problems) console.log(`${p.file}:1:1  svg/optimized  ${p.message}`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
