import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import ModuleProgress from '.';

// The server render is what a reader sees before JavaScript runs.
describe('<ModuleProgress> on the server', () => {
  const html = renderToStaticMarkup(<ModuleProgress module="6" sections="6.1 6.2 6.3 6.4 6.5 6.6 6.7 6.8" />);

  it('reads "0 of 8 done" with a progressbar counting the page\'s sections', () => {
    expect(html).toMatch(
      /<div role="progressbar" class="meter" aria-labelledby="[^"]+" aria-valuemin="0" aria-valuemax="8" aria-valuenow="0" aria-valuetext="0 of 8 sections done">/,
    );
    expect(html).toContain('<span class="count" aria-live="polite">0 of 8 done</span>');
    expect(html.match(/class="segment"/g)).toHaveLength(8);
  });

  it('names the meter by its visible label', () => {
    const id = /aria-labelledby="([^"]+)"/.exec(html)![1];
    expect(html).toContain(`<span class="label" id="${id}">Your progress</span>`);
  });

  it('has a real reset button, disabled until the page is interactive', () => {
    expect(html).toMatch(/<button type="button" class="button button--sm button--secondary" disabled="">Reset progress<\/button>/);
  });

  it('is left out of print', () => {
    expect(html).toMatch(/^<div class="moduleProgress" data-print="hide" data-progress="module">/);
  });

  it('takes the sections as a list too', () => {
    const listed = renderToStaticMarkup(<ModuleProgress module="7" sections={['7.1', '7.2', '7.3']} />);
    expect(listed).toContain('aria-valuemax="3"');
    expect(listed).toContain('0 of 3 done');
  });
});
