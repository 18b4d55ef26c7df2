/**
 * The import screen's file reading. The flow itself (errors by line, nothing written, the corrected file
 * imported) is tests/e2e/members-import.spec.ts's: component tests keep field wiring, e2e keeps flows.
 */
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../renderer/src/components/file-base64';

describe('members import', () => {
  it('base64-encodes a large file in chunks, byte for byte', () => {
    const bytes = new Uint8Array(3_000_001).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
