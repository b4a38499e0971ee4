/**
 * What makes a page a module: its second-level headings are numbered
 * sections of one module ("6.1 Planning - ...", "6.2 Code - ..."). Shared by
 * the remark plugin (build time) and the JSON-LD metadata (render time), so
 * both agree on which pages are modules and what their sections are.
 */

/** "6.3" from "6.3 Continuous Integration - ...", or null for any other heading. */
export function sectionNumber(heading: string): string | null {
  return /^\s*(\d+\.\d+)\s/.exec(heading)?.[1] ?? null;
}

export interface ModuleSections {
  /** The module's number: "6". */
  module: string;
  /** Its sections in page order: ["6.1", "6.2", ...]. */
  sections: string[];
}

/**
 * The module whose sections these headings are, or null when fewer than two
 * are numbered or they belong to different modules (not a module page).
 */
export function moduleSections(headings: string[]): ModuleSections | null {
  const sections = headings.map(sectionNumber).filter((s): s is string => s !== null);
  const modules = new Set(sections.map((s) => s.split('.')[0]));
  if (sections.length < 2 || modules.size !== 1 || new Set(sections).size !== sections.length) {
    return null;
  }
  return {module: [...modules][0], sections};
}
