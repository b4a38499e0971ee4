import {describe, expect, it} from 'vitest';
import {moduleJsonLd, type ModulePart} from './jsonLd';

const parts: ModulePart[] = [
  {name: '6.1 Planning - Agile Retrospective', id: '61-planning---agile-retrospective'},
  {name: '6.2 Code - Performance & caching', id: '62-code'},
];
const input = {
  title: 'Module 6: Optimize - Keep Improving',
  description: 'Keep improving.',
  url: 'https://example.org/roadmap/foundations/module-06/',
  parts,
  image: 'https://example.org/roadmap/img/social-card.png',
  lastUpdatedAt: Date.UTC(2025, 10, 26, 8, 20),
};

describe('moduleJsonLd', () => {
  it('describes a module as a LearningResource with its sections as parts', () => {
    const data = JSON.parse(moduleJsonLd(input));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LearningResource',
      name: 'Module 6: Optimize - Keep Improving',
      description: 'Keep improving.',
      url: 'https://example.org/roadmap/foundations/module-06/',
      image: 'https://example.org/roadmap/img/social-card.png',
      dateModified: '2025-11-26T08:20:00.000Z',
      isPartOf: {'@type': 'Course', name: 'Dynamic DevOps Roadmap'},
    });
    expect(data.hasPart).toEqual([
      {
        '@type': 'LearningResource',
        name: '6.1 Planning - Agile Retrospective',
        position: 1,
        url: 'https://example.org/roadmap/foundations/module-06/#61-planning---agile-retrospective',
      },
      {
        '@type': 'LearningResource',
        name: '6.2 Code - Performance & caching',
        position: 2,
        url: 'https://example.org/roadmap/foundations/module-06/#62-code',
      },
    ]);
  });

  it('cannot end its <script> early', () => {
    const json = moduleJsonLd({...input, title: 'A </script><script>alert(1)</script>'});
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('A </script><script>alert(1)</script>');
  });

  it('leaves out what it does not know', () => {
    const data = JSON.parse(moduleJsonLd({...input, image: undefined, lastUpdatedAt: null}));
    expect(data).not.toHaveProperty('image');
    expect(data).not.toHaveProperty('dateModified');
  });
});
