import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {readPng, withText} from './png';
import {height, pngPath, sha256, sourceKeyword, svgPath, width} from './social-card';

describe('social card', () => {
  it('is a 1200x630 PNG made from the current social-card.svg (else: npm run social-card)', () => {
    const png = readPng(readFileSync(pngPath));
    expect([png.width, png.height]).toEqual([width, height]);
    expect([width, height]).toEqual([1200, 630]);
    expect(png.text[sourceKeyword]).toBe(sha256(readFileSync(svgPath, 'utf8')));
  });
});

describe('png', () => {
  // The smallest valid PNG: 1x1, one grey pixel.
  const onePixel = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
    'base64',
  );

  it('reads the size from IHDR', () => {
    expect(readPng(onePixel)).toEqual({width: 1, height: 1, text: {}});
  });

  it('adds a text chunk that reads back, keeping the image', () => {
    const tagged = withText(onePixel, 'Source-SHA256', 'abc123');
    expect(readPng(tagged)).toEqual({width: 1, height: 1, text: {'Source-SHA256': 'abc123'}});
    expect(tagged.subarray(tagged.length - 12)).toEqual(onePixel.subarray(onePixel.length - 12));
  });

  it('refuses what is not a PNG', () => {
    expect(() => readPng(Buffer.from('GIF89a'))).toThrow('not a PNG');
  });
});
