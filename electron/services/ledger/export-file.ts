/**
 * Writes an export to disk a chunk at a time, so a journal of a million postings never sits in memory as
 * one string. The file is written beside the target under a temporary name and renamed into place only
 * when complete: a failure half-way leaves the person's earlier file (or nothing) rather than a torn one.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/** About a megabyte of text per write: few system calls, little memory. */
const CHUNK_CHARACTERS = 1 << 20;

export interface TextSink {
  write(text: string): void;
  /** Bytes already encoded, written after any text still held. */
  writeBytes(bytes: Uint8Array): void;
}

/** write(2) may write less than asked (a full disk): keep going until all is written or it fails. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

class ChunkedFile implements TextSink {
  private parts: string[] = [];
  private pending = 0;

  constructor(private readonly fd: number) {}

  write(text: string): void {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= CHUNK_CHARACTERS) this.flush();
  }

  writeBytes(bytes: Uint8Array): void {
    this.flush();
    writeAll(this.fd, bytes);
  }

  flush(): void {
    if (this.parts.length === 0) return;
    writeAll(this.fd, Buffer.from(this.parts.join(''), 'utf8'));
    this.parts = [];
    this.pending = 0;
  }
}

/** Runs `fill` against a sink that ends up as the file at `path`; returns what `fill` returns. */
export function writeInChunks<T>(path: string, fill: (sink: TextSink) => T): T {
  const partial = `${path}.part`;
  const fd = openSync(partial, 'w');
  let open = true;
  try {
    const sink = new ChunkedFile(fd);
    const result = fill(sink);
    sink.flush();
    fsyncSync(fd);
    closeSync(fd);
    open = false;
    renameSync(partial, path);
    return result;
  } catch (error) {
    if (open) closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
}

/** A file built whole in memory (the XLSX), put in place the same way. */
export function writeWhole(path: string, bytes: Uint8Array): void {
  writeInChunks(path, (sink) => sink.writeBytes(bytes));
}
