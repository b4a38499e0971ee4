import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import Resources from '.';
import {hostOf, splitTitleAndSource} from '@site/src/module/conventions';

const render = (node: React.ReactNode) => renderToStaticMarkup(<>{node}</>);

describe('splitTitleAndSource (src/module/conventions.ts)', () => {
  it('splits at the last " - "', () => {
    expect(splitTitleAndSource('Comparing Git workflows: What you should know - Atlassian')).toEqual({
      title: 'Comparing Git workflows: What you should know',
      source: 'Atlassian',
    });
    expect(splitTitleAndSource('A - B - The Enterprisers Project').source).toBe('The Enterprisers Project');
  });

  it('names no source when the text has none; a hyphen inside a word is no separator', () => {
    expect(splitTitleAndSource('Operator pattern')).toEqual({title: 'Operator pattern'});
    expect(splitTitleAndSource('Multi-environment')).toEqual({title: 'Multi-environment'});
    expect(hostOf('https://www.kubernetes.io/docs/')).toBe('kubernetes.io');
  });
});

describe('<Resources>', () => {
  it('renders each entry with its title, its source and an external-link mark', () => {
    const html = render(
      <Resources>
        <ul>
          <li>
            <a href="https://www.atlassian.com/team-playbook/plays/retrospective">
              Sprint Retrospective: How to Hold an Effective Meeting - Atlassian
            </a>
          </li>
          <li>
            <a href="https://fossa.com/learn/software-supply-chain-security">
              The Complete Guide to Software Supply Chain Security - FOSSA
            </a>
          </li>
        </ul>
      </Resources>,
    );
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html).toContain('<span class="title">Sprint Retrospective: How to Hold an Effective Meeting</span>');
    expect(html).toMatch(/<span class="source"><span class="visuallyHidden">Source: <\/span>Atlassian<\/span>/);
    expect(html).toMatch(/<span class="source">.*FOSSA<\/span>/);
    expect(html).toContain('href="https://fossa.com/learn/software-supply-chain-security"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('(external link, opens in a new tab)');
    // The source is not repeated inside the title.
    expect(html).not.toContain('Meeting - Atlassian');
  });

  it('renders an entry without a source, naming its host', () => {
    const html = render(
      <Resources>
        <ul>
          <li>
            <a href="https://www.redhat.com/en/topics/security">Supply chain security explained</a>
          </li>
        </ul>
      </Resources>,
    );
    expect(html).toContain('<span class="title">Supply chain security explained</span>');
    expect(html).toMatch(/<span class="source">.*redhat\.com<\/span>/);
  });

  it('finds the link inside a paragraph (loose list) and keeps nested content', () => {
    const html = render(
      <Resources>
        <ul>
          <li>
            <p>
              <a href="https://operatorhub.io/what-is-an-operator">What is an Operator? - OperatorHub</a>
            </p>
            <ul>
              <li>Read the capability levels first.</li>
            </ul>
          </li>
        </ul>
      </Resources>,
    );
    expect(html).toContain('<span class="title">What is an Operator?</span>');
    expect(html).toMatch(/<span class="source">.*OperatorHub<\/span>/);
    expect(html).toContain('<div class="details"><ul><li>Read the capability levels first.</li></ul></div>');
  });

  it('keeps an entry that has no link instead of dropping it', () => {
    const html = render(
      <Resources>
        <ul>
          <li>A book: Accelerate</li>
        </ul>
      </Resources>,
    );
    expect(html).toContain('<li class="resource">A book: Accelerate</li>');
  });
});
