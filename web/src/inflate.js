// gzip, undone with the browser's own DecompressionStream (render graphs travel gzipped: an
// ONNX frame graph of float32 constants shrinks to about a third).
const GZIP_MAGIC = [0x1f, 0x8b];

export const isGzip = (bytes) => bytes.length > 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];

/** bytes, gunzipped if they are gzip, else as they are; refuses output over maxBytes. */
export async function inflate(bytes, maxBytes = 64 * 1024 * 1024) {
  if (!isGzip(bytes)) return bytes;
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const parts = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) { await reader.cancel(); throw new Error(`inflates past ${maxBytes} bytes`); }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}
