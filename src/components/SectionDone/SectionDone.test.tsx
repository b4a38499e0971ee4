import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import SectionDone from '.';

describe('<SectionDone> on the server', () => {
  const html = renderToStaticMarkup(<SectionDone section="6.3" />);

  it('is a labelled native checkbox whose name holds the section number', () => {
    expect(html).toMatch(/<label class="label"><input type="checkbox" class="checkbox" disabled=""\/>Mark 6.3 as done<\/label>/);
  });

  it('starts unchecked and is left out of print', () => {
    expect(html).not.toContain('checked');
    expect(html).toMatch(/^<div class="sectionDone" data-print="hide" data-progress="section">/);
  });
});
