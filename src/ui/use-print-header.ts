import { useEffect } from 'react';

/** `text` as a CSS string: quotes, backslashes and line breaks escaped, so typed text stays text. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`;
}

/**
 * Prints `text` at the top of every printed page (a page margin box) while the component is
 * shown. The browser's page margins are the only running header that print-to-PDF repeats; their
 * text can only come from CSS, so a constructed style sheet carries it (no inline style, which
 * the content security policy would refuse).
 */
export function usePrintHeader(text: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return undefined;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(`@media print { @page { @top-left { content: ${cssString(text)}; font-size: 9pt; } } }`);
    } catch {
      return undefined;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [text]);
}
