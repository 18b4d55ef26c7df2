/**
 * Base64 of a file's bytes without `String.fromCharCode(...bytes)`, which overflows the call stack on
 * files of a few hundred kilobytes: the bytes go through in chunks well under any engine's argument limit.
 */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(String.fromCharCode.apply(null, Array.from(bytes.subarray(start, start + CHUNK))));
  }
  return btoa(parts.join(''));
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
