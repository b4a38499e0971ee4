import {describe, expect, it} from 'vitest';
import {themes} from 'prism-react-renderer';
import {accessibleTheme, contrast, legible, minimumContrast, parseColor} from './accessibleTheme';

describe('accessibleTheme', () => {
  for (const name of ['github', 'dracula'] as const) {
    it(`gives every token of ${name} at least ${minimumContrast}:1 against its background`, () => {
      const original = themes[name];
      const theme = accessibleTheme(original);
      const background = parseColor(theme.plain.backgroundColor!)!;
      const colors = [theme.plain.color!, ...theme.styles.map((s) => s.style.color).filter((c): c is string => Boolean(c))];
      for (const color of colors) expect(contrast(parseColor(color)!, background), color).toBeGreaterThanOrEqual(minimumContrast);
      // The theme had colors that fell short; the others are left as they were.
      const before = original.styles.map((s) => s.style.color);
      const after = theme.styles.map((s) => s.style.color);
      expect(after).not.toEqual(before);
      for (const [i, color] of before.entries()) {
        if (color && contrast(parseColor(color)!, background) >= minimumContrast) expect(after[i]).toBe(color);
      }
    });
  }

  it('darkens on a light background and lightens on a dark one, keeping near the hue', () => {
    expect(legible('#e3116c', '#f6f8fa')).toMatch(/^#[0-9a-f]{6}$/);
    const darker = parseColor(legible('#e3116c', '#f6f8fa'))!;
    expect(darker[0]).toBeLessThan(0xe3);
    expect(darker[0]).toBeGreaterThan(darker[1]);
    const lighter = parseColor(legible('#6272a4', '#282a36'))!;
    expect(lighter[2]).toBeGreaterThan(0xa4);
  });

  it('names a color it cannot read', () => {
    expect(() => legible('tomato', '#fff')).toThrow('Cannot read the color "tomato"');
  });
});
