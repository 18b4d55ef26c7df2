import { describe, expect, it } from 'vitest';
import { sqliteFileProblem } from '../../electron/services/core/db-file';

/** The 100-byte header of an SQLite file of `pages` pages of `pageSize` bytes (https://www.sqlite.org/fileformat.html). */
function header({ pageSize = 4096, pages = 3, changeCounter = 7, validFor = 7 } = {}): Uint8Array {
  const bytes = new Uint8Array(100);
  bytes.set(new TextEncoder().encode('SQLite format 3\0'), 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(16, pageSize === 65_536 ? 1 : pageSize);
  view.setUint32(24, changeCounter);
  view.setUint32(28, pages);
  view.setUint32(92, validFor);
  return bytes;
}

describe('a database file whose length disagrees with its header is not whole (issue 5: a file truncated by one byte was restored)', () => {
  it.each<[string, Uint8Array, number, RegExp | null]>([
    ['a whole file', header(), 3 * 4096, null],
    ['a whole file of 64 KiB pages', header({ pageSize: 65_536, pages: 2 }), 2 * 65_536, null],
    ['an empty file (a copy a crash interrupted)', header(), 0, /empty/],
    ['a file shorter than a header', header(), 50, /too short/],
    ['one byte short', header(), 3 * 4096 - 1, /cut short/],
    ['one whole page short, as the header counts', header(), 2 * 4096, /cut short \(8192 bytes where its header says 12288\)/],
    ['one page short, with a header count SQLite would not trust either', header({ changeCounter: 8, validFor: 7 }), 2 * 4096, null],
    ['an impossible page size', header({ pageSize: 1000 }), 3000, /page size/],
    ['not an SQLite file', new TextEncoder().encode('just some text, not a database'.padEnd(100, '.')), 4096, /not an SQLite database/],
  ])('%s', (_name, bytes, size, problem) => {
    const found = sqliteFileProblem(bytes, size);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
