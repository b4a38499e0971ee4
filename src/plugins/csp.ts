/**
 * Content Security Policy for a site GitHub Pages serves: Pages cannot send
 * headers, so after the build every HTML file gets the policy as
 * `<meta http-equiv="Content-Security-Policy">`, first in `<head>` (after
 * `<meta charset>`), before anything it governs.
 *
 * Scripts: same-origin files, plus the inline scripts Docusaurus emits (the
 * color-mode bootstrap and the like), each allowed by the SHA-256 of its
 * exact text in that page. No 'unsafe-inline' for scripts, no 'unsafe-eval'.
 * Styles keep 'unsafe-inline': React writes `style` attributes.
 *
 * What a meta policy cannot do (browsers ignore these in meta): frame-ancestors,
 * report-uri/report-to and sandbox. So none of them is set.
 *
 * Pages are read with an HTML parser (parse5), as the browser reads them, so
 * each hash is of the text the browser will hash. The hashing is pure
 * (cspForHtml) and unit-tested; the build step (postBuild.ts) only walks the
 * build output. It runs in `docusaurus build` only: `npm start` has no policy.
 */
import {createHash} from 'node:crypto';
import {readdir, readFile, rename, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {Props} from '@docusaurus/types';
import {parse, type DefaultTreeAdapterTypes} from 'parse5';

type Document = DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Every directive but script-src, which gets the page's hashes. */
export const baseDirectives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // The offline search runs its index in a Worker loaded from the site.
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

export interface InlineScript {
  /** The attributes, by lower-case name, as the HTML parser reads them. */
  attributes: Record<string, string>;
  /** The script's text as the browser hashes it: as parsed, newlines normalized. */
  content: string;
}

/** Every element of a parsed page, in document order (not inside `<template>`, which runs nothing). */
function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child);
  }
}

const attributesOf = (element: Element) => Object.fromEntries(element.attrs.map(({name, value}) => [name, value]));

// The HTML standard's JavaScript MIME type essence matches, plus "module".
const javascriptTypes = new Set([
  '',
  'module',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * Inline scripts the browser would run: no `src`, and a JavaScript type (or
 * none). Data blocks such as `application/ld+json` are not executed, so CSP
 * does not apply to them and they need no hash.
 */
function scriptsOf(document: Document): InlineScript[] {
  const scripts: InlineScript[] = [];
  for (const element of elements(document)) {
    if (element.tagName !== 'script') continue;
    const attributes = attributesOf(element);
    if (attributes.src !== undefined) continue;
    if (attributes.type !== undefined && !javascriptTypes.has(attributes.type.trim().toLowerCase())) continue;
    const content = element.childNodes.map((node) => ('value' in node && node.nodeName === '#text' ? node.value : '')).join('');
    scripts.push({attributes, content});
  }
  return scripts;
}

/** The inline scripts of a page (see scriptsOf), read by an HTML parser. */
export function inlineScripts(html: string): InlineScript[] {
  return scriptsOf(parse(html));
}

/**
 * The CSP hash source of a script's text: what the browser hashes, i.e. the
 * UTF-8 bytes after the HTML parser has normalized newlines (CRLF, CR → LF).
 */
export function scriptHash(content: string): string {
  const text = content.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a page whose inline scripts hash to `hashes`. */
export function policy(hashes: readonly string[]): string {
  const unique = [...new Set(hashes)];
  return baseDirectives
    .map(([name, value]) => (name === 'script-src' ? [name, value, ...unique] : [name, value]).join(' '))
    .join('; ');
}

/**
 * The page with its policy as the first element of `<head>` (after
 * `<meta charset>`), replacing any policy a previous run inserted. Only those
 * two places change: the parser finds them, the rest of the page is kept byte
 * for byte.
 */
export function cspForHtml(html: string): {html: string; policy: string} {
  const document = parse(html, {sourceCodeLocationInfo: true});
  const csp = policy(scriptsOf(document).map((s) => scriptHash(s.content)));
  const all = [...elements(document)];
  const head = all.find((element) => element.tagName === 'head');
  const headTag = head?.sourceCodeLocation?.startTag;
  if (!head || !headTag) throw new Error('no <head> to put the Content-Security-Policy in');
  const first = head.childNodes.find((node) => !(node.nodeName === '#text' && 'value' in node && !node.value.trim()));
  const charset = first && 'tagName' in first && first.tagName === 'meta' && 'charset' in attributesOf(first) ? first : undefined;
  const at = charset?.sourceCodeLocation?.endOffset ?? headTag.endOffset;
  const edits = all
    .filter((e) => e.tagName === 'meta' && attributesOf(e)['http-equiv']?.trim().toLowerCase() === 'content-security-policy')
    .map((e) => ({start: e.sourceCodeLocation!.startOffset, end: e.sourceCodeLocation!.endOffset, text: ''}));
  edits.push({start: at, end: at, text: `<meta http-equiv="Content-Security-Policy" content="${csp}">`});
  // In page order; at one offset, the insertion before a removal that starts there.
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let done = 0;
  for (const {start, end, text} of edits) {
    result += html.slice(done, start) + text;
    done = end;
  }
  return {html: result + html.slice(done), policy: csp};
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      return entry.isFile() && entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
}

/** The build step (postBuild.ts): every HTML file of `outDir` gets its policy. */
export async function addContentSecurityPolicy({outDir}: Pick<Props, 'outDir'>) {
  const files = await htmlFiles(outDir);
  await Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, 'utf8');
      try {
        // The search plugin's postBuild reads these pages meanwhile: replace
        // each file in one step (rename), so no one reads a half-written page.
        const next = `${file}.csp-${process.pid}`;
        await writeFile(next, cspForHtml(html).html);
        await rename(next, file);
      } catch (error) {
        throw new Error(`Content-Security-Policy: ${file}: ${(error as Error).message}`);
      }
    }),
  );
}
