import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';

/**
 * Draws the PNG app icons the web manifest lists from public/icons/icon.svg, with the local
 * Chromium (no network, no image library). Run by hand when the icon changes:
 * `npx tsx scripts/generate-icons.ts`; the PNGs are committed.
 */
async function main(): Promise<void> {
  const found = findChromium();
  if (found.path === null) throw new Error(found.problem);
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  try {
    for (const size of [192, 512]) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const svg = readFileSync('public/icons/icon.svg', 'utf8');
      await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" style="display:block" `)}</body>`);
      await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
