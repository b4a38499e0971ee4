import {visit} from 'unist-util-visit';
import type {Nodes} from 'mdast';
import {attribute, isElement} from '../mdx';
import type {Rule} from '../types';

const fix = 'write what the image shows, including every word in it: <Figure src={overview} alt="Module N overview: ..." />';

export const figureAlt: Rule = {
  name: 'module/figure-alt',
  description: 'Every `<Figure>` has a non-empty `alt` that says what the image shows.',
  check({page, tree, report}) {
    visit(tree, (node: Nodes) => {
      if (!isElement(node, 'Figure')) return;
      const alt = attribute(node, 'alt');
      if (!alt) {
        report(page.place(node), `Figure has no alt; ${fix}.`);
        return;
      }
      const value = alt.value;
      const empty =
        value === null || value === undefined
          ? true
          : typeof value === 'string'
            ? value.trim() === ''
            : /^\s*(?:""|''|``)?\s*$/.test(value.value);
      if (empty) report(page.place(alt.position ? alt : node), `Figure alt is empty; ${fix}.`);
    });
  },
};
