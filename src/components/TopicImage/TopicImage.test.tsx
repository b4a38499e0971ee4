import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {topicAreas, type TopicArea} from '@site/src/module/conventions';
import TopicImage from '.';

describe('<TopicImage>', () => {
  it.each(topicAreas)('draws its own icon for every area the module model knows: %s', (area) => {
    const html = renderToStaticMarkup(<TopicImage area={area} />);
    expect(html).toContain(`data-area="${area}"`);
    expect(html).toContain(`data-file="${area}.svg"`);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(html).not.toContain('role="img"');
  });

  it('draws nothing for an unknown area instead of failing the page (the lint reports it)', () => {
    expect(renderToStaticMarkup(<TopicImage area={'observability' as TopicArea} />)).toBe('');
  });
});
