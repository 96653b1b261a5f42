// The page's motion pieces that need no browser: the seeded generator against numbers from
// sender/motion/rng.py (the head process depends on both drawing alike), and the VR layout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PortableRng } from '../src/rng.js';
import { FACE_WIDTH, MAX_SPAN, PANEL_GAP, VIEW_DISTANCE, vrLayout } from '../src/vr.js';

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
  const { panels: [photo], head } = vrLayout([face], true);
  assert.ok(Math.abs(photo.width * face.faceW - FACE_WIDTH) < 1e-12); // the face 0.22 m wide
  assert.ok(Math.abs(photo.x + (face.cx - 0.5) * photo.width) < 1e-12); // face centre at x = 0
  assert.ok(Math.abs(photo.y + (0.5 - face.eyeY) * photo.width) < 1e-12); // eye line at y = 0
  assert.ok(Math.abs(photo.z + VIEW_DISTANCE) < 1e-12 && photo.yaw === -0);
  assert.ok(head.x < photo.x - photo.width / 2 && head.yaw > 0); // left of it, turned to the viewer
  assert.equal(vrLayout([face], false).head, null);
  assert.deepEqual(vrLayout([], false).panels, []); // no photo yet: the head alone, ahead
  assert.equal(vrLayout([], false).head.x, 0);
  assert.equal(vrLayout([{ cx: 0.5, eyeY: 0.4, faceW: 0.05 }], false).panels[0].width, 1.2); // capped
});

test('VR: several participants side by side on an arc, each facing the viewer, none overlapping', () => {
  const face = { cx: 0.5, eyeY: 0.3, faceW: 0.37 };
  const two = vrLayout([face, face], true);
  const [a, b] = two.panels;
  assert.equal(two.distance, VIEW_DISTANCE); // two fit at the table's distance
  assert.ok(a.x < 0 && b.x > 0 && Math.abs(a.x + b.x) < 1e-12); // left and right of straight ahead
  for (const p of two.panels) {
    assert.ok(Math.abs(Math.hypot(p.x, p.z) - VIEW_DISTANCE) < 1e-12); // on the arc
    assert.ok(Math.abs(p.yaw - Math.atan2(-p.x, -p.z)) < 1e-12); // turned to face the viewer
    assert.equal(p.y, (face.eyeY - 0.5) * p.width); // eyes at eye height
  }
  // the edges do not meet: a's right edge and b's left edge (along each panel's own x axis,
  // (cos yaw, 0, -sin yaw)) are most of the gap apart
  const edge = (p, side) => [p.x + side * (p.width / 2) * Math.cos(p.yaw), p.z - side * (p.width / 2) * Math.sin(p.yaw)];
  const [ra, lb] = [edge(a, 1), edge(b, -1)];
  assert.ok(Math.hypot(lb[0] - ra[0], lb[1] - ra[1]) > 0.8 * PANEL_GAP);
  assert.ok(two.head.x < a.x - a.width / 2); // the head left of the row
  // a long row moves back rather than wrapping round the viewer
  const six = vrLayout(Array(6).fill(face), false);
  assert.ok(six.distance > VIEW_DISTANCE);
  const angles = six.panels.map((p) => Math.atan2(p.x, -p.z));
  assert.ok(angles[5] - angles[0] <= MAX_SPAN);
  for (let i = 1; i < 6; i++) assert.ok(angles[i] > angles[i - 1]); // left to right, in order
});
