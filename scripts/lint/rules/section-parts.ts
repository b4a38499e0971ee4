import {RESOURCES, WHAT_YOU_NEED_TO_KNOW, type HeadingInfo, type Section} from '../page';
import {isElement, stringAttribute} from '../mdx';
import type {Place, Rule} from '../types';

/** "Continuous Integration" -> "continuous-integration" */
export function areaSlug(area: string): string {
  return area.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The ids of a section's parts, from the number it should have. */
export function idsFor(section: Pick<Section, 'expected'>) {
  const prefix = `${section.expected.module}${section.expected.index}`;
  return {know: `${prefix}-what-you-need-to-know`, resources: `${prefix}-resources`};
}

export const sectionParts: Rule = {
  name: 'module/section-parts',
  description:
    'Each section has a `<TopicImage area="..."/>` before its first `###`, then `### What you need to know {#Nk-what-you-need-to-know}` and `### Resources {#Nk-resources}`, with exactly those ids and nothing else at level 3.',
  check({page, topicAreas, report}) {
    for (const section of page.sections) {
      const number = `${section.module}.${section.index}`;
      const ids = idsFor(section);
      const wantedArea = areaSlug(section.area);

      // Topic image, before the first ###.
      const image = section.intro.find((node) => isElement(node, 'TopicImage'));
      if (!image || !isElement(image)) {
        const suggestion = topicAreas.includes(wantedArea) ? wantedArea : topicAreas[0] ?? 'planning';
        report(section.heading.place, `Section ${number} has no topic image; add <TopicImage area="${suggestion}" /> on its own line right after the heading.`);
      } else {
        const area = stringAttribute(image, 'area');
        const place = page.place(image);
        if (area === undefined || !topicAreas.includes(area)) {
          report(place, `TopicImage area ${area === undefined ? 'is missing' : `"${area}" is unknown`}; use one of: ${topicAreas.join(', ')}.`);
        } else if (topicAreas.includes(wantedArea) && area !== wantedArea) {
          report(place, `TopicImage area "${area}" does not match the section's area "${section.area}"; use area="${wantedArea}".`);
        }
      }

      // Exactly "What you need to know" then "Resources".
      const seen = new Map<string, HeadingInfo>();
      for (const part of section.parts) {
        const heading = part.heading;
        if (part.kind === 'other') {
          report(heading.place, `Section ${number} may only have the subsections "${WHAT_YOU_NEED_TO_KNOW}" and "${RESOURCES}"; rename "### ${heading.text}" to one of them, or make it a #### heading inside one.`);
          continue;
        }
        const name = part.kind === 'know' ? WHAT_YOU_NEED_TO_KNOW : RESOURCES;
        const first = seen.get(part.kind);
        if (first) {
          report(heading.place, `Section ${number} already has "### ${name}" on line ${first.place.line}; merge the two.`);
          continue;
        }
        seen.set(part.kind, heading);
        const id = part.kind === 'know' ? ids.know : ids.resources;
        checkId(heading, id, name, report);
        if (part.kind === 'know' && seen.has('resources')) {
          report(heading.place, `"### ${WHAT_YOU_NEED_TO_KNOW}" must come before "### ${RESOURCES}" in section ${number}; move it up.`);
        }
      }
      if (!seen.has('know')) {
        report(section.heading.place, `Section ${number} has no "### ${WHAT_YOU_NEED_TO_KNOW} {#${ids.know}}"; add it after the topic image.`);
      }
      if (!seen.has('resources')) {
        report(section.heading.place, `Section ${number} has no "### ${RESOURCES} {#${ids.resources}}"; add it after "${WHAT_YOU_NEED_TO_KNOW}".`);
      }
    }
  },
};

function checkId(heading: HeadingInfo, id: string, name: string, report: (place: Place, message: string) => void) {
  if (heading.explicitId === undefined) {
    report(heading.endPlace, `Heading has no id; write it as "### ${name} {#${id}}" so links into this section keep working.`);
  } else if (heading.explicitId !== id) {
    report(heading.idPlace ?? heading.place, `Heading id must be {#${id}}; rename it so links into this section keep working.`);
  }
}
