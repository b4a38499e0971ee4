/**
 * Content checks over the MDX syntax tree. Pure: a path and a source in,
 * problems out, so tests and the scaffold can call them directly.
 */
import {parseMdx} from './parse';
import {buildPage} from './page';
import {MDX_SYNTAX, contentRules, moduleRules} from './rules';
import {topicAreas as defaultTopicAreas} from './topicAreas';
import type {Problem, Rule} from './types';

export interface CheckOptions {
  /** Areas `<TopicImage>` accepts; defaults to the icons in src/components/TopicImage/icons. */
  topicAreas?: readonly string[];
}

/** Module pages, and the fixtures that stand in for them in tests. */
export function isModulePage(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  return /(?:^|\/)docs\/foundations\/module-[^/]+\/index\.mdx?$/.test(p) || /(?:^|\/)scripts\/lint\/fixtures\/[^/]+\.mdx$/.test(p);
}

function byPlace(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

function run(path: string, source: string, rules: readonly Rule[], options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const parsed = parseMdx(source);
  if (!parsed.ok) {
    const {place, reason, ruleId} = parsed.error;
    problems.push({path, ...place, rule: MDX_SYNTAX, message: syntaxMessage(reason, ruleId)});
    return problems;
  }
  const page = buildPage(parsed.tree, parsed.map, path);
  if (page.frontMatter.error) {
    const {place, reason} = page.frontMatter.error;
    problems.push({path, ...place, rule: MDX_SYNTAX, message: `Front matter is not valid YAML (${reason}); fix it, and quote values that contain ": " or start with a special character.`});
  }
  const areas = options.topicAreas ?? defaultTopicAreas();
  for (const rule of rules) {
    rule.check({
      path,
      source,
      tree: parsed.tree,
      page,
      topicAreas: areas,
      report: (place, message) => problems.push({path, line: place.line, column: place.column, rule: rule.name, message}),
    });
  }
  return problems.sort(byPlace);
}

function syntaxMessage(reason: string, ruleId: string | undefined): string {
  const why = reason.replace(/\.$/, '');
  let hint = 'fix the MDX syntax here';
  if (ruleId === 'acorn' || /expression/i.test(reason)) {
    hint = 'text in { } is read as JavaScript: escape a literal brace as \\{ or fix the expression';
  } else if (/tag|jsx|character/i.test(reason)) {
    hint = 'a < starts a JSX tag: close the tag (<X>...</X> or <X />), or write a literal < as \\<';
  }
  return `MDX cannot parse this: ${why}; ${hint}.`;
}

/** Every check for a module page. */
export function checkModule(path: string, source: string, options: CheckOptions = {}): Problem[] {
  return run(path, source, moduleRules, options);
}

/** The checks for any other page: MDX syntax, mojibake and internal links. */
export function checkContent(path: string, source: string, options: CheckOptions = {}): Problem[] {
  return run(path, source, contentRules, options);
}

/** The right checks for the file's place in the repository. */
export function checkFile(path: string, source: string, options: CheckOptions = {}): Problem[] {
  return isModulePage(path) ? checkModule(path, source, options) : checkContent(path, source, options);
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}:${problem.line}:${problem.column}  ${problem.rule}  ${problem.message}`;
}
