/**
 * Links to other pages' files and to headings, checked before a build so a
 * broken one is reported at its `path:line`. Resolution is Docusaurus' own:
 * `resolveMarkdownLinkPathname` and its default excluded files
 * (`GlobExcludeDefault`) from @docusaurus/utils, heading ids from the module
 * model (which uses Docusaurus' slugger). URL links (`/projects/hivebox/`,
 * `<Link to>`) are left to the build, which fails on a broken link or anchor
 * (`onBrokenLinks` / `onBrokenAnchors: 'throw'` in docusaurus.config.ts).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {GlobExcludeDefault, createAbsoluteFilePathMatcher, resolveMarkdownLinkPathname} from '@docusaurus/utils';
import {visit} from 'unist-util-visit';
import type {Nodes, Root} from 'mdast';
import {parseMdx} from '../../../src/module/parse';
import {isElement, readModule, stringAttribute} from '../../../src/module/read';
import {defineRule} from '../rule';

const siteDir = fileURLToPath(new URL('../../..', import.meta.url));
const docsDir = join(siteDir, 'docs');
const contentPaths = {contentPath: docsDir, contentPathLocalized: undefined};
const markdownFile = /\.mdx?$/i;
/** `https:`, `mailto:`, `pathname://` (Docusaurus' escape hatch) and `//host/...`: not ours to check. */
const external = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
/** Elements whose `id` Docusaurus' anchor check counts: the theme's Heading, Link (and `<a>`), Li, Details. */
const anchorElements = new Set(['a', 'Link', 'li', 'details', 'Details', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const display = (file: string) => relative(siteDir, file).split(sep).join('/');

let pages: Map<string, string> | undefined;
/** The docs' pages, as the docs plugin names them ("@site/docs/x.mdx"): every Markdown file it does not exclude. */
function docsPages(): Map<string, string> {
  if (pages) return pages;
  const excluded = createAbsoluteFilePathMatcher(GlobExcludeDefault, [docsDir]);
  pages = new Map();
  for (const rel of readdirSync(docsDir, {recursive: true, encoding: 'utf8'})) {
    const file = join(docsDir, rel);
    if (markdownFile.test(rel) && !excluded(file)) pages.set(`@site/docs/${rel.split(sep).join('/')}`, file);
  }
  return pages;
}

/** Every id a page has that `#id` can link to. */
function idsOf(tree: Root, path: string, source: string): string[] {
  const ids = readModule(tree, {path, source}).headings.map((h) => h.id);
  visit(tree, (node: Nodes) => {
    const id = isElement(node) && node.name && anchorElements.has(node.name) ? stringAttribute(node, 'id') : undefined;
    if (id) ids.push(id);
  });
  return ids;
}

const targets = new Map<string, string[] | undefined>();
function idsOfFile(file: string): string[] | undefined {
  if (!targets.has(file)) {
    try {
      const source = readFileSync(file, 'utf8');
      targets.set(file, idsOf(parseMdx(source, file), file, source));
    } catch {
      // Not valid MDX: its own lint says so.
      targets.set(file, undefined);
    }
  }
  return targets.get(file);
}

function anchorProblem(hash: string, ids: string[] | undefined, where: string): string | undefined {
  if (!hash || !ids) return undefined;
  let decoded = hash;
  try {
    decoded = decodeURIComponent(hash);
  } catch {}
  if (ids.includes(hash) || ids.includes(decoded)) return undefined;
  const shown = ids.slice(0, 8).map((id) => `#${id}`).join(', ') + (ids.length > 8 ? ', ...' : '');
  return ids.length === 0
    ? `Anchor #${hash} is not a heading id ${where}, which has no headings; link to the page without #${hash}, or add a heading with an explicit {#${hash}}.`
    : `Anchor #${hash} is not a heading id ${where} (ids: ${shown}); link to one of them, or give the heading an explicit {#${hash}}.`;
}

export const internalLink = defineRule({
  id: 'content/internal-link',
  scope: 'page',
  description:
    'Markdown links to pages and headings (`./page.mdx#id`, `#id`) lead somewhere, resolved as Docusaurus resolves them; URL links are checked by the build.',
  check({tree, file, report, model}) {
    const sourceFilePath = resolve(file.cwd, file.path);
    let here: string[] | undefined;
    visit(tree, (node: Nodes) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = node.url;
      if (url.trim() === '') {
        report(model.place(node), 'Link has no URL; write where it leads (./page.mdx, ./page.mdx#id, /path/ or https://...), or remove the link.');
        return;
      }
      if (external.test(url)) return;
      const hashAt = url.indexOf('#');
      const pathname = (hashAt >= 0 ? url.slice(0, hashAt) : url).split('?')[0];
      const hash = hashAt >= 0 ? url.slice(hashAt + 1) : '';
      if (pathname === '') {
        here ??= idsOf(tree, file.path, String(file.value));
        const problem = anchorProblem(hash, here, 'on this page');
        if (problem) report(model.place(node), problem);
        return;
      }
      if (!markdownFile.test(pathname)) return; // a URL: the build checks it
      const sourceToPermalink = new Map([...docsPages().keys()].map((page) => [page, page]));
      const target = resolveMarkdownLinkPathname(pathname, {sourceFilePath, sourceToPermalink, contentPaths, siteDir});
      if (!target) {
        const from = pathname.startsWith('/') ? 'from docs/' : pathname.startsWith('.') ? 'relative to this file' : 'relative to this file, then docs/';
        report(model.place(node), `Link target ${pathname} is no page of the docs (no such file ${from}, or its name starts with _); fix the path or create the page.`);
        return;
      }
      const targetFile = docsPages().get(target)!;
      const problem =
        targetFile === sourceFilePath
          ? anchorProblem(hash, (here ??= idsOf(tree, file.path, String(file.value))), 'on this page')
          : anchorProblem(hash, idsOfFile(targetFile), `in ${display(targetFile)}`);
      if (problem) report(model.place(node), problem);
    });
  },
});

