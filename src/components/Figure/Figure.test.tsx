import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import Figure from '.';
import operatorFlow from '@site/docs/foundations/module-06/6.5-kubernetes-operator-flow.svg';

describe('<Figure>', () => {
  it('inlines an imported SVG as a labelled image inside a zoom button', () => {
    const html = renderToStaticMarkup(<Figure src={operatorFlow} alt="Operator flow: API, operator, actions" />);
    expect(html).toMatch(/^<figure class="figure">/);
    expect(html).toMatch(/<button type="button" class="zoomButton"[^>]*aria-haspopup="dialog"/);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Operator flow: API, operator, actions"/);
    expect(html).toContain('data-file="6.5-kubernetes-operator-flow.svg"');
    // The dialog is empty until opened, so the page does not carry the image twice.
    expect(html).toMatch(/<dialog class="dialog" aria-label="Operator flow: API, operator, actions"><\/dialog>/);
    expect(html).not.toContain('figcaption');
  });

  it('renders an image URL with its alt text and a caption', () => {
    const html = renderToStaticMarkup(<Figure src="/img/diagram.png" alt="A diagram" caption="Figure 1" />);
    expect(html).toContain('<img src="/img/diagram.png" alt="A diagram"');
    expect(html).toContain('<figcaption class="caption">Figure 1</figcaption>');
  });
});

// alt is required: checked by tsc (npm run typecheck), which fails if this compiles.
// @ts-expect-error: no alt
export const withoutAlt = <Figure src="/img/diagram.png" />;
