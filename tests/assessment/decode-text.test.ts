import { expect, test } from 'vitest';
import { decodeFileText } from '../../src/assessment/decode-text';

test('a UTF-8 file is read as it is, without a warning', () => {
  expect(decodeFileText(new TextEncoder().encode('{"name":"Clínica Peña"}'))).toEqual({ text: '{"name":"Clínica Peña"}' });
});

test('a Latin-1 file keeps its accented letters, and says how it was read', () => {
  // "Clínica Peña" in ISO-8859-1: í is 0xED, ñ is 0xF1 (invalid as UTF-8).
  const bytes = Uint8Array.from(
    [...'{"name":"Cl']
      .map((char) => char.charCodeAt(0))
      .concat(
        [0xed],
        [...'nica Pe'].map((char) => char.charCodeAt(0)),
        [0xf1],
        [...'a"}'].map((char) => char.charCodeAt(0)),
      ),
  );
  const decoded = decodeFileText(bytes);
  expect(decoded.text).toBe('{"name":"Clínica Peña"}');
  expect(decoded.warning).toMatch(/not saved as UTF-8/);
  expect(decoded.text).not.toContain('\uFFFD');
});
