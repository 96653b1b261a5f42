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
