/**
 * Renders the social card (the image link previews show) from our SVG:
 * static/img/social-card.svg → static/img/social-card.png, 1200×630, in
 * Chromium. Commit both. The PNG records the SVG's SHA-256, so a test fails
 * when the SVG changes and the PNG was not made again.
 *
 *   npm run social-card
 */
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';
import {chromiumPath} from '../playwright.config';
import {withText} from './png';

export const width = 1200;
export const height = 630;
export const svgPath = fileURLToPath(new URL('../static/img/social-card.svg', import.meta.url));
export const pngPath = fileURLToPath(new URL('../static/img/social-card.png', import.meta.url));
export const sourceKeyword = 'Source-SHA256';

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

async function main() {
  const svg = readFileSync(svgPath, 'utf8');
  const browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']});
  try {
    const page = await browser.newPage({viewport: {width, height}, deviceScaleFactor: 1});
    await page.setContent(
      `<!doctype html><html><body style="margin:0">${svg.replace('<svg', '<svg style="display:block"')}</body></html>`,
    );
    const png = await page.screenshot({type: 'png', clip: {x: 0, y: 0, width, height}});
    writeFileSync(pngPath, withText(png, sourceKeyword, sha256(svg)));
    console.log(`Wrote ${pngPath} (${width}x${height}) from ${svgPath}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
