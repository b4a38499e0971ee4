/**
 * CONTRIBUTING.md's list of checks, made from the rules themselves (their ids
 * and descriptions) so that it can never drift from what `npm run lint` does.
 *
 *   npm run docs:rules    rewrites the list between the markers in CONTRIBUTING.md
 *
 * rulesDoc.test.ts fails when the committed list is stale.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {checks} from './all';
import {ruleList} from './content';

export const start = '<!-- rules:start (npm run docs:rules writes this list) -->';
export const end = '<!-- rules:end -->';

/** "id  description" (two spaces) as a Markdown list item. */
function item(line: string): string {
  const [id, ...rest] = line.split('  ');
  return `- \`${id}\`: ${rest.join('  ')}`;
}

/** The Markdown list: every content rule, then each other check with its rules. */
export function rulesMarkdown(): string {
  const content = ruleList().map(item);
  const others = checks.slice(1).map((check) => {
    const [id, ...rest] = check.rules.split('  ');
    return rest.length ? `- \`${id}\` (\`npm run ${check.script}\`): ${rest.join('  ')}` : `- \`npm run ${check.script}\`: ${check.rules}`;
  });
  return [...content, ...others].join('\n');
}

/** `text` with the list between the markers replaced; throws if the markers are missing. */
export function withRules(text: string, file = 'CONTRIBUTING.md'): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: the markers "${start}" and "${end}" are missing; put them where the list of checks belongs.`);
  return `${text.slice(0, from + start.length)}\n\n${rulesMarkdown()}\n\n${text.slice(to)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = join(process.cwd(), 'CONTRIBUTING.md');
  writeFileSync(file, withRules(readFileSync(file, 'utf8')));
  console.log('CONTRIBUTING.md: list of checks rewritten from the rules.');
}
