// The page's crop of its own photo (src/crop.js) against receiver/render/photo.py crop_box and
// border.py fit_crop: the numbers below are Python's for the same landmarks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cropBox, cropLandmarks, fitCrop } from '../src/crop.js';

const points = Array.from({ length: 478 }, () => [0, 0, 0]);
points[10] = [300, 200, 0]; points[152] = [310, 420, 0]; points[234] = [200, 300, 0]; points[454] = [420, 310, 0];
const close = (a, b) => a.forEach((v, i) => assert.ok(Math.abs(v - b[i]) < 1e-4, `${a} vs ${b}`));

test('crop box: 2.3 face heights around the face, as photo.py crop_box', () => {
  close(cropBox(points), [56.738768768310564, 117.52146426391604, 506.5224624633789]);
});

test('fit crop: shrunk and shifted into the photo, as border.py fit_crop', () => {
  close(fitCrop(cropBox(points), 640, 480), [70.0, 73.18269549560549, 480.0]);
  close(fitCrop(cropBox(points), 2000, 2000), cropBox(points)); // inside: unchanged
});

test('landmarks in the crop\'s pixels', () => {
  const [[x, y, z]] = cropLandmarks([[170, 130, 10]], [70, 30, 400], 256);
  close([x, y, z], [64, 64, 6.4]);
});
