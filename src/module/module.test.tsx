import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import {fixtureSections, moduleSource, modulePath, section} from '../../tests/support/moduleFixture';
import {scratchSite, type ScratchSite} from '../../tests/support/scratchSite';
import ModuleProgress from '../components/ModuleProgress';
import {moduleJsonLd, type ModulePart} from '../components/ModuleJsonLd/jsonLd';
import remarkModuleProgress from '../remark/moduleProgress';
import type {MdNode} from '../remark/mdast';
import {problemsOf, siteDir} from '../../scripts/lint/content';
import preset from '../../scripts/lint/preset';
import {modelOf} from '../../scripts/lint/rule';
import {toModuleData} from './data';
import {parseMdx} from './parse';
import {loadModules} from './plugin';
import {readModule} from './read';

const live = readFileSync('docs/foundations/module-06/index.mdx', 'utf8');
const livePath = 'docs/foundations/module-06/index.mdx';

describe('readModule', () => {
  const model = readModule(parseMdx(moduleSource(), modulePath()), {path: modulePath(), source: moduleSource()});

  it('reads number, title, sections with their areas, anchors and status, and the closing sections', () => {
    expect(model.number).toBe(7);
    expect(model.title).toBe('Fixture Module');
    expect(model.sections.map((s) => [s.number, s.topicArea, s.topic, s.heading.id, s.status, s.summary])).toEqual([
      ['7.1', 'planning', 'Retrospectives', '71-planning---retrospectives', 'written', 'Summary of Retrospectives.'],
      ['7.2', 'code', 'Profiling', '72-code---profiling', 'being-written', 'Summary of Profiling.'],
    ]);
    expect(model.sections[0].parts.map((p) => [p.kind, p.heading.explicitId])).toEqual([
      ['know', '71-what-you-need-to-know'],
      ['resources', '71-resources'],
    ]);
    expect(model.closing.map((c) => [c.title, c.id])).toEqual([['Project - Fixture Phase', 'project---fixture-phase']]);
    expect(model.figures.map((f) => f.alt)).toEqual(['Module overview: the fixture module.']);
  });

  it('splits each resource into title, source and URL', () => {
    expect(model.sections[0].resources.map(({title, source, url}) => ({title, source, url}))).toEqual([
      {title: 'All about Retrospectives', source: 'Example Docs', url: 'https://example.org/7-1'},
    ]);
  });

  it('reads the live module: eight sections, the last three being written, then quiz, project and interview questions', () => {
    const six = readModule(parseMdx(live, livePath), {path: livePath, source: live});
    expect(six.sections.map((s) => `${s.number} ${s.status}`)).toEqual([
      '6.1 written', '6.2 written', '6.3 written', '6.4 written', '6.5 written',
      '6.6 being-written', '6.7 being-written', '6.8 being-written',
    ]);
    expect(six.closing.map((c) => c.id)).toEqual(['quiz', 'project---hivebox-phase-6', 'interview-questions---module-6']);
    expect(six.sections.every((s) => s.summary)).toBe(true);
  });

  it('reads a badly formed module without throwing: what is there, for the lint to judge', () => {
    const broken = '---\ntitle: [unclosed\n---\n\n## 6.2 Boats - Nowhere\n\n### Resources\n\n## 6.2 Boats - Again\n\n<TopicImage />\n';
    const read = readModule(parseMdx(broken, modulePath(6)), {path: modulePath(6), source: broken});
    expect(read.frontMatter.error?.place.line).toBe(2);
    expect(read.sections.map((s) => [s.number, s.topicArea, s.topicImage?.area, s.status])).toEqual([
      ['6.2', undefined, undefined, 'being-written'],
      ['6.2', undefined, undefined, 'being-written'],
    ]);
    const data = toModuleData(read, '/m/');
    expect(data.sections.map((s) => [s.area, s.anchor, s.summary])).toEqual([
      [null, '62-boats---nowhere', null],
      [null, '62-boats---again', null],
    ]);
  });
});

