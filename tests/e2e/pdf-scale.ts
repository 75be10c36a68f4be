import { inflateSync } from 'node:zlib';

const TRANSFORM = /(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) cm/g;

/**
 * How large the first printed page draws the page's content: PDF points per CSS pixel, from the
 * first two transforms of its content (Chromium's: device scale, then the page's own scale).
 * 0.75 at 100 %; less when Chromium shrank content too wide for the paper to fit it.
 */
export function firstPageScale(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue;
    }
    if (!/ Tf\b/.test(content)) continue;
    const [first, second] = [...content.matchAll(TRANSFORM)].map((transform) => Math.abs(Number(transform[1])));
    if (first !== undefined && second !== undefined) return first * second;
  }
  throw new Error('no page with text and transforms found in the PDF');
}
