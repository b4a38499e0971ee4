import {areaSlug, isTopicArea, partTitles, topicAreas, type PartKind} from '../../../src/module/conventions';
import type {HeadingInfo, Place} from '../../../src/module/types';
import {defineRule} from '../rule';

export const sectionParts = defineRule({
  id: 'module/section-parts',
  scope: 'module',
  description:
    'Each section has `<TopicImage area="..."/>` with its known area before its first `###`, then `### What you need to know {#Nk-what-you-need-to-know}` and `### Resources {#Nk-resources}`, with exactly those ids and nothing else at level 3.',
  check({model, report}) {
    for (const section of model.sections) {
      const number = section.number;
      const wantedArea = areaSlug(section.area);

      if (!isTopicArea(wantedArea)) {
        report(section.heading.place, `Section ${number} names the area "${section.area}", which has no topic icon; start the heading with one of: ${topicAreas.map((a) => a.replace(/(^|-)(\w)/g, (_, d: string, c: string) => `${d ? ' ' : ''}${c.toUpperCase()}`)).join(', ')}.`);
      }
      const image = section.topicImage;
      if (!image) {
        const suggestion = isTopicArea(wantedArea) ? wantedArea : topicAreas[0];
        report(section.heading.place, `Section ${number} has no topic image; add <TopicImage area="${suggestion}" /> on its own line right after the heading.`);
      } else if (image.area === undefined || !isTopicArea(image.area)) {
        report(image.place, `TopicImage area ${image.area === undefined ? 'is missing' : `"${image.area}" is unknown`}; use one of: ${topicAreas.join(', ')}.`);
      } else if (isTopicArea(wantedArea) && image.area !== wantedArea) {
        report(image.place, `TopicImage area "${image.area}" does not match the section's area "${section.area}"; use area="${wantedArea}".`);
      }

      // Exactly "What you need to know" then "Resources".
      const seen = new Map<PartKind, HeadingInfo>();
      for (const part of section.parts) {
        const heading = part.heading;
        if (part.kind === 'other') {
          report(heading.place, `Section ${number} may only have the subsections "${partTitles.know}" and "${partTitles.resources}"; rename "### ${heading.text}" to one of them, or make it a #### heading inside one.`);
          continue;
        }
        const name = partTitles[part.kind];
        const first = seen.get(part.kind);
        if (first) {
          report(heading.place, `Section ${number} already has "### ${name}" on line ${first.place.line}; merge the two.`);
          continue;
        }
        seen.set(part.kind, heading);
        checkId(heading, section.ids[part.kind], name, report);
        if (part.kind === 'know' && seen.has('resources')) {
          report(heading.place, `"### ${partTitles.know}" must come before "### ${partTitles.resources}" in section ${number}; move it up.`);
        }
      }
      if (!seen.has('know')) {
        report(section.heading.place, `Section ${number} has no "### ${partTitles.know} {#${section.ids.know}}"; add it after the topic image.`);
      }
      if (!seen.has('resources')) {
        report(section.heading.place, `Section ${number} has no "### ${partTitles.resources} {#${section.ids.resources}}"; add it after "${partTitles.know}".`);
      }
    }
  },
});

function checkId(heading: HeadingInfo, id: string, name: string, report: (place: Place, message: string) => void) {
  if (heading.explicitId === undefined) {
    report(heading.endPlace, `Heading has no id; write it as "### ${name} {#${id}}" so links into this section keep working.`);
  } else if (heading.explicitId !== id) {
    report(heading.idPlace ?? heading.place, `Heading id must be {#${id}}; rename it so links into this section keep working.`);
  }
}
