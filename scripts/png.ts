/**
 * Just enough PNG: read the size (IHDR) and text chunks, add a text chunk.
 * Lets the social card record which SVG it was made from, and tests check it.
 */
import {crc32} from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngInfo {
  width: number;
  height: number;
  /** tEXt chunks, keyword → text. */
  text: Record<string, string>;
}

function* chunks(png: Buffer): Generator<{type: string; data: Buffer; end: number}> {
  if (png.length < 8 || !png.subarray(0, 8).equals(signature)) throw new Error('not a PNG file');
  let at = 8;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    yield {type, data: png.subarray(at + 8, at + 8 + length), end};
    at = end;
  }
}

export function readPng(png: Buffer): PngInfo {
  const info: PngInfo = {width: 0, height: 0, text: {}};
  for (const {type, data} of chunks(png)) {
    if (type === 'IHDR') {
      info.width = data.readUInt32BE(0);
      info.height = data.readUInt32BE(4);
    } else if (type === 'tEXt') {
      const nul = data.indexOf(0);
      info.text[data.toString('latin1', 0, nul)] = data.toString('latin1', nul + 1);
    }
  }
  if (!info.width) throw new Error('PNG without IHDR');
  return info;
}

/** The PNG with a tEXt chunk added right after IHDR. */
export function withText(png: Buffer, keyword: string, text: string): Buffer {
  const ihdr = chunks(png).next().value;
  if (!ihdr || ihdr.type !== 'IHDR') throw new Error('PNG without IHDR');
  const type = Buffer.from('tEXt', 'latin1');
  const data = Buffer.from(`${keyword}\0${text}`, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  return Buffer.concat([png.subarray(0, ihdr.end), length, type, data, crc, png.subarray(ihdr.end)]);
}
