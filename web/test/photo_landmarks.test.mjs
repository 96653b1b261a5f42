// The landmarks segment the page puts in its JPEG (src/photo-landmarks.js) against the bytes of
// Python's shared/photo_landmarks.py (tests/golden/photo_landmarks_segment.bin).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { landmarkSegment, withLandmarks } from '../src/photo-landmarks.js';

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
