import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {rules} from './rules';
import {end, rulesMarkdown, start, withRules} from './rulesDoc';

describe("CONTRIBUTING.md's list of checks", () => {
  it('names every content rule with its own description', () => {
    const list = rulesMarkdown();
    for (const rule of rules) expect(list).toContain(`- \`${rule.id}\`: ${rule.description}`);
  });

  it('is the list the rules make today (if not: npm run docs:rules)', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'CONTRIBUTING.md'), 'utf8');
    expect(text, 'CONTRIBUTING.md is stale: run npm run docs:rules and commit it').toBe(withRules(text));
  });

  it('replaces only what is between the markers, and says so when they are missing', () => {
    const doc = `# Title\n\n${start}\n\n- old\n\n${end}\n\nAfter.\n`;
    const updated = withRules(doc);
    expect(updated.startsWith(`# Title\n\n${start}\n\n`)).toBe(true);
    expect(updated).not.toContain('- old');
    expect(updated.endsWith(`${end}\n\nAfter.\n`)).toBe(true);
    expect(() => withRules('# No markers\n')).toThrow(/CONTRIBUTING\.md: the markers/);
  });
});
