import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import TopicImage, {topicIcons, type TopicArea} from '.';

describe('<TopicImage>', () => {
  it.each(Object.keys(topicIcons) as TopicArea[])('renders the %s icon as decoration', (area) => {
    const html = renderToStaticMarkup(<TopicImage area={area} />);
    expect(html).toContain(`data-area="${area}"`);
    expect(html).toContain(`data-file="${area}.svg"`);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(html).not.toContain('role="img"');
  });

  it('names the valid areas when given an unknown one', () => {
    expect(() => renderToStaticMarkup(<TopicImage area={'observability' as TopicArea} />)).toThrow(
      /unknown area "observability".*planning, code/,
    );
  });
});
