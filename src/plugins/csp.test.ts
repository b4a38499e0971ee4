import {createHash} from 'node:crypto';
import {mkdtemp, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {addContentSecurityPolicy, cspForHtml, inlineScripts, policy, scriptHash} from './csp';

const themeScript = `!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()`;
const page = `<!doctype html>
<html lang="en"><head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.10.2">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org"}</script>
<link rel="stylesheet" href="/assets/css/styles.css">
<script src="/assets/js/runtime~main.js" defer="defer"></script>
</head><body><script>${themeScript}</script><div id="__docusaurus"></div></body></html>`;

const scriptSrc = (csp: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;

describe('scriptHash', () => {
  it('is the CSP sha256 source of the exact script text', () => {
    // The example in the CSP specification's hash-source section.
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('hashes what the browser hashes: newlines normalized by the HTML parser, nothing trimmed', () => {
    expect(scriptHash('a();\r\nb();\rc();')).toBe(scriptHash('a();\nb();\nc();'));
    expect(scriptHash(' a(); ')).not.toBe(scriptHash('a();'));
    // UTF-8 bytes: 22 c3 a9 22.
    const utf8 = createHash('sha256').update(Buffer.from([0x22, 0xc3, 0xa9, 0x22])).digest('base64');
    expect(scriptHash('"é"')).toBe(`'sha256-${utf8}'`);
  });
});

describe('inlineScripts', () => {
  it('finds scripts the browser runs, not external ones or data blocks', () => {
    expect(inlineScripts(page).map((s) => s.content)).toEqual([themeScript]);
  });

  it('takes types, unquoted attributes and ">" inside attribute values into account', () => {
    const html = [
      `<script type="module">m()</script>`,
      `<script type=text/javascript>t()</script>`,
      `<script data-x="a>b">q()</script>`,
      `<SCRIPT>upper()</SCRIPT >`,
      `<script type="application/json">{"a":1}</script>`,
      `<script src=/a.js></script>`,
      `<script data-src="x">d()</script>`,
    ].join('');
    expect(inlineScripts(html).map((s) => s.content)).toEqual(['m()', 't()', 'q()', 'upper()', 'd()']);
  });
});

describe('policy', () => {
  it('allows scripts from the site and by hash, never unsafe-inline or unsafe-eval for scripts', () => {
    const csp = policy(["'sha256-abc='", "'sha256-abc='", "'sha256-def='"]);
    expect(scriptSrc(csp)).toBe("script-src 'self' 'sha256-abc=' 'sha256-def='");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    // Ignored in a meta policy, so absent rather than misleading.
    expect(csp).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
  });
});

describe('cspForHtml', () => {
  it('puts the policy first in <head>, after <meta charset>, with the hash of each inline script', () => {
    const {html, policy: csp} = cspForHtml(page);
    expect(html).toContain(
      `<head>\n<meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${csp}">\n<meta name="generator"`,
    );
    expect(scriptSrc(csp)).toBe(`script-src 'self' ${scriptHash(themeScript)}`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    // The page is otherwise untouched.
    expect(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(page);
  });

  it('goes right after <head> when there is no charset declaration to keep first', () => {
    const {html} = cspForHtml('<html><head><title>x</title><script>x()</script></head></html>');
    expect(html).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/);
  });

  it('replaces the policy of an earlier run instead of adding a second one', () => {
    const once = cspForHtml(page).html;
    const twice = cspForHtml(once).html;
    expect(twice).toBe(once);
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('refuses a page without <head>', () => {
    expect(() => cspForHtml('<p>fragment</p>')).toThrow(/no <head>/);
  });
});

describe('the build step', () => {
  it('adds the policy to every HTML file of the build, in every folder, and nothing else', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'csp-'));
    try {
      await mkdir(join(outDir, 'docs', 'deep'), {recursive: true});
      await writeFile(join(outDir, 'index.html'), page);
      await writeFile(join(outDir, '404.html'), page);
      await writeFile(join(outDir, 'docs', 'deep', 'index.html'), page.replace(themeScript, 'other()'));
      await writeFile(join(outDir, 'docs', 'data.json'), '{"a":"<head>"}');
      await addContentSecurityPolicy({outDir});
      for (const file of ['index.html', '404.html']) {
        expect(await readFile(join(outDir, file), 'utf8')).toContain(scriptHash(themeScript));
      }
      expect(await readFile(join(outDir, 'docs', 'deep', 'index.html'), 'utf8')).toContain(scriptHash('other()'));
      expect(await readFile(join(outDir, 'docs', 'data.json'), 'utf8')).toBe('{"a":"<head>"}');
      // Each page was replaced in one step: no temporary file is left behind.
      expect((await readdir(outDir, {recursive: true})).sort()).toEqual(
        ['404.html', 'docs', 'docs/data.json', 'docs/deep', 'docs/deep/index.html', 'index.html'].sort(),
      );
    } finally {
      await rm(outDir, {recursive: true, force: true});
    }
  });
});
