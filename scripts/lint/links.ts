/**
 * Where internal links lead, worked out the way Docusaurus works it out: the
 * site's pages and their URLs, the files a Markdown link names, and the ids
 * (anchors) each page has. Used by the `content/internal-link` rule.
 *
 * - `[text](./page.mdx#id)` (a Markdown link or definition whose path ends in
 *   .md/.mdx) names a file: `./` and `../` from the linking file, `/x.mdx`
 *   from docs/ then the repository, `x.mdx` from the linking file, docs/,
 *   then the repository (resolveMarkdownLinkPathname, @docusaurus/utils).
 *   On a page of the site the file must be a page of the same plugin.
 * - Anything else is a URL: `/projects/hivebox/` is matched against the URLs
 *   of the docs (routeBasePath '/', trailingSlash true, slug and id front
 *   matter, number prefixes, index/README as the folder) and of src/pages,
 *   then against the files in static/. A relative URL (`./x`, `../x/`) is
 *   resolved against the linking page's URL, as the browser does; on a file
 *   that is no page of the site (a fixture) it is looked up as a file next to
 *   it instead.
 * - `#id` must be an id the target page has: a heading's id (page.ts) or the
 *   literal `id` of an element whose id Docusaurus' anchor check records.
 *
 * A Site reads each file at most once and keeps what it read for the run.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, isAbsolute, join, posix, relative, resolve, sep} from 'node:path';
import {visit} from 'unist-util-visit';
import {parseDocument} from 'yaml';
import type {Nodes, Root} from 'mdast';
import {isElement, stringAttribute} from './mdx';
import {buildPage, type Page} from './page';
import {parseMdx} from './parse';
import {repoRoot} from './topicAreas';
import type {Place} from './types';

// What Docusaurus resolves a doc's slug with (via @docusaurus/utils).
const resolvePathname = createRequire(import.meta.url)('resolve-pathname') as (to: string, from: string) => string;

/** An id a page has, which `#id` can link to. */
export interface Anchor {
  id: string;
  place: Place;
  /** The JSX element the id is written on; undefined for a heading. */
  element?: string;
  /** Whether Docusaurus' broken-anchor check sees it (headings, and ids on the elements below). */
  counted: boolean;
}

/**
 * Elements whose `id` Docusaurus records as an anchor: the theme's Heading
 * (h1-h6), Link (also what `<a>` renders), Li and Details. An id on any other
 * element, `<div id="x">`, is in the HTML but the build still calls `#x` broken.
 */
