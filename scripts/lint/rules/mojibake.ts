import {visit} from 'unist-util-visit';
import type {Nodes} from 'mdast';
import type {Position} from 'unist';
import {location} from 'vfile-location';
import {isElement} from '../../../src/module/read';
import {defineRule} from '../rule';

// Windows-1252 characters for bytes 0x80-0x9F (the rest of 0x80-0xFF is Latin-1).
const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
// A UTF-8 continuation byte (0x80-0xBF) as Windows-1252 or Latin-1 shows it.
const cont = `[${cp1252}\\u0080-\\u009F\\u00A0-\\u00BF]`;
/**
 * UTF-8 read as Windows-1252/Latin-1: a lead byte shown as Â, Ã (2-byte),
 * â (3-byte, e.g. â€™ for ’) or ð (4-byte, e.g. ðŸš€ for 🚀), followed by
 * continuation bytes; a byte-order mark shown as ï»¿; or U+FFFD, what a
 * decoder writes for bytes it could not read.
 */
export const mojibakePattern = new RegExp(`[ÂÃ]${cont}|â${cont}{1,2}|ð${cont}{1,3}|ï»¿|\\uFFFD`, 'g');

/** What the bytes meant: "â€™" -> "’", or undefined if they do not decode. */
export function repair(text: string): string | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const special = cp1252.indexOf(char);
    if (special >= 0) bytes.push(0x80 + special);
    else if (code <= 0xff) bytes.push(code);
    else return undefined;
  }
  const decoded = Buffer.from(bytes).toString('utf8');
  return decoded.includes('\uFFFD') ? undefined : decoded;
}

// Nodes whose own source text a reader (or a search engine) sees.
const literal = new Set(['text', 'inlineCode', 'code', 'yaml', 'html', 'mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm', 'link', 'image', 'definition', 'linkReference', 'imageReference']);

export const mojibake = defineRule({
  id: 'content/mojibake',
  scope: 'page',
  description: 'No mojibake: `â€™`, `ðŸ`, `Ã©` and the like, left behind when UTF-8 text is read in the wrong encoding.',
  check({tree, file, report}) {
    const text = String(file.value);
    const where = location(text);
    const seen = new Set<number>();
    const scan = (position: Position | undefined) => {
      const start = position?.start.offset;
      const end = position?.end.offset;
      if (start === undefined || end === undefined) return;
      for (const match of text.slice(start, end).matchAll(mojibakePattern)) {
        const offset = start + match.index;
        if (seen.has(offset)) continue;
        seen.add(offset);
        const found = match[0];
        const fixed = found === '\uFFFD' ? undefined : repair(found);
        const what = found === '\uFFFD' ? 'a replacement character (�): text was lost to a wrong encoding' : `mojibake "${found}": UTF-8 text read in the wrong encoding`;
        const todo = fixed ? `replace it with "${fixed}"` : 'retype the character it stands for';
        const point = where.toPoint(offset);
        report(point && {line: point.line, column: point.column}, `Found ${what}; ${todo} and save the file as UTF-8.`);
      }
    };
    visit(tree, (node: Nodes) => {
      if (literal.has(node.type)) scan(node.position);
      if (isElement(node)) for (const attr of node.attributes) scan(attr.position);
    });
  },
});
