/**
 * Bytes ↔ base64 for the file-system messages of the web build (see ReadFileRequest in protocol.ts).
 * Both ends run where atob and btoa exist: a browser, a web worker, the web extension host, Node 16+.
 */

/** Characters handed to String.fromCharCode at once; large enough to be quick, small enough for the stack. */
const chunkSize = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
