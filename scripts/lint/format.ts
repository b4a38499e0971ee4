/**
 * The one shape every check prints a problem in, `path:line:column  rule  message`,
 * and its GitHub Actions annotation, so a problem also shows on the pull
 * request's diff.
 */
export interface Problem {
  /** Relative to the repository, forward slashes. */
  path: string;
  line: number;
  column: number;
  rule: string;
  /** What is wrong and what to do about it. */
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}:${problem.line}:${problem.column}  ${problem.rule}  ${problem.message}`;
}

const problemLine = /^(?<path>[^\s:][^:]*):(?<line>\d+):(?<column>\d+) {2}(?<rule>\S+) {2}(?<message>.+)$/;

export function parseProblem(line: string): Problem | undefined {
  const groups = problemLine.exec(line)?.groups;
  if (!groups) return undefined;
  return {path: groups.path, line: Number(groups.line), column: Number(groups.column), rule: groups.rule, message: groups.message};
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=docs/x.mdx,line=3,col=1,title=module/front-matter::message` */
export function annotation(problem: Problem): string {
  const props = [
    `file=${escapeProperty(problem.path)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(problem.rule)}`,
  ].join(',');
  return `::error ${props}::${escapeData(problem.message)}`;
}
