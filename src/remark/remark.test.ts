import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import {fixtureSections, moduleSource, modulePath} from '../../tests/support/moduleFixture';
import {parseMdx} from '../module/parse';
import remarkModuleProgress from './moduleProgress';
import remarkReadingTime, {countWords, readingMinutes} from './readingTime';
import {textOf, type MdNode} from './mdast';

const jsx = (root: MdNode, name: string) =>
  (root.children ?? []).filter((n) => n.type === 'mdxJsxFlowElement' && n.name === name);
const attrs = (node: MdNode) => Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value]));

/** Runs the plugin the way the MDX compiler does: on the tree, with the file's path. */
function transform(source: string, path: string): MdNode {
  const tree = parseMdx(source, path);
  remarkModuleProgress()(tree, {path, data: {}} as never);
  return tree as unknown as MdNode;
}

describe('remarkModuleProgress', () => {
  const root = transform(moduleSource(), modulePath());
  const children = root.children!;

  it('imports its components under names of their own, with the ESTree MDX compiles', () => {
    const imports = children.filter((n) => n.type === 'mdxjsEsm' && /Reader/.test(n.value ?? ''));
    expect(imports.map((n) => n.value)).toEqual([
      'import ReaderModuleProgress from "@site/src/components/ModuleProgress";',
      'import ReaderSectionDone from "@site/src/components/SectionDone";',
      'import ReaderModuleJsonLd from "@site/src/components/ModuleJsonLd";',
    ]);
    expect(imports[0].data?.estree).toMatchObject({
      type: 'Program',
      body: [{type: 'ImportDeclaration', source: {value: '@site/src/components/ModuleProgress'}}],
    });
  });

  it('puts the meter, with the sections of the model, before any content', () => {
    const [meter] = jsx(root, 'ReaderModuleProgress');
    expect(jsx(root, 'ReaderModuleProgress')).toHaveLength(1);
    expect(attrs(meter)).toEqual({module: '7', sections: '7.1 7.2'});
    const firstContent = children.findIndex((n) => !['yaml', 'mdxjsEsm'].includes(n.type));
    expect(children[firstContent]).toBe(meter);
  });

  it('puts a checkbox right after each numbered section heading, and nowhere else', () => {
    const boxes = jsx(root, 'ReaderSectionDone');
    expect(boxes.map((b) => attrs(b).section)).toEqual(['7.1', '7.2']);
    for (const box of boxes) {
      const heading = children[children.indexOf(box) - 1];
      expect(heading.type).toBe('heading');
      expect(textOf(heading).startsWith(`${attrs(box).section} `)).toBe(true);
    }
  });

  it('gives the JSON-LD each section by its heading and id', () => {
    const [jsonLd] = jsx(root, 'ReaderModuleJsonLd');
    expect(JSON.parse(attrs(jsonLd).parts)).toEqual([
      {name: '7.1 Planning - Retrospectives', id: '71-planning---retrospectives'},
      {name: '7.2 Code - Profiling', id: '72-code---profiling'},
    ]);
  });

  it("marks each section's subheadings with its number, for search, and no other heading", () => {
    const marked = (root.children ?? [])
      .filter((n) => n.type === 'heading')
      .map((h) => [textOf(h), (h.data?.hProperties as {dataInSection?: string} | undefined)?.dataInSection]);
    expect(marked).toEqual([
      ['7.1 Planning - Retrospectives', undefined],
      ['What you need to know {#71-what-you-need-to-know}', '7.1'],
      ['Resources {#71-resources}', '7.1'],
      ['7.2 Code - Profiling', undefined],
      ['What you need to know {#72-what-you-need-to-know}', '7.2'],
      ['Resources {#72-resources}', '7.2'],
      ['Project - Fixture Phase', undefined],
    ]);
  });

  it('counts a section added to the MDX alone', () => {
    const more = [...fixtureSections, {k: 3, area: 'containers', areaTitle: 'Containers', topic: 'Operators'}];
    const three = transform(moduleSource(7, more), modulePath());
    expect(attrs(jsx(three, 'ReaderModuleProgress')[0]).sections).toBe('7.1 7.2 7.3');
  });

  it.each(['docs/getting-started.mdx', 'docs/projects/hivebox.mdx', 'docs/interview/interview-questions.mdx'])(
    'leaves %s alone: not a module',
    (path) => {
      const before = JSON.stringify(parseMdx(readFileSync(path, 'utf8'), path));
      expect(JSON.stringify(transform(readFileSync(path, 'utf8'), path))).toBe(before);
    },
  );

  it('leaves a module file with no numbered section alone rather than failing the build', () => {
    const path = modulePath();
    const source = '---\ntitle: "Module 7: Empty"\n---\n\n## Project\n';
    expect(JSON.stringify(transform(source, path))).toBe(JSON.stringify(parseMdx(source, path)));
  });
});

describe('remarkReadingTime', () => {
  const parse = (source: string) => parseMdx(source) as unknown as MdNode;

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

  it('puts "N min read" right under the title', () => {
    const root = parse(`---\ntitle: T\n---\n\n${'word '.repeat(450)}\n`);
    remarkReadingTime()(root as unknown as Root);
    const firstContent = root.children!.findIndex((n) => !['yaml', 'mdxjsEsm'].includes(n.type));
    const paragraph = root.children![firstContent];
    expect(textOf(paragraph)).toBe('2 min read');
    expect(paragraph.data?.hProperties).toEqual({className: ['reading-time'], dataReadingTime: '2'});
  });
});
