import {importDefault, jsxElement, textOf, topIndex, type MdNode} from './mdast';
import {moduleSections, sectionNumber} from './sections';

/**
 * Progress tracking on module pages, with no change to their Markdown: a page
 * whose `##` headings are numbered sections of one module ("## 6.1 ...",
 * "## 6.2 ...") gets the progress meter under its title and a "Mark 6.k as
 * done" checkbox under each section heading. Other pages are left alone.
 * The number of sections comes from the headings, so a ninth section needs
 * nothing but its heading.
 */
export default function remarkModuleProgress() {
  return (tree: unknown): void => addProgress(tree as MdNode);
}

// Local names unlikely to clash with anything an author imports.
const Meter = 'ReaderModuleProgress';
const Checkbox = 'ReaderSectionDone';

export function addProgress(root: MdNode): void {
  const children = root.children ?? [];
  const isSection = (node: MdNode) => node.type === 'heading' && node.depth === 2;
  const found = moduleSections(children.filter(isSection).map(textOf));
  if (!found) return;

  // A section's subheadings ("What you need to know", eight times) say which
  // section they are in, so search can treat them as part of it and name the
  // section in its results (`ignoreCssSelectors` in docusaurus.config.ts).
  let current: string | null = null;
  for (const node of children) {
    if (node.type !== 'heading') continue;
    if (node.depth === 2) current = sectionNumber(textOf(node));
    else if (current && (node.depth ?? 0) > 2) {
      const hProperties = (node.data?.hProperties ?? {}) as Record<string, unknown>;
      node.data = {...node.data, hProperties: {...hProperties, dataInSection: current}};
    }
  }

  // Each checkbox goes right after its heading: walk backwards so inserting
  // does not shift the headings still to visit.
  for (let i = children.length - 1; i >= 0; i--) {
    const section = isSection(children[i]) ? sectionNumber(textOf(children[i])) : null;
    if (section) children.splice(i + 1, 0, jsxElement(Checkbox, {section}));
  }
  children.splice(
    topIndex(root),
    0,
    jsxElement(Meter, {module: found.module, sections: found.sections.join(' ')}),
  );
  children.unshift(
    importDefault(Meter, '@site/src/components/ModuleProgress'),
    importDefault(Checkbox, '@site/src/components/SectionDone'),
  );
  root.children = children;
}
