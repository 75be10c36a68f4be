// Part of the page script (src/main.tsx): runs before the first paint. Decision record 0007.
import publicSansBold from '../../styles/fonts/PublicSans-Bold-latin.woff2?url';
import publicSansRegular from '../../styles/fonts/PublicSans-Regular-latin.woff2?url';

/** The characters the Latin cut of Public Sans has (fonts/README.md); others use the system font. */
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+2074, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

/**
 * Public Sans, if its files are already in this browser: when the service worker controls the
 * page it has precached the whole build, fonts included (in development, always). On a first
 * visit the page keeps the system font: downloading the fonts before the first paint would delay
 * it, and swapping them in after it would move the text. Never after a paint (browsers that
 * ignore `blocking="render"` may run this script late): the text must not move.
 */
export function applyWebFontsIfCached(): void {
  const cached = import.meta.env.DEV || ('serviceWorker' in navigator && navigator.serviceWorker.controller !== null);
  const painted = performance.getEntriesByType('paint').length > 0;
  if (!cached || painted || !('fonts' in document)) return;
  for (const [url, weight] of [
    [publicSansRegular, '400'],
    [publicSansBold, '700'],
  ] as const) {
    // `optional`: used if it is ready within a short moment, otherwise the system font for good.
    document.fonts.add(new FontFace('Public Sans Web', `url("${url}") format("woff2")`, { weight, style: 'normal', unicodeRange: LATIN, display: 'optional' }));
  }
}
