import {defineRule} from '../rule';

const fix = 'write what the image shows, including every word in it: <Figure src={overview} alt="Module N overview: ..." />';

export const figureAlt = defineRule({
  id: 'content/figure-alt',
  scope: 'page',
  description: 'Every `<Figure>` has a non-empty `alt` that says what the image shows.',
  check({model, report}) {
    for (const figure of model.figures) {
      const alt = figure.element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt');
      if (!alt) {
        report(figure.place, `Figure has no alt; ${fix}.`);
        continue;
      }
      const value = alt.value;
      const empty =
        value === null || value === undefined
          ? true
          : typeof value === 'string'
            ? value.trim() === ''
            : /^\s*(?:""|''|``)?\s*$/.test(value.value);
      if (empty) report(alt.position ? model.place(alt) : figure.place, `Figure alt is empty; ${fix}.`);
    }
  },
});
