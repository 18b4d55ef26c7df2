/**
 * A database file as bytes on a disk: whether its header and length agree (a truncated copy does not),
 * and writing a copy so that, once renamed into place, it is whole even after a crash or a power cut.
 */
import { closeSync, constants, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { DomainError } from '../../../shared/contract/errors';

/** The first 100 bytes of every SQLite file (https://www.sqlite.org/fileformat.html#the_database_header). */
export const SQLITE_HEADER_BYTES = 100;
const MAGIC = 'SQLite format 3\0';

/**
 * Why these bytes cannot be a whole SQLite file, or null. The header's page count is trusted only when
 * its "version-valid-for" number equals the change counter, as SQLite itself does; a file one byte
 * short is then caught even when SQLite would read the missing byte as zero and call the file sound.
 */
export function sqliteFileProblem(header: Uint8Array, size: number): string | null {
  if (size === 0) return 'the file is empty';
  if (size < SQLITE_HEADER_BYTES || header.length < SQLITE_HEADER_BYTES) return 'the file is too short to be a database';
  if (Buffer.from(header.subarray(0, 16)).toString('latin1') !== MAGIC) return 'the file is not an SQLite database';
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return 'the file header names an impossible page size';
  if (size % pageSize !== 0) return 'the file is cut short (its length is not a whole number of pages)';
  const changeCounter = view.getUint32(24);
  const pages = view.getUint32(28);
  if (view.getUint32(92) === changeCounter && pages !== 0 && pages * pageSize !== size) {
    return `the file is cut short (${size} bytes where its header says ${pages * pageSize})`;
  }
  return null;
}

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A rename is durable only once the folder that holds the name is on the disk too (not on Windows, which cannot open folders). */
export function fsyncFolder(path: string): void {
  if (process.platform === 'win32') return;
  fsyncPath(path);
}

/** Renames a finished, synced file over `destination` and makes the new name durable. */
export function renameDurably(from: string, destination: string): void {
  renameSync(from, destination);
  fsyncFolder(dirname(destination));
}

const notAFile = (path: string) =>
  new DomainError('NOT_A_MINGA_DATABASE', `${path} is not a regular file.`, {
    key: 'errors.NOT_A_REGULAR_FILE',
    params: { path: basename(path) },
  });

/**
 * Copies `source` to `destination` and syncs the copy. The source is opened without blocking and must be
 * a regular file by its open descriptor, so a FIFO or a device never freezes the process and cannot be
 * swapped in between the check and the read.
 */
export async function copyRegularFileDurably(source: string, destination: string): Promise<void> {
  let input;
  try {
    input = await open(source, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new DomainError('NOT_FOUND', `No file at ${source}.`, { key: 'errors.FILE_NOT_FOUND', params: { path: basename(source) } });
    }
    throw notAFile(source);
  }
  try {
    if (!(await input.stat()).isFile()) throw notAFile(source);
    const output = await open(destination, 'w');
    try {
      const buffer = Buffer.alloc(1 << 20);
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        await output.write(buffer, 0, bytesRead);
      }
      await output.sync();
    } finally {
      await output.close();
    }
  } catch (error) {
    rmSync(destination, { force: true });
    throw error;
  } finally {
    await input.close();
  }
}
