/**
 * What React gets of a module: small and JSON-safe. The module plugin
 * (plugin.ts) writes it with `createData` and hands it to the pages that
 * need it as route props; nothing else ships it.
 */
import type {TopicArea} from './conventions';
import type {ModuleModel} from './types';

export interface SectionData {
  /** "6.3" */
  number: string;
  /** "Software Supply Chain Security": the topic, without number and area. */
  title: string;
  /** The heading as written: "6.3 Continuous Integration - Software Supply Chain Security". */
  heading: string;
  /** Null when the heading names no known area (the lint reports it). */
  area: TopicArea | null;
  /** Where a link to the section lands: its "What you need to know" part, or else its heading. */
  anchor: string;
  status: 'written' | 'being-written';
  /** From front matter `summaries`; null when missing (the lint reports it). */
  summary: string | null;
}

export interface ModuleData {
  number: number | null;
  /** "Optimize - Keep Improving" */
  title: string;
  /** The module page's URL, from the docs plugin. */
  permalink: string;
  sections: SectionData[];
  /** The unnumbered sections after the numbered ones: project, quiz, interview questions. */
  closing: {title: string; anchor: string}[];
  /**
   * Reserved for the module's quiz (`quiz.yml` beside `index.mdx`): the
   * module plugin is where it will be loaded. Null until then.
   */
  quiz: null;
}

export function toModuleData(model: ModuleModel, permalink: string): ModuleData {
  return {
    number: model.number ?? null,
    title: model.title ?? (typeof model.frontMatter.data.title === 'string' ? model.frontMatter.data.title : ''),
    permalink,
    sections: model.sections.map((section) => {
      const know = section.parts.find((p) => p.kind === 'know');
      return {
        number: section.number,
        title: section.topic,
        heading: section.heading.text,
        area: section.topicArea ?? null,
        anchor: know?.heading.id ?? section.heading.id,
        status: section.status,
        summary: section.summary ?? null,
      };
    }),
    closing: model.closing.map(({title, id}) => ({title, anchor: id})),
    quiz: null,
  };
}
