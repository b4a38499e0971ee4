import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {openInTheme, sitePages, type Theme} from '../support/site';

const themes: Theme[] = ['light', 'dark'];

for (const path of sitePages()) {
  for (const theme of themes) {
    test(`axe: ${path} has no violations in the ${theme} theme`, async ({page}) => {
      // axe checks the contrast of every text node: on the long module page,
      // with both cores busy, that alone can take more than the default 30 s.
      test.slow();
      await openInTheme(page, path, theme);
      const results = await new AxeBuilder({page}).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
