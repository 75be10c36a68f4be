/** The text of a file, and a warning when it was not saved as UTF-8. */
export type DecodedText = { text: string; warning?: string };

/**
 * Reads a file's bytes as UTF-8, the encoding this tool writes. A file saved in another
 * encoding (an editor's "Western", Latin-1) is read as Windows-1252, its superset, and said so,
 * instead of filling accented names with replacement characters.
 */
export function decodeFileText(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warning: 'The file was not saved as UTF-8 text, so it was read as Western (Windows-1252) text. Check names with accented letters.',
    };
  }
}
