/**
 * `npm run lint:content`: the content rules (rules/index.ts) over every
 * Markdown and MDX page, through unified-engine with the remark preset the
 * editor uses too (preset.ts, .remarkrc.mjs).
 *
 *   tsx scripts/lint/content.ts [files or folders...]   (default: docs/)
 *   tsx scripts/lint/content.ts --rules                 (each rule and what it asks for)
 *
 * Prints one `path:line:column  rule  message` line per problem and exits 1
 * if there is any, 2 if a path does not exist.
 */
import {existsSync} from 'node:fs';
import {relative, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {unified} from 'unified';
import {engine} from 'unified-engine';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {formatProblem, type Problem} from './format';
import preset from './preset';
import {mdxSyntax, rules} from './rules';

export const siteDir = fileURLToPath(new URL('../..', import.meta.url));
export const defaultPaths = ['docs'];

/** The rules, one line each: `id  description`. */
export function ruleList(): string[] {
  return [mdxSyntax, ...rules].map((rule) => `${rule.id}  ${rule.description}`);
}

function syntaxMessage(message: VFileMessage): string {
  const why = message.reason.replace(/\.$/, '');
  let hint = 'fix the MDX syntax here';
  if (message.ruleId === 'acorn' || /expression/i.test(why)) {
    hint = 'text in { } is read as JavaScript: escape a literal brace as \\{ or fix the expression';
  } else if (/tag|jsx|character/i.test(why)) {
    hint = 'a < starts a JSX tag: close the tag (<X>...</X> or <X />), or write a literal < as \\<';
  }
  return `MDX cannot parse this: ${why}; ${hint}.`;
}

const ours = new Set(['module', 'content']);

/** The problems unified-engine found, in our shape, by file and place. */
export function problemsOf(files: VFile[], cwd: string = siteDir): Problem[] {
  return files.flatMap((file) => {
    const path = relative(cwd, resolve(file.cwd, file.path)).split(sep).join('/');
    return file.messages
      .map((message) => {
        const rule = message.source && ours.has(message.source) ? `${message.source}/${message.ruleId}` : mdxSyntax.id;
        return {
          path,
          line: message.line ?? 1,
          column: message.column ?? 1,
          rule,
          message: rule === mdxSyntax.id ? syntaxMessage(message) : message.reason,
        };
      })
      .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  });
}

/** Lints a page's text as if it were the file at `path` (relative to `cwd`), as `npm run lint` would. */
export async function lintSource(source: string, path: string, cwd: string = siteDir): Promise<Problem[]> {
  const file = new VFile({path: resolve(cwd, path), value: source, cwd});
  const processor = unified().use(preset);
  try {
    await processor.run(processor.parse(file), file);
  } catch (caught) {
    // As unified-engine does with a page that does not parse.
    const error = caught as VFileMessage;
    file.message(error.reason ?? String(caught), {place: error.place ?? undefined, ruleId: error.ruleId ?? undefined, source: error.source ?? undefined});
  }
  return problemsOf([file], cwd);
}

/** Lints files and folders (Markdown and MDX in them); resolves with what it found. */
export function lintContent(paths: string[], cwd: string = siteDir): Promise<Problem[]> {
  return new Promise((resolvePromise, reject) => {
    engine(
      {
        processor: unified(),
        files: paths,
        extensions: ['md', 'mdx'],
        cwd,
        // The preset is given here, not found as .remarkrc.mjs, so the lint
        // never depends on which folder it starts in; the editor reads that file.
        detectConfig: false,
        plugins: [preset],
        out: false,
        quiet: true,
        color: false,
        reporter: () => '',
      },
      (error, _code, context) => (error ? reject(error) : resolvePromise(problemsOf(context?.files ?? [], cwd))),
    );
  });
}

export async function main(argv: string[], log = console.log, error = console.error): Promise<number> {
  if (argv.includes('--rules')) {
    ruleList().forEach((line) => log(line));
    return 0;
  }
  const paths = argv.length > 0 ? argv : defaultPaths;
  const missing = paths.filter((path) => !existsSync(resolve(path)));
  if (missing.length > 0) {
    for (const path of missing) error(`lint:content: ${path}: no such file or folder; give a page or a folder of pages, e.g. docs/foundations/module-06/index.mdx.`);
    return 2;
  }
  const problems = await lintContent(paths.map((path) => resolve(path)), process.cwd());
  problems.forEach((problem) => log(formatProblem(problem)));
  if (problems.length > 0) {
    const files = new Set(problems.map((p) => p.path)).size;
    error(`lint:content: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
