// The landmarks segment the page puts in its JPEG (src/photo-landmarks.js) against the bytes of
// Python's shared/photo_landmarks.py (tests/golden/photo_landmarks_segment.bin).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { landmarkSegment, readLandmarks, withLandmarks } from '../src/photo-landmarks.js';
import { layoutFromLandmarks } from '../src/photo.js';

const golden = new Uint8Array(readFileSync(fileURLToPath(new URL('../../tests/golden/photo_landmarks_segment.bin', import.meta.url))));
const points = Array.from({ length: 478 }, (_, i) => [i / 2, i / 4 + 0.125, -i / 64]);

test('the landmarks segment is byte for byte Python\'s', () => {
  assert.deepEqual(landmarkSegment(points), golden);
});

test('the segment goes right after the JPEG\'s start of image', () => {
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xdb, 0, 3, 9, 0xff, 0xd9]);
  const out = withLandmarks(jpeg, points);
  assert.deepEqual(out.subarray(0, 2), jpeg.subarray(0, 2));
  assert.deepEqual(out.subarray(2, 2 + golden.length), golden);
  assert.deepEqual(out.subarray(2 + golden.length), jpeg.subarray(2));
  assert.throws(() => withLandmarks(Uint8Array.from([0x89, 0x50]), points), /not a JPEG/);
});

test('a receiving page reads the landmarks back, and refuses bad segments', () => {
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xdb, 0, 3, 9, 0xff, 0xda, 0, 2, 0xff, 0xd9]);
  const got = readLandmarks(withLandmarks(jpeg, points), [512, 512]);
  assert.deepEqual(got, points.map((p) => p.map(Math.fround)));
  assert.equal(readLandmarks(jpeg), null); // none
  assert.equal(readLandmarks(withLandmarks(jpeg, points), [8, 8]), null); // far outside the picture
  const bad = withLandmarks(jpeg, points);
  bad[2 + 4 + 20] = 2; // version
  assert.equal(readLandmarks(bad), null);
  const nan = withLandmarks(jpeg, points);
  new DataView(nan.buffer).setFloat32(2 + 4 + 23, NaN, true);
  assert.equal(readLandmarks(nan), null);
  const cut = withLandmarks(jpeg, points).subarray(0, 300); // truncated
  assert.equal(readLandmarks(cut), null);
  for (let n = 0; n < 200; n++) { // any bytes: landmarks or null, never a throw
    const b = withLandmarks(jpeg, points);
    b[2 + ((n * 7919) % 40)] = (n * 31) & 255;
    const r = readLandmarks(b);
    assert.ok(r === null || r.length === 478);
  }
});

test('the template warp is placed where the landmarks put the face', () => {
  const p = Array.from({ length: 478 }, () => [0, 0, 0]);
  const set = (ids, x, y) => ids.forEach((i) => { p[i] = [x, y, 0]; });
  set([234], 300, 400); set([454], 500, 400); set([33, 133], 360, 380); set([362, 263], 440, 380);
  set([13, 14], 400, 470); set([61], 370, 470); set([291], 430, 470); set([152], 400, 520); set([105, 334], 400, 350);
  // an 800 x 600 picture: centre-cropped to 600 x 600 starting at x = 100
  const L = layoutFromLandmarks(p, 800, 600);
  const near = (a, b) => assert.ok(Math.abs(a - b) < 1e-12, `${a} vs ${b}`);
  near(L.cx, 0.5); near(L.faceW, 200 / 600); near(L.eyeY, 380 / 600); near(L.eyeX, 40 / 600);
  near(L.mouthY, 470 / 600); near(L.mouthW, 30 / 600); near(L.chinY, 520 / 600); near(L.browY, 350 / 600);
  assert.equal(L.source, 'landmarks');
});
