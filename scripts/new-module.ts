/**
 * Scaffolds a new module page that already passes `npm run lint` and builds.
 *
 *   npm run new-module -- <N> "<Title>" [--section "Area - Topic"]... [--description "..."] [--root <dir>]
 *
 * Creates docs/foundations/module-0N/ with:
 *   index.mdx               front matter (with a summary line per section for
 *                           the home page), the overview figure, one section
 *                           per --section (default: three placeholder
 *                           sections), each part marked <BeingWritten />;
 *   module-0N-overview.svg  a placeholder overview: the number in a hexagon
 *                           and the title as real text, in the theme's colours,
 *                           already optimized as lint:svg wants it.
 * The conventions (areas, headings, ids) are the module model's
 * (src/module/conventions.ts). Refuses to overwrite an existing module, and a
 * --root that is no site (no docs/ folder).
 */
import {existsSync, mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {
  areaTitle,
  moduleFolderName,
  partIds,
  partTitles,
  summariesKey,
  topicAreas,
} from '../src/module/conventions';
import {optimizeSvg} from './lint/svg';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

export const usage = `Usage: npm run new-module -- <N> "<Title>" [--section "Area - Topic"]... [--description "<text>"]

  <N>          module number, 1 to 99 (folder docs/foundations/module-0N)
  <Title>      module title, e.g. "Capstone - Putting It All Together" (at most 80 characters)
  --section    a section, "Area - Topic", in order; repeat for each section.
               Area is one of: ${topicAreas.map(areaTitle).join(', ')}.
               Default: three sections, Planning, Code and Continuous Integration, each "Topic to be announced".
  --description  the page description (default: "Module N of the Dynamic DevOps Roadmap: <Title>.")
  --root       the site to write into, a folder with docs/ (default: this repository)`;

export class UsageError extends Error {}

export interface SectionSpec {
  /** TopicImage area, e.g. `continuous-integration`. */
  area: string;
  /** As written in the heading, e.g. `Continuous Integration`. */
  areaTitle: string;
  topic: string;
}

export interface ModuleSpec {
  number: number;
  title: string;
  description: string;
  sections: SectionSpec[];
}

export const PLACEHOLDER_TOPIC = 'Topic to be announced';
const DEFAULT_AREAS = ['planning', 'code', 'continuous-integration'];
const MAX_TITLE = 80;
const MAX_DESCRIPTION = 160;
/** Characters MDX, YAML or the SVG would read as syntax. */
const unsafe = /[{}<>"\\\n\r`]/;

export {areaTitle};
export const folderName = moduleFolderName;
/** The summary each section starts with, for its home page card; the author replaces it. */
export const PLACEHOLDER_SUMMARY = 'To be written: one line on what this section teaches.';

function checkText(what: string, value: string, max: number): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) throw new UsageError(`${what} is empty; give one, e.g. "Capstone - Putting It All Together".`);
  if (text.length > max) throw new UsageError(`${what} is ${text.length} characters; keep it to at most ${max}.`);
  if (unsafe.test(value)) throw new UsageError(`${what} "${value}" contains one of { } < > " \\ \` or a line break; leave them out (MDX and YAML read them as syntax).`);
  return text;
}

export function parseSection(value: string, areas: readonly string[] = topicAreas): SectionSpec {
  const at = value.indexOf(' - ');
  if (at <= 0) throw new UsageError(`--section "${value}" must read "Area - Topic", e.g. --section "Containers - Kubernetes Operators".`);
  const written = value.slice(0, at).trim();
  const area = written.toLowerCase().replace(/\s+/g, '-');
  if (!areas.includes(area)) {
    throw new UsageError(`--section "${value}": unknown area "${written}"; use one of: ${areas.map(areaTitle).join(', ')}.`);
  }
  return {area, areaTitle: areaTitle(area), topic: checkText(`The topic of --section "${value}"`, value.slice(at + 3), 100)};
}

