import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe on the rendered document. Colour contrast needs real layout, so it is checked in
 * the browser tests instead; everything else is checked here.
 */
export async function expectNoAxeViolations(container: Element = document.body): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}