const anchorElements = new Set(['a', 'Link', 'li', 'details', 'Details', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Every id of a parsed page, in source order. */
export function anchorsOf(tree: Root, page: Page): Anchor[] {
  const anchors: Anchor[] = page.headings.map((heading) => ({id: heading.id, place: heading.place, counted: true}));
  visit(tree, (node: Nodes) => {
    if (!isElement(node) || !node.name) return;
    const id = stringAttribute(node, 'id');
    if (id) anchors.push({id, place: page.place(node), element: node.name, counted: anchorElements.has(node.name)});
  });
  return anchors.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
}

/** The linking page: where it is, its URL on the site and its ids. */
export interface LinkSource {
  /** Absolute path. */
  file: string;
  /** The URL the site serves it at; undefined if it is no page of the site. */
  url?: string;
  anchors: Anchor[];
}

/** `[text](url)` and `[label]: url` are resolved as files; `<a href>` and `<Link to>` are plain URLs. */
export type LinkKind = 'markdown' | 'jsx';

interface FileInfo {
  frontMatter: Record<string, unknown>;
  /** Parsed on first use; undefined if the file does not parse (its own lint says why). */
  anchors?: Anchor[] | null;
}

interface Route {
  url: string;
  /** The file the page is made from. */
  file: string;
}

const markdownExtension = /\.mdx?$/i;
const pageExtension = /\.(?:mdx?|jsx?|tsx?)$/i;
/** `https:`, `mailto:`, `pathname://` (Docusaurus' escape hatch) and `//host/...`: not ours to check. */
const external = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
const MAX_IDS = 8;

const toPosix = (path: string) => path.split(sep).join('/');
const addSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

function decode(text: string, decoder: (text: string) => string = decodeURIComponent): string {
  try {
    return decoder(text);
  } catch {
    return text;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `child` is `parent` or inside it: the relative path, posix; otherwise undefined. */
function inside(parent: string, child: string): string | undefined {
  const rel = relative(parent, child);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : toPosix(rel);
}

/** What the docs and pages plugins leave out: `_partial.mdx`, `_folder/...`, dot files, tests. */
function isExcluded(rel: string): boolean {
  return rel.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.')) || /\.test\.[jt]sx?$/.test(rel);
}

/** Front matter as Docusaurus reads it (gray-matter): {} if there is none or it is not valid YAML. */
function readFrontMatter(source: string): Record<string, unknown> {
  const match = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return {};
  const doc = parseDocument(match[1] ?? '');
  if (doc.errors.length > 0) return {};
  const data = doc.toJS() as unknown;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

// Docusaurus' default number-prefix parser (plugin-content-docs/lib/numberPrefix.js).
const ignoredPrefix = /^\d+[-_.]\d+/;
const numberPrefix = /^(?<numberPrefix>\d+)\s*[-_.]+\s*(?<suffix>[^-_.\s].*)$/;
function stripNumberPrefix(name: string): string {
  if (ignoredPrefix.test(name)) return name;
  return numberPrefix.exec(name)?.groups?.suffix ?? name;
}

/**
 * A doc's URL from its path under docs/ (posix) and its front matter, as the
 * docs plugin computes it (lib/docs.js and lib/slug.js) with routeBasePath
 * '/' and trailingSlash true.
 */
export function docUrl(rel: string, frontMatter: Record<string, unknown>): string {
  const dir = posix.dirname(rel);
  const fileName = posix.basename(rel).replace(pageExtension, '');
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : undefined;
  const strip = frontMatter.parse_number_prefixes === false ? (name: string) => name : stripNumberPrefix;
  const baseId = typeof frontMatter.id === 'string' ? frontMatter.id : strip(fileName);
  const dirSlug = dir === '.' ? '/' : `/${dir.split('/').map(strip).join('/')}/`;
  const categoryIndex = ['index', 'readme', dir.split('/').at(-1)!.toLowerCase()].includes(fileName.toLowerCase());
  let url: string;
  if (slug?.startsWith('/')) url = slug;
  else if (slug === undefined && categoryIndex) url = dirSlug;
  else url = resolvePathname(slug ?? baseId, dirSlug);
  return addSlash(url);
}

/** A page's URL from its path under src/pages (posix): `index` is the folder (plugin-content-pages, fileToPath). */
export function pageUrl(rel: string): string {
  const index = /(^|.*\/)index\.(?:mdx?|jsx?|tsx?)$/i.exec(rel);
  return addSlash(index ? `/${index[1]}` : `/${rel.replace(pageExtension, '')}`);
}

/** Routes other plugins add: the search page of @easyops-cn/docusaurus-search-local. */
const pluginRoutes = ['/search/'];

export class Site {
  readonly root: string;
  readonly docsDir: string;
  readonly pagesDir: string;
  readonly staticDir: string;
  private readonly files = new Map<string, FileInfo>();
  private routeTable?: Map<string, Route>;

  constructor(root: string = repoRoot) {
    this.root = root;
    this.docsDir = join(root, 'docs');
    this.pagesDir = join(root, 'src', 'pages');
    this.staticDir = join(root, 'static');
  }

  /** Repository-relative, forward slashes: how messages name a file. */
  display(file: string): string {
    return inside(this.root, file) ?? toPosix(file);
  }

  private info(file: string): FileInfo {
    let info = this.files.get(file);
    if (!info) {
      info = {frontMatter: markdownExtension.test(file) && isFile(file) ? readFrontMatter(readFileSync(file, 'utf8')) : {}};
      this.files.set(file, info);
    }
    return info;
  }

  /** The ids of an MDX page on disk, parsed once; undefined if they cannot be known (not MDX, or it does not parse). */
  anchors(file: string): Anchor[] | undefined {
    if (!markdownExtension.test(file)) return undefined;
    const info = this.info(file);
    if (info.anchors === undefined) {
      const parsed = parseMdx(readFileSync(file, 'utf8'));
      info.anchors = parsed.ok ? anchorsOf(parsed.tree, buildPage(parsed.tree, parsed.map, file)) : null;
    }
    return info.anchors ?? undefined;
  }

  /** The plugin folder a file's content belongs to (docs/ or src/pages/), if any. */
  contentDir(file: string): string | undefined {
    if (inside(this.docsDir, file) !== undefined) return this.docsDir;
    if (inside(this.pagesDir, file) !== undefined) return this.pagesDir;
    return undefined;
  }

  /** The URL the site serves a file at, or undefined if it makes no page. */
  urlOf(file: string, frontMatter?: Record<string, unknown>): string | undefined {
    const doc = inside(this.docsDir, file);
    if (doc !== undefined) {
      if (!markdownExtension.test(doc) || isExcluded(doc)) return undefined;
      return docUrl(doc, frontMatter ?? this.info(file).frontMatter);
    }
    const page = inside(this.pagesDir, file);
    if (page !== undefined && pageExtension.test(page) && !page.endsWith('.d.ts') && !isExcluded(page)) return pageUrl(page);
    return undefined;
  }

  /** Every page of the site by URL (with a trailing slash, decoded). */
  routes(): Map<string, Route> {
    if (this.routeTable) return this.routeTable;
    const table = new Map<string, Route>();
    for (const dir of [this.docsDir, this.pagesDir]) {
      if (!existsSync(dir)) continue;
      for (const rel of readdirSync(dir, {recursive: true, encoding: 'utf8'}).sort()) {
        const file = join(dir, rel);
        const url = this.urlOf(file);
        if (url !== undefined && !table.has(decode(url, decodeURI)) && isFile(file)) table.set(decode(url, decodeURI), {url, file});
      }
    }
    this.routeTable = table;
    return table;
  }

  /** The page at a site path (`/projects/hivebox`, `/projects/hivebox/`), if there is one. */
  route(pathname: string): Route | undefined {
    return this.routes().get(addSlash(decode(pathname, decodeURI)));
  }

  /** The URL of a page that differs only in letter case or folder, to suggest. */
  nearestUrl(pathname: string): string | undefined {
    const wanted = addSlash(decode(pathname, decodeURI));
    const last = wanted.split('/').at(-2)?.toLowerCase();
    const urls = [...this.routes().keys()];
    return urls.find((url) => url.toLowerCase() === wanted.toLowerCase()) ?? urls.find((url) => last && url.split('/').at(-2)?.toLowerCase() === last);
  }

  /** Ready for checkLink: a page being linted (its in-memory text, not the file on disk). */
  source(path: string, tree: Root, page: Page): LinkSource {
    const file = resolve(this.root, path);
    return {file, url: this.urlOf(file, page.frontMatter.data), anchors: anchorsOf(tree, page)};
  }
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** At most MAX_IDS ids, in page order: the ones closest to what was asked for if there are more. */
function idList(ids: string[], wanted: string): string {
  let shown = ids;
  if (ids.length > MAX_IDS) {
    const closest = new Set(
      ids
        .map((id, index) => ({id, index, distance: editDistance(id, wanted)}))
        .sort((a, b) => a.distance - b.distance || a.index - b.index)
        .slice(0, MAX_IDS)
        .map(({id}) => id),
    );
    shown = ids.filter((id) => closest.has(id));
  }
  return shown.map((id) => `#${id}`).join(', ') + (ids.length > shown.length ? ', ...' : '');
}

/**
 * What is wrong with `#hash` on a page with these ids; undefined if nothing
 * (or if the page's ids cannot be known). `where` names the page: "this page"
 * or "in docs/x.mdx".
 */
function checkAnchor(hash: string | undefined, anchors: Anchor[] | undefined, where: {here: boolean; name: string}): string | undefined {
  // An empty hash (`/page/#`) is not an anchor; Docusaurus does not check it either.
  if (!hash || !anchors) return undefined;
  const wanted = [hash, decode(hash)];
  if (anchors.some((anchor) => anchor.counted && wanted.includes(anchor.id))) return undefined;
  const page = where.here ? 'on this page' : `in ${where.name}`;
  const uncounted = anchors.find((anchor) => wanted.includes(anchor.id));
  if (uncounted) {
    return `Anchor #${hash} is the id of a <${uncounted.element}> ${page} (line ${uncounted.place.line}), which Docusaurus' anchor check does not see, so the build calls the link broken; give a heading the explicit {#${hash}} instead, or put the id on an <a id="${hash}" />.`;
  }
  const ids = [...new Set(anchors.filter((anchor) => anchor.counted).map((anchor) => anchor.id))];
  if (ids.length === 0) {
    return `Anchor #${hash} is not a heading id ${page}, which has no headings; link to the page without #${hash}, or add a heading with an explicit {#${hash}}.`;
  }
  return `Anchor #${hash} is not a heading id ${page} (ids ${where.here ? 'here' : 'there'}: ${idList(ids, decode(hash))}); link to one of them, or give the heading an explicit {#${hash}}.`;
}

/** A Markdown file link resolved like Docusaurus: the first place the file is, in order. */
function markdownTargets(site: Site, from: LinkSource, pathname: string): string[] {
  const contentDir = site.contentDir(from.file) ?? site.docsDir;
  const here = dirname(from.file);
  const dirs = pathname.startsWith('/')
    ? [contentDir, site.root]
    : pathname.startsWith('./') || pathname.startsWith('../')
      ? [here]
      : [here, contentDir, site.root];
  return dirs.map((dir) => join(dir, decode(pathname)));
}

/** Files a path without an extension may mean, for a suggestion or a page with no URL. */
function fileCandidates(base: string): string[] {
  const trimmed = base.replace(/[\\/]+$/, '');
  return [base, `${trimmed}.mdx`, `${trimmed}.md`, join(trimmed, 'index.mdx'), join(trimmed, 'index.md')];
}

/** `./x.mdx` written relative to `from`, for a message. */
function relativeLink(from: LinkSource, file: string): string {
  const rel = toPosix(relative(dirname(from.file), file));
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * What is wrong with a link on a page, as a message that says what to do;
 * undefined if it leads somewhere (or is not ours to check: external URLs,
 * `pathname://`).
 */
export function checkLink(site: Site, from: LinkSource, url: string, kind: LinkKind): string | undefined {
  if (url.trim() === '') return 'Link has no URL; write where it leads (./page.mdx, ./page.mdx#id, /path/ or https://...), or remove the link.';
  if (external.test(url)) return undefined;
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt + 1) : undefined;
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const pathname = beforeHash.split('?')[0];
  const anchorsOfFile = (file: string) => (file === from.file ? from.anchors : site.anchors(file));
  const nameOf = (file: string) => ({here: file === from.file, name: site.display(file)});

  // `#id`, `?q#id`: this page.
  if (pathname === '') return checkAnchor(hash, from.anchors, {here: true, name: site.display(from.file)});

  if (markdownExtension.test(pathname)) {
    if (kind === 'jsx') {
      const file = join(dirname(from.file), decode(pathname));
      const target = isFile(file) ? site.urlOf(file) : undefined;
      return `A JSX link is a URL, not a file, so ${pathname} is not turned into the page's URL; ${target ? `write ${target}${hash !== undefined ? `#${hash}` : ''}` : "write the page's URL"}, or use a Markdown link: [text](${beforeHash}${hash !== undefined ? `#${hash}` : ''}).`;
    }
    // The page being linted counts as there even before it is saved.
    const candidates = markdownTargets(site, from, pathname).filter((file) => file === from.file || isFile(file));
    const fromDir = site.contentDir(from.file);
    // On a page of the site, the file must be a page of the same plugin (docs link to docs).
    const target = fromDir ? candidates.find((file) => inside(fromDir, file) !== undefined && site.urlOf(file) !== undefined) : candidates[0];
    if (!target) {
      if (candidates.length > 0 && fromDir) {
        return `Link target ${pathname} is ${site.display(candidates[0])}, which is not a page of the site (pages are the .md/.mdx files under ${site.display(fromDir)}/ whose names do not start with _); link a page, or link the file's URL on GitHub.`;
      }
      const base = pathname.startsWith('/') ? `from ${site.display(site.contentDir(from.file) ?? site.docsDir)}/` : 'relative to this file';
      return `Link target ${pathname} does not exist; fix the path (${base}) or create the page.`;
    }
    return checkAnchor(hash, anchorsOfFile(target), nameOf(target));
  }

  // `@site/static/file.pdf`: a file in the repository.
  if (pathname.startsWith('@site/')) {
    return isFile(join(site.root, decode(pathname.slice('@site/'.length))))
      ? undefined
      : `Link target ${pathname} does not exist; fix the path (from the repository's root) or add the file.`;
  }

  // `[text](./diagram.svg)`, `[text](/img/logo.svg)`: Markdown links a file, if there is one.
  const extension = posix.extname(pathname);
  if (kind === 'markdown' && extension && extension !== '.html') {
    const file = pathname.startsWith('/') ? join(site.staticDir, decode(pathname)) : join(dirname(from.file), decode(pathname));
    if (isFile(file)) return undefined;
  }

  // A URL. Relative ones are relative to this page's URL, as in the browser.
  let absolute: string;
  if (pathname.startsWith('/')) {
    absolute = new URL(pathname, 'https://site.invalid').pathname;
  } else if (from.url) {
    absolute = new URL(pathname, `https://site.invalid${from.url}`).pathname;
  } else {
    // A file that is no page of the site (a fixture): read the path as a file next to it.
    const target = fileCandidates(join(dirname(from.file), decode(pathname))).find(isFile);
    if (!target) return `Link target ${pathname} does not exist; fix the path (relative to this file) or create the page.`;
    return checkAnchor(hash, anchorsOfFile(target), nameOf(target));
  }
  absolute = decode(absolute, decodeURI);

  const route = site.route(absolute);
  if (route) return checkAnchor(hash, anchorsOfFile(route.file), nameOf(route.file));
  if (pluginRoutes.includes(addSlash(absolute))) return undefined;
  const asStatic = join(site.staticDir, absolute);
  if (isFile(asStatic) || (absolute.endsWith('/') && isFile(join(asStatic, 'index.html')))) return undefined;

  if (!pathname.startsWith('/')) {
    const file = fileCandidates(join(dirname(from.file), decode(pathname))).find((candidate) => isFile(candidate) && site.urlOf(candidate));
    const instead = file ? `link the file instead: [text](${relativeLink(from, file)}${hash !== undefined ? `#${hash}` : ''})` : 'link the page\'s file instead ([text](./page.mdx)), or write its URL from the root (/path/)';
    return `Link ${pathname} is a URL relative to this page's URL (${from.url}), so it leads to ${absolute}, which is not a page of the site; ${instead}.`;
  }
  if (extension && extension !== '.html') {
    return `Link ${pathname} is not a file in static/ (there is no ${site.display(asStatic)}); fix the path, or add the file to static/.`;
  }
  const near = site.nearestUrl(absolute);
  return `Link ${pathname} is not a page of the site or a file in static/; ${near ? `did you mean ${near}? Fix` : 'fix'} the path (a doc's URL is its path under docs/ without .mdx, and an index.mdx has its folder's URL), or link the page's file: [text](./page.mdx).`;
}
