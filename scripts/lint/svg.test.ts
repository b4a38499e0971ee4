import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {checkSvg} from './svg';

describe('lint:svg', () => {
  it('accepts an SVG that svgo cannot shrink further', () => {
    const file = 'src/components/TopicImage/icons/code.svg';
    expect(checkSvg(file, readFileSync(file, 'utf8'))).toBeUndefined();
  });

  it('reports an unoptimized SVG with its path and the command that fixes it', () => {
    const bloated = `<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <g>\n    <rect x="0" y="0" width="10" height="10" fill="#ffffff"/>\n  </g>\n</svg>\n`;
    expect(checkSvg('static/img/new.svg', bloated)).toEqual({
      file: 'static/img/new.svg',
      message: expect.stringMatching(/^not optimized \(svgo saves \d+ bytes\); run npm run optimize-svgs/),
    });
  });
});
