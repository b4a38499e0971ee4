import {visit} from 'unist-util-visit';
import type {Nodes} from 'mdast';
import {attribute, isElement} from '../mdx';
import {Site, checkLink} from '../links';
import type {Rule} from '../types';

// One per run: each linked page is read and parsed once, whichever page links it.
let site: Site | undefined;

/** The attributes that hold a link: `<a href>`, `<Link to>` (or `href`). */
const linkAttributes: Record<string, readonly string[]> = {a: ['href'], Link: ['to', 'href']};

export const internalLink: Rule = {
  name: 'content/internal-link',
  description: 'Links to pages, files and headings (`./page.mdx#id`, `/path/#id`, `#id`) lead somewhere: the file or page exists and has that id.',
  check({path, tree, page, report}) {
    site ??= new Site();
    const from = site.source(path, tree, page);
    visit(tree, (node: Nodes) => {
      if (node.type === 'link' || node.type === 'definition') {
        const problem = checkLink(site!, from, node.url, 'markdown');
        if (problem) report(page.place(node), problem);
        return;
      }
      if (!isElement(node) || !node.name || !(node.name in linkAttributes)) return;
      for (const name of linkAttributes[node.name]) {
        const attr = attribute(node, name);
        // Only literal values: `to={url}` is computed when the page renders.
        if (typeof attr?.value !== 'string') continue;
        const problem = checkLink(site!, from, attr.value, 'jsx');
        if (problem) report(page.place(attr.position ? attr : node), problem);
      }
    });
  },
};