export function parseCommandLine(argv: string[], areas: readonly string[] = topicAreas): {spec: ModuleSpec; root: string} {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        section: {type: 'string', multiple: true},
        description: {type: 'string'},
        root: {type: 'string'},
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0].replace(/\. To specify a positional.*$/, '.'));
  }
  const {positionals, values} = parsed;
  if (positionals.length !== 2) {
    throw new UsageError(`Expected a module number and a title, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}${positionals.length ? ` (${positionals.map((p) => `"${p}"`).join(', ')})` : ''}.`);
  }
  const [numberText, titleText] = positionals;
  if (!/^[1-9]\d?$/.test(numberText)) {
    throw new UsageError(`Module number must be a whole number from 1 to 99; got "${numberText}".`);
  }
  const number = Number(numberText);
  const title = checkText('The title', titleText, MAX_TITLE);
  if (/^module\b/i.test(title)) {
    throw new UsageError(`Give the title without "Module ${number}:" (it is added for you); got "${title}".`);
  }
  const description =
    values.description !== undefined
      ? checkText('The description', values.description, MAX_DESCRIPTION)
      : `Module ${number} of the Dynamic DevOps Roadmap: ${title}.`;
  const sections = values.section?.length
    ? values.section.map((section) => parseSection(section, areas))
    : DEFAULT_AREAS.filter((area) => areas.includes(area)).map((area) => ({area, areaTitle: areaTitle(area), topic: PLACEHOLDER_TOPIC}));
  if (sections.length === 0) throw new UsageError('No section to create; pass --section "Area - Topic".');
  return {spec: {number, title, description, sections}, root: resolve(values.root ?? repoRoot)};
}

const yamlString = (value: string) => JSON.stringify(value);

export function overviewAlt(spec: ModuleSpec): string {
  return `Module ${spec.number} overview: ${spec.title}, a module of the Dynamic DevOps Roadmap.`;
}

