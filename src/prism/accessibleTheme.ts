import type {PrismTheme} from 'prism-react-renderer';

/**
 * Prism's themes are not all legible: in prism-react-renderer's `github`
 * theme strings and keywords reach only 4.3:1 against the block's background,
 * and `dracula`'s comments 3:1, below WCAG AA's 4.5:1 for text, which axe
 * reports on any page with code. This keeps a theme's hues and moves each
 * color that falls short towards black (on a light background) or white (on
 * a dark one), just far enough.
 */
export const minimumContrast = 4.5;

type Rgb = [number, number, number];

export function parseColor(color: string): Rgb | undefined {
  const value = color.trim();
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `color`, moved towards black or white until it reaches the contrast against `background`. */
export function legible(color: string, background: string): string {
  const fg = parseColor(color);
  const bg = parseColor(background);
  if (!fg || !bg) throw new Error(`Cannot read the color "${!fg ? color : background}" of a Prism theme.`);
  if (contrast(fg, bg) >= minimumContrast) return color;
  const target: Rgb = luminance(bg) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 100; step++) {
    const mixed = fg.map((v, i) => v + ((target[i] - v) * step) / 100) as Rgb;
    if (contrast(mixed, bg) >= minimumContrast) return toHex(mixed);
  }
  return toHex(target);
}

export function accessibleTheme(theme: PrismTheme): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  return {
    plain: {...theme.plain, color: theme.plain.color && legible(theme.plain.color, background)},
    styles: theme.styles.map((rule) => ({
      ...rule,
      style: rule.style.color ? {...rule.style, color: legible(rule.style.color, background)} : rule.style,
    })),
  };
}
