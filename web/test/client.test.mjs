// The page's sans-I/O parts: jitter buffer (same rules as receiver/jitter.py), motion track,
// the Opus TOC duration, the energy fallback, and the photo's face-layout heuristic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JitterBuffer, MotionTrack } from '../src/jitter.js';
import { BLENDSHAPE_INDEX, NUM_BLENDSHAPES } from '../src/motion.js';
import { DEFAULT_LAYOUT, findFace } from '../src/photo.js';
import { opusFrameSamples } from '../src/receiver.js';
import { EnergyMotion } from '../src/sender.js';

const payload = (k) => Uint8Array.from([k]);

test('jitter buffer plays in order, reorders, conceals a loss and rejects late packets', () => {
  const jb = new JitterBuffer({ frameSamples: 960, minMs: 40 });
  jb.push(960, payload(1), 20);
  assert.equal(jb.pop(), null); // priming: 20 ms buffered < 40 ms target
  jb.push(0, payload(0), 21); // out of order
  jb.push(2880, payload(3), 60); // 1920 lost
  assert.deepEqual([0, 1, 2, 3].map(() => jb.pop()).map((p) => [p.timestamp, p.payload && p.payload[0]]),
    [[0, 0], [960, 1], [1920, null], [2880, 3]]);
  assert.equal(jb.counters.lost, 1);
  assert.equal(jb.push(960, payload(1), 80), false); // behind the playout position
  assert.equal(jb.counters.late, 1);
  const held = jb.pop(); // nothing newer: hold (may be late, not lost)
  assert.deepEqual([held.timestamp, held.payload], [3840, null]);
  assert.equal(jb.counters.underruns, 1);
});

test('motion track interpolates between frames and holds at the ends', () => {
  const track = new MotionTrack();
  const w = (v) => Float32Array.from({ length: NUM_BLENDSHAPES }, () => v);
  track.add(1920, w(1), new Float32Array(6));
  track.add(0, w(0), new Float32Array(6));
  const out = new Float32Array(NUM_BLENDSHAPES); const pose = new Float32Array(6);
  assert.ok(track.sample(480, out, pose));
  assert.ok(Math.abs(out[17] - 0.25) < 1e-6);
  track.sample(5000, out, pose);
  assert.equal(out[0], 1);
});

test('Opus TOC gives the packet duration', () => {
  assert.equal(opusFrameSamples(Uint8Array.from([0x78])), 960); // hybrid FB 20 ms, code 0
  assert.equal(opusFrameSamples(Uint8Array.from([0x79])), 1920); // code 1: two 20 ms frames
  assert.equal(opusFrameSamples(Uint8Array.from([0x10])), 1920); // SILK 40 ms
  assert.equal(opusFrameSamples(new Uint8Array(0)), 0);
});

test('energy fallback: silence keeps the jaw shut, loud audio opens it', () => {
  const m = new EnergyMotion();
  const quiet = m.push(new Float32Array(960));
  assert.equal(quiet[BLENDSHAPE_INDEX.jawOpen], 0);
  let loud;
  for (let k = 0; k < 10; k++) loud = m.push(Float32Array.from({ length: 960 }, (_, i) => 0.5 * Math.sin(i / 5)));
  assert.ok(loud[BLENDSHAPE_INDEX.jawOpen] > 0.5);
});

test('face layout: a skin-coloured oval is found where it is; no skin gives the default', () => {
  const size = 64;
  const img = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inFace = ((x - 40) / 10) ** 2 + ((y - 30) / 13) ** 2 < 1;
      img.set(inFace ? [224, 172, 140, 255] : [40, 60, 160, 255], 4 * (y * size + x));
    }
  }
  const face = findFace(img, size);
  assert.ok(face.found);
  assert.ok(Math.abs(face.cx - 40.5 / 64) < 0.03, `cx ${face.cx}`);
  assert.ok(face.eyeY > 17 / 64 && face.eyeY < face.mouthY && face.mouthY < 43 / 64);
  assert.deepEqual(findFace(new Uint8Array(size * size * 4), size), { ...DEFAULT_LAYOUT, found: false });
});