describe('a section added to the module MDX alone', () => {
  // The live module with a ninth section: heading, topic image, the two
  // anchored parts and a resource, and its summary in the same file.
  const ninth = section(6, {k: 9, area: 'containers', areaTitle: 'Containers', topic: 'Service Meshes', url: 'https://example.org/service-mesh'});
  const source = live
    .replace('## Self-check quiz {#quiz}', `${ninth}## Self-check quiz {#quiz}`)
    .replace('  "6.8": ', '  "6.9": "Sidecars and the traffic between services."\n  "6.8": ');

  let site: ScratchSite;
  beforeEach(() => {
    site = scratchSite('module-site-');
    site.write('docs/foundations/module-06/index.mdx', source);
  });
  afterEach(() => site.remove());

  it('shows on the home page: a ninth card with its area, anchor and summary', async () => {
    const {modules, warnings} = await loadModules(site.root, site.docs);
    expect(warnings).toEqual([]);
    expect(modules.map((m) => m.source)).toEqual(['@site/docs/foundations/module-06/index.mdx']);
    const {sections} = modules[0].data;
    expect(sections).toHaveLength(9);
    expect(sections[8]).toEqual({
      number: '6.9',
      title: 'Service Meshes',
      heading: '6.9 Containers - Service Meshes',
      area: 'containers',
      anchor: '69-what-you-need-to-know',
      status: 'written',
      summary: 'Sidecars and the traffic between services.',
    });
  });

  it('shows in the progress meter ("0 of 9") and in the JSON-LD', () => {
    const tree = parseMdx(source, livePath);
    remarkModuleProgress()(tree, {path: join(siteDir, livePath), data: {}} as never);
    const added = (tree as unknown as MdNode).children!.filter((n) => n.type === 'mdxJsxFlowElement');
    const props = (name: string) => Object.fromEntries(added.find((n) => n.name === name)!.attributes!.map((a) => [a.name, a.value]));

    const meter = props('ReaderModuleProgress');
    const html = renderToStaticMarkup(<ModuleProgress module={meter.module} sections={meter.sections} />);
    expect(html).toContain('0 of 9 done');

    const parts = JSON.parse(props('ReaderModuleJsonLd').parts) as ModulePart[];
    const jsonLd = JSON.parse(moduleJsonLd({title: 'Module 6', description: 'd', url: 'https://example.org/m/', parts}));
    expect(jsonLd.hasPart).toHaveLength(9);
    expect(jsonLd.hasPart[8]).toEqual({'@type': 'LearningResource', name: '6.9 Containers - Service Meshes', position: 9, url: 'https://example.org/m/#69-containers---service-meshes'});
  });

  it("is in the lint's view, which passes it but asks for its quiz questions", async () => {
    const file = new VFile({path: join(siteDir, livePath), value: source, cwd: siteDir});
    const processor = unified().use(preset);
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    // A written section needs questions in the module's quiz.yml, which is no MDX.
    expect(problemsOf([file])).toEqual([
      expect.objectContaining({
        path: 'docs/foundations/module-06/quiz.yml',
        rule: 'module/quiz',
        message: 'section 6.9 is written but has 0 questions: add 3 more (at least 3 for each written section).',
      }),
    ]);
    expect(modelOf(tree, file).sections.map((s) => s.number).at(-1)).toBe('6.9');
  });
});

describe('loadModules (the module plugin)', () => {
  let site: ScratchSite;
  beforeEach(() => {
    site = scratchSite('module-site-');
  });
  afterEach(() => site.remove());
  const write = (path: string, text: string) => site.write(path, text);

  it('finds every module-NN/index.mdx, leaves out excluded files, and says what a card lacks', async () => {
    write('docs/foundations/module-07/index.mdx', moduleSource(7, fixtureSections, {'7.1': 'One.'}));
    write('docs/foundations/_drafts/module-08/index.mdx', moduleSource(8));
    write('docs/other/page.mdx', '# Not a module\n');
    const {modules, warnings} = await loadModules(site.root, site.docs);
    expect(modules.map((m) => m.source)).toEqual(['@site/docs/foundations/module-07/index.mdx']);
    expect(warnings).toEqual([
      'docs/foundations/module-07/index.mdx: section 7.2 has no summary; its home page card shows without; run npm run lint.',
    ]);
  });

  it('skips a module that is no valid MDX with a one-line warning, never a crash', async () => {
    write('docs/foundations/module-07/index.mdx', '---\ntitle: "Module 7: X"\n---\n\n## 7.1 Code - {oops\n');
    const {modules, warnings} = await loadModules(site.root, site.docs);
    expect(modules).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^docs\/foundations\/module-07\/index\.mdx: not read as a module \(.+\); run npm run lint\.$/)]);
  });
});