export function renderIndex(spec: ModuleSpec, options: {backLink: boolean}): string {
  const n = spec.number;
  const svg = `${folderName(n)}-overview.svg`;
  const back = '[🗂 Back to the Roadmap Index](../../getting-started.mdx#roadmap-index)';
  const lines = [
    '---',
    `title: ${yamlString(`Module ${n}: ${spec.title}`)}`,
    `sidebar_label: ${yamlString(`${n}. ${spec.title}`)}`,
    `description: ${yamlString(spec.description)}`,
    `${summariesKey}:`,
    ...spec.sections.map((_, i) => `  "${n}.${i + 1}": ${yamlString(PLACEHOLDER_SUMMARY)}`),
    '---',
    '',
    `import overview from './${svg}';`,
    '',
    ':::info[Work in progress.]',
    '',
    'This module is being written: its sections are still empty.',
    '',
    ':::',
    '',
    ...(options.backLink ? [back, ''] : []),
    '<Figure',
    '  src={overview}',
    `  alt="${overviewAlt(spec)}"`,
    '/>',
    '',
  ];
  spec.sections.forEach((section, i) => {
    const k = i + 1;
    const ids = partIds(n, k);
    lines.push(
      `## ${n}.${k} ${section.areaTitle} - ${section.topic}`,
      '',
      `<TopicImage area="${section.area}" />`,
      '',
      `### ${partTitles.know} {#${ids.know}}`,
      '',
      '<BeingWritten />',
      '',
      `### ${partTitles.resources} {#${ids.resources}}`,
      '',
      '<BeingWritten part="resources" />',
      '',
    );
  });
  if (options.backLink) lines.push('---', '', `If you are done, ${back}`, '');
  return lines.join('\n');
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

/** Greedy word wrap. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A placeholder overview figure; replace it with the real one when the module is drawn. */
export function renderOverview(spec: ModuleSpec): string {
  const primary = 'var(--ifm-color-primary, #1f7a4d)';
  // A fixed dark green behind white text keeps the contrast in both themes.
  const badge = '#1f6b46';
  let size = 44;
  let lines = wrap(spec.title, 34);
  if (lines.length > 2) {
    size = 34;
    lines = wrap(spec.title, 44);
  }
  const lineHeight = Math.round(size * 1.2);
  const firstY = 170 - ((lines.length - 1) * lineHeight) / 2;
  const tspans = lines
    .map((line, i) => `<tspan x="265" y="${firstY + i * lineHeight}">${xml(line)}</tspan>`)
    .join('');
  const numberSize = spec.number >= 10 ? 96 : 112;
  const drawn = [
    `<svg xmlns="http://www.w3.org/2000/svg" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" viewBox="0 0 1200 360">`,
    '<rect width="1200" height="360" fill="var(--ifm-color-emphasis-100, #f2f2f2)" rx="24"/>',
    `<path fill="none" stroke="${primary}" stroke-linejoin="round" stroke-width="6" d="m140 78 97 56v112l-97 56-97-56V134Z"/>`,
    `<path fill="${badge}" stroke="${badge}" stroke-linejoin="round" stroke-width="8" d="m140 92 84.9 49v98L140 288l-84.9-49v-98Z"/>`,
    '<text x="140" y="150" fill="#fff" font-size="20" font-weight="600" letter-spacing="3" text-anchor="middle">MODULE</text>',
    `<text x="140" y="${spec.number >= 10 ? 245 : 252}" fill="#fff" font-size="${numberSize}" font-weight="700" text-anchor="middle">${spec.number}</text>`,
    `<text fill="currentColor" font-size="${size}" font-weight="700">${tspans}</text>`,
    `<text x="265" y="292" fill="currentColor" font-size="22" opacity=".8">a module of the Dynamic DevOps Roadmap</text>`,
    '</svg>',
    '',
  ].join('\n');
  // Written as lint:svg wants it, so the new module passes npm run lint as it is.
  return `${optimizeSvg(`${folderName(spec.number)}-overview.svg`, drawn)}\n`;
}

/**
 * Writes the module; returns the folders and files it created. Throws
 * UsageError, writing nothing, if the module exists or `root` is no site.
 */
export function scaffoldModule(spec: ModuleSpec, root: string): string[] {
  const docs = join(root, 'docs');
  if (!existsSync(docs) || !statSync(docs).isDirectory()) {
    throw new UsageError(`${root} has no docs/ folder, so it is not the site; give --root the folder that holds docusaurus.config.ts and docs/. Nothing was written.`);
  }
  const foundations = join(docs, 'foundations');
  const folder = join(foundations, folderName(spec.number));
  const existing = existsSync(foundations)
    ? readdirSync(foundations).find((name) => new RegExp(`^module-0*${spec.number}$`).test(name))
    : undefined;
  if (existing || existsSync(folder)) {
    const rel = relative(root, join(foundations, existing ?? folderName(spec.number))).split('\\').join('/');
    throw new UsageError(`${rel} already exists; edit it instead, or pick another module number. Nothing was written.`);
  }
  const createdFolders = [...(existsSync(foundations) ? [] : [foundations]), folder];
  mkdirSync(folder, {recursive: true});
  const backLink = existsSync(join(root, 'docs', 'getting-started.mdx'));
  const files: [string, string][] = [
    [join(folder, 'index.mdx'), renderIndex(spec, {backLink})],
    [join(folder, `${folderName(spec.number)}-overview.svg`), renderOverview(spec)],
  ];
  for (const [path, content] of files) writeFileSync(path, content, {flag: 'wx'});
  return [...createdFolders.map((dir) => `${dir}/`), ...files.map(([path]) => path)];
}

export function main(argv: string[], log: (line: string) => void = console.log, error: (line: string) => void = console.error): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    log(usage);
    return 0;
  }
  try {
    const {spec, root} = parseCommandLine(argv);
    const created = scaffoldModule(spec, root);
    for (const file of created) log(`Created ${relative(root, file).split('\\').join('/')}${file.endsWith('/') ? '/' : ''}`);
    const slug = `/foundations/${folderName(spec.number)}/`;
    log(
      [
        '',
        'Next:',
        `  npm start                 then open http://localhost:3000${slug}`,
        `  write the sections        replace <BeingWritten /> with the text, and each "${PLACEHOLDER_TOPIC}" with the topic`,
        `  write the summaries       one line per section under "${summariesKey}:" in the front matter (the home page cards)`,
        '  npm run lint              before you open the pull request (see CONTRIBUTING.md)',
      ].join('\n'),
    );
    return 0;
  } catch (caught) {
    if (caught instanceof UsageError) {
      error(`new-module: ${caught.message}\n\n${usage}`);
      return 1;
    }
    throw caught;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
