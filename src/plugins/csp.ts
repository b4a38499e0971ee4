/**
 * Content Security Policy for a site GitHub Pages serves: Pages cannot send
 * headers, so after the build every HTML file gets the policy as
 * `<meta http-equiv="Content-Security-Policy">`, first in `<head>` (after
 * `<meta charset>`), before anything it governs.
 *
 * Scripts: same-origin files, plus the inline scripts Docusaurus emits (the
 * colour-mode bootstrap and the like), each allowed by the SHA-256 of its
 * exact text in that page. No 'unsafe-inline' for scripts, no 'unsafe-eval'.
 * Styles keep 'unsafe-inline': React writes `style` attributes.
 *
 * What a meta policy cannot do (browsers ignore these in meta): frame-ancestors,
 * report-uri/report-to and sandbox. So none of them is set.
 *
 * The hashing is pure (cspForHtml) and unit-tested; the plugin only walks the
 * build output. It runs in `docusaurus build` only: `npm start` has no policy.
 */
import {createHash} from 'node:crypto';
import {readdir, readFile, rename, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

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
  /** The attributes as written in the opening tag. */
  attributes: string;
  /** The text between `<script …>` and `</script>`, untouched. */
  content: string;
}

const scriptPattern = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+)))?(?=\\s|/|$)`, 'i').exec(
    attributes,
  );
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

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
export function inlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  for (const match of html.matchAll(scriptPattern)) {
    const [, attributes, content] = match;
    if (attribute(attributes, 'src') !== undefined) continue;
    const type = attribute(attributes, 'type');
    if (type !== undefined && !javascriptTypes.has(type.trim().toLowerCase())) continue;
    scripts.push({attributes, content});
  }
  return scripts;
}

/**
 * The CSP hash source of a script's text: what the browser hashes, i.e. the
 * UTF-8 bytes after the HTML parser has normalised newlines (CRLF, CR → LF).
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

const existingMeta = /<meta\s+http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/gi;

/**
 * The page with its policy as the first element of `<head>` (after
 * `<meta charset>`), replacing any policy a previous run inserted.
 */
export function cspForHtml(html: string): {html: string; policy: string} {
  const withoutPolicy = html.replace(existingMeta, '');
  const csp = policy(inlineScripts(withoutPolicy).map((s) => scriptHash(s.content)));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
  const head = /<head(?:\s[^>]*)?>(\s*<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>)?/i.exec(withoutPolicy);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  const at = head.index + head[0].length;
  return {html: withoutPolicy.slice(0, at) + meta + withoutPolicy.slice(at), policy: csp};
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

export default function cspPlugin(_context: LoadContext): Plugin {
  return {
    name: 'site-csp',
    async postBuild({outDir}) {
      const files = await htmlFiles(outDir);
      await Promise.all(
        files.map(async (file) => {
          const html = await readFile(file, 'utf8');
          try {
            // Other plugins' postBuild run at the same time, and the search
            // plugin reads these pages: replace each file in one step
            // (rename), so no one ever reads a half-written page.
            const next = `${file}.csp-${process.pid}`;
            await writeFile(next, cspForHtml(html).html);
            await rename(next, file);
          } catch (error) {
            throw new Error(`Content-Security-Policy: ${file}: ${(error as Error).message}`);
          }
        }),
      );
    },
  };
}
