import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {isModuleFile} from '../module/conventions';
import {readModule} from '../module/read';
import {importDefault, jsxElement, topIndex, type MdNode} from './mdast';

/**
 * What a module page gets from the module model (src/module), with no change
 * to its Markdown: the progress meter under its title, a "Mark 6.k as done"
 * checkbox under each numbered section, and its schema.org JSON-LD. The
 * sections are the model's, so a new section needs nothing but its MDX.
 * Pages that are no module (conventions.ts: `module-NN/index.mdx`) are left alone.
 */
export default function remarkModuleProgress() {
  return (tree: Root, file: VFile): void => {
    if (isModuleFile(file.path)) addModuleFeatures(tree, file);
  };
}

// Local names unlikely to clash with anything an author imports.
const Meter = 'ReaderModuleProgress';
const Checkbox = 'ReaderSectionDone';
const JsonLd = 'ReaderModuleJsonLd';

export function addModuleFeatures(tree: Root, file: Pick<VFile, 'path' | 'data'>): void {
  const model = readModule(tree, {path: file.path, frontMatter: file.data.frontMatter as Record<string, unknown> | undefined});
  const {sections} = model;
  if (sections.length === 0) return;
  const root = tree as unknown as MdNode;
  const children = root.children!;

  // A section's subheadings ("What you need to know", eight times) say which
  // section they are in, so search can treat them as part of it and name the
  // section in its results (`ignoreCssSelectors` in docusaurus.config.ts).
  for (const section of sections) {
    for (const part of section.parts) {
      for (const node of [part.heading.node, ...part.nodes]) {
        if (node.type !== 'heading') continue;
        const hProperties = (node.data?.hProperties ?? {}) as Record<string, unknown>;
        node.data = {...node.data, hProperties: {...hProperties, dataInSection: section.number}};
      }
    }
  }

  // Each checkbox goes right after its heading.
  for (const section of sections) {
    const at = children.indexOf(section.heading.node as unknown as MdNode);
    children.splice(at + 1, 0, jsxElement(Checkbox, {section: section.number}));
  }
  const parts = sections.map((s) => ({name: s.heading.text, id: s.heading.id}));
  children.splice(
    topIndex(root),
    0,
    jsxElement(Meter, {module: String(model.number ?? sections[0].module), sections: sections.map((s) => s.number).join(' ')}),
    jsxElement(JsonLd, {parts: JSON.stringify(parts)}),
  );
  children.unshift(
    importDefault(Meter, '@site/src/components/ModuleProgress'),
    importDefault(Checkbox, '@site/src/components/SectionDone'),
    importDefault(JsonLd, '@site/src/components/ModuleJsonLd'),
  );
}
