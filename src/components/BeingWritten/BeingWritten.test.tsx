import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it, vi} from 'vitest';
import BeingWritten from '.';

// The docs plugin's client API needs the whole Docusaurus runtime; stand in
// for useDoc() the way it behaves inside and outside a docs page.
const doc = vi.hoisted(() => ({editUrl: undefined as string | undefined}));
vi.mock('@docusaurus/plugin-content-docs/client', () => ({
  useDoc: () => {
    if (!doc.editUrl) throw new Error('Hook useDoc is called outside the <DocProvider>.');
    return {metadata: {editUrl: doc.editUrl}};
  },
}));

const editUrl = 'https://github.com/example/site/edit/main/docs/foundations/module-06/index.mdx';

describe('<BeingWritten>', () => {
  it('says the section is being written and links to the edit page', () => {
    const html = renderToStaticMarkup(<BeingWritten editUrl={editUrl} />);
    expect(html).toContain('This section is being written.');
    expect(html).toContain(`<a href="${editUrl}"`);
    expect(html).toContain('Help write it by editing this page on GitHub');
  });

  it('invites a resource suggestion in an empty resources part', () => {
    const html = renderToStaticMarkup(<BeingWritten part="resources" editUrl={editUrl} />);
    expect(html).toContain('No resources are listed yet.');
    expect(html).toContain('Suggest a resource');
    expect(html).toContain('data-being-written="resources"');
  });

  it("defaults to the page's own edit URL", () => {
    doc.editUrl = editUrl;
    try {
      expect(renderToStaticMarkup(<BeingWritten />)).toContain(`<a href="${editUrl}"`);
    } finally {
      doc.editUrl = undefined;
    }
  });

  it('still renders its message outside a docs page, without a link', () => {
    const html = renderToStaticMarkup(<BeingWritten />);
    expect(html).toContain('This section is being written.');
    expect(html).not.toContain('<a ');
  });
});
