// My photo's face landmarks inside the JPEG I send (an APP11 segment right after the start of
// image), so Python receivers frame my photo by them (shared/photo_landmarks.py reads it; the
// layout is in shared/PROTOCOL.md "Photo landmarks"). Decoders skip APPn segments they do not
// know, so every receiver still decodes the photo.
export const MAGIC = 'photocall-landmarks\0';
export const VERSION = 1;
const APP11 = 0xeb;

/** The APP11 segment for 478 [x, y, z] landmarks (the JPEG's pixels). */
export function landmarkSegment(points) {
  const payload = MAGIC.length + 3 + points.length * 12;
  const out = new Uint8Array(4 + payload);
  const view = new DataView(out.buffer);
  out[0] = 0xff; out[1] = APP11;
  view.setUint16(2, payload + 2); // big-endian, counting itself
  for (let i = 0; i < MAGIC.length; i++) out[4 + i] = MAGIC.charCodeAt(i);
  let at = 4 + MAGIC.length;
  out[at] = VERSION;
  view.setUint16(at + 1, points.length, true);
  at += 3;
  for (const p of points) for (const v of p) { view.setFloat32(at, v, true); at += 4; }
  return out;
}

/** ``jpeg`` (Uint8Array) with the landmarks' segment after its SOI marker. */
export function withLandmarks(jpeg, points) {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const seg = landmarkSegment(points);
  const out = new Uint8Array(jpeg.length + seg.length);
  out.set(jpeg.subarray(0, 2)); out.set(seg, 2); out.set(jpeg.subarray(2), 2 + seg.length);
  return out;
}

/** The landmarks a JPEG carries ([[x, y, z] × 478] in its pixels), or null: no segment, or a
 * malformed or implausible one (shared/photo_landmarks.py read_landmarks, same rules). size:
 * [width, height] of the decoded picture, to refuse points far outside it. */
export function readLandmarks(bytes, size = null) {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) { at += 1; continue; }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { at += 2; continue; }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = view.getUint16(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    if (marker === APP11 && length - 2 >= MAGIC.length && [...MAGIC].every((c, i) => bytes[at + 4 + i] === c.charCodeAt(0))) {
      return points(view, at + 4 + MAGIC.length, length - 2 - MAGIC.length, size);
    }
    at += 2 + length;
  }
  return null;
}

const COUNT = 478;
const MARGIN = 0.5;

function points(view, at, length, size) {
  if (length !== 3 + COUNT * 12 || view.getUint8(at) !== VERSION || view.getUint16(at + 1, true) !== COUNT) return null;
  const out = [];
  for (let i = 0, p = at + 3; i < COUNT; i++, p += 12) {
    const q = [view.getFloat32(p, true), view.getFloat32(p + 4, true), view.getFloat32(p + 8, true)];
    if (!q.every(Number.isFinite)) return null;
    if (size && (q[0] < -MARGIN * size[0] || q[0] > (1 + MARGIN) * size[0] || q[1] < -MARGIN * size[1] || q[1] > (1 + MARGIN) * size[1])) return null;
    out.push(q);
  }
  return out;
}
