import { vi } from 'vitest';

/** Catches what the app hands the browser to download: each file's name and text. */
export type CaughtFile = { name: string; type: string; text: string; /** The first three bytes, for a byte-order mark. */ head: number[] };

export function catchDownloads(): { files: () => Promise<CaughtFile[]> } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:download-${blobs.length}`;
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return {
    files: () =>
      Promise.all(blobs.map(async (blob, index) => ({ name: names[index] ?? '', type: blob.type, text: await blob.text(), head: [...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)] }))),
  };
}
