import {readFileSync} from 'node:fs';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import {describe, expect, it} from 'vitest';
import {addProgress} from './moduleProgress';
import remarkReadingTime, {countWords, readingMinutes} from './readingTime';
import {moduleSections, sectionNumber} from './sections';
import {textOf, type MdNode} from './mdast';

const parse = (source: string) =>
  unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source) as unknown as MdNode;
// Docusaurus escapes `## Title {#id}` before MDX parses it (it is no JS expression); so do we.
const doc = (path: string) =>
  parse(readFileSync(`docs/${path}`, 'utf8').replace(/^(#{1,6} .*?)\{#([\w-]+)\}$/gm, '$1\\{#$2\\}'));
const jsx = (root: MdNode, name: string) =>
  (root.children ?? []).filter((n) => n.type === 'mdxJsxFlowElement' && n.name === name);
const attrs = (node: MdNode) => Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value]));

describe('sections', () => {
  it('reads the section number at the start of a heading', () => {
    expect(sectionNumber('6.3 Continuous Integration - Software Supply Chain Security')).toBe('6.3');
    expect(sectionNumber('12.10 Something')).toBe('12.10');
    expect(sectionNumber('Project - HiveBox Phase 6')).toBeNull();
    expect(sectionNumber('6.3')).toBeNull();
    expect(sectionNumber('Version 6.3 notes')).toBeNull();
  });

  it('calls headings a module only with two or more sections of one module', () => {
    expect(moduleSections(['Intro', '6.1 A', '6.2 B', 'Project'])).toEqual({module: '6', sections: ['6.1', '6.2']});
    expect(moduleSections(['6.1 A'])).toBeNull();
    expect(moduleSections(['6.1 A', '7.1 B'])).toBeNull();
    expect(moduleSections(['6.1 A', '6.1 A again'])).toBeNull();
  });
});

describe('remarkModuleProgress', () => {
  it('adds the meter under the title and a checkbox under each section of the module', () => {
    const root = doc('foundations/module-06/index.mdx');
    addProgress(root);
    const children = root.children!;

    // Imported under names of its own, with the ESTree MDX compiles.
    const imports = children.filter((n) => n.type === 'mdxjsEsm' && /Reader/.test(n.value ?? ''));
    expect(imports.map((n) => n.value)).toEqual([
      'import ReaderModuleProgress from "@site/src/components/ModuleProgress";',
      'import ReaderSectionDone from "@site/src/components/SectionDone";',
    ]);
    expect(imports[0].data?.estree).toMatchObject({
      type: 'Program',
      body: [{type: 'ImportDeclaration', source: {value: '@site/src/components/ModuleProgress'}}],
    });

    // The meter: once, before any content, with the sections the page has.
    const [meter] = jsx(root, 'ReaderModuleProgress');
    expect(jsx(root, 'ReaderModuleProgress')).toHaveLength(1);
    expect(attrs(meter)).toEqual({module: '6', sections: '6.1 6.2 6.3 6.4 6.5 6.6 6.7 6.8'});
    const firstContent = children.findIndex((n) => !['yaml', 'mdxjsEsm'].includes(n.type));
    expect(children[firstContent]).toBe(meter);

    // A checkbox right after each numbered section heading, and nowhere else.
    const boxes = jsx(root, 'ReaderSectionDone');
    expect(boxes.map((b) => attrs(b).section)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8']);
    for (const box of boxes) {
      const heading = children[children.indexOf(box) - 1];
      expect(heading.type).toBe('heading');
      expect(textOf(heading).startsWith(`${attrs(box).section} `)).toBe(true);
    }
  });

  it("marks each section's subheadings with its number, for search", () => {
    const root = doc('foundations/module-06/index.mdx');
    addProgress(root);
    const subheadings = root.children!.filter((n) => n.type === 'heading' && n.depth === 3);
    expect(subheadings).toHaveLength(16);
    expect(subheadings.map((h) => (h.data?.hProperties as {dataInSection?: string}).dataInSection)).toEqual(
      ['6.1', '6.1', '6.2', '6.2', '6.3', '6.3', '6.4', '6.4', '6.5', '6.5', '6.6', '6.6', '6.7', '6.7', '6.8', '6.8'],
    );
  });

  it.each(['getting-started.mdx', 'projects/hivebox.mdx', 'interview/interview-questions.mdx'])(
    'leaves %s alone: not a module',
    (path) => {
      const root = doc(path);
      const before = JSON.stringify(root);
      addProgress(root);
      expect(JSON.stringify(root)).toBe(before);
    },
  );

  it('counts the sections from the page: a new one needs only its heading', () => {
    const root = parse('# Module 7\n\n## 7.1 One\n\ntext\n\n## 7.2 Two\n\n## 7.3 Three\n\n## Project\n');
    addProgress(root);
    expect(attrs(jsx(root, 'ReaderModuleProgress')[0])).toEqual({module: '7', sections: '7.1 7.2 7.3'});
    // Under the `# Title`, not above it.
    expect(root.children!.findIndex((n) => n.name === 'ReaderModuleProgress')).toBe(3);
  });
});

describe('remarkReadingTime', () => {
  it('counts the words a reader reads, not imports or front matter', () => {
    const root = parse(
      '---\ntitle: "A b c d"\n---\n\nimport X from "./x";\n\nOne two `three`.\n\n```sh\nfour five\n```\n\n<Resources>\n\n- [six seven](https://example.com)\n\n</Resources>\n',
    );
    expect(countWords(root)).toBe(7);
  });

  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(299)).toBe(1);
    expect(readingMinutes(301)).toBe(2);
    expect(readingMinutes(2000)).toBe(10);
    expect(readingMinutes(2000, 250)).toBe(8);
  });

  it('puts "N min read" right under the title of the module', () => {
    const root = doc('foundations/module-06/index.mdx');
    const words = countWords(root);
    remarkReadingTime()(root);
    const paragraph = root.children!.find((n) => n.type === 'paragraph' && n.data?.hProperties)!;
    const minutes = readingMinutes(words);
    expect(minutes).toBeGreaterThanOrEqual(5);
    expect(textOf(paragraph)).toBe(`${minutes} min read`);
    expect(paragraph.data?.hProperties).toEqual({className: ['reading-time'], dataReadingTime: String(minutes)});
    const firstContent = root.children!.findIndex((n) => !['yaml', 'mdxjsEsm'].includes(n.type));
    expect(root.children![firstContent]).toBe(paragraph);
  });
});
