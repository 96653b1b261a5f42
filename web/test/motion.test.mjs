// The page's motion pieces that need no browser: the seeded generator against numbers from
// sender/motion/rng.py (the head process depends on both drawing alike), and the VR layout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PortableRng } from '../src/rng.js';
import { FACE_WIDTH, VIEW_DISTANCE, vrLayout } from '../src/vr.js';

test('PortableRng draws what rng.py draws', () => {
  // PortableRng(7) in Python: next_u32 x3, random, normal x2, gamma(3, 1.5), uniform(0.7, 1.2)
  const r = new PortableRng(7);
  assert.deepEqual([r.nextU32(), r.nextU32(), r.nextU32()], [1004282400, 2200021487, 1928073449]);
  assert.equal(r.random(), 0.17271522108964366);
  assert.equal(r.normal(), -0.7045168224139193);
  assert.equal(r.normal(), 0.8870076646531538);
  assert.equal(r.gamma(3.0, 1.5), 3.254425587124576);
  assert.equal(r.uniform(0.7, 1.2), 0.7996932373064737);
});

test('VR: the photo straight ahead, life-size, eyes at eye height; the head beside it', () => {
  const face = { cx: 0.55, eyeY: 0.4, faceW: 0.3 };
  const { photo, head } = vrLayout(face, true);
  assert.ok(Math.abs(photo.width * face.faceW - FACE_WIDTH) < 1e-12); // the face 0.22 m wide
  assert.ok(Math.abs(photo.x + (face.cx - 0.5) * photo.width) < 1e-12); // face centre at x = 0
  assert.ok(Math.abs(photo.y + (0.5 - face.eyeY) * photo.width) < 1e-12); // eye line at y = 0
  assert.equal(photo.z, -VIEW_DISTANCE);
  assert.ok(head.x < photo.x - photo.width / 2 && head.yaw > 0); // left of it, turned to the viewer
  assert.equal(vrLayout(face, false).head, null);
  assert.deepEqual(vrLayout(null, false).photo, null); // no photo yet: the head alone, ahead
  assert.equal(vrLayout(null, false).head.x, 0);
  assert.equal(vrLayout({ cx: 0.5, eyeY: 0.4, faceW: 0.05 }, false).photo.width, 1.2); // capped
});
