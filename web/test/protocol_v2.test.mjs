// Protocol v2 in JS against the Python reference's golden packets (tests/golden/v2/*.bin, values
// from tests/protocol_cases_v2.py): parse, decode with the stream state, reject bad bits.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ARKIT_BLENDSHAPES, NUM_BLENDSHAPES } from '../src/motion.js';
import { MotionDecoderV2 } from '../src/motion_v2.js';
import { decode, ProtocolError } from '../src/protocol.js';

const GOLDEN = fileURLToPath(new URL('../../tests/golden/v2/', import.meta.url));
const golden = (name) => new Uint8Array(readFileSync(`${GOLDEN}${name}.bin`));
const SLOTS = [...ARKIT_BLENDSHAPES, 'pitch', 'yaw', 'roll', 'x', 'y', 'z'];
const residual = (levels) => SLOTS.map((n) => levels[n] ?? 0);
const range = (n) => Array.from({ length: n }, (_, i) => i);

const KEY = residual({ jawOpen: 64, mouthSmileLeft: 10, pitch: 100, yaw: -37, x: 5 });
const DELTA = residual({ jawOpen: 3, mouthSmileLeft: -1, mouthSmileRight: 1, yaw: -2 });

const CASES = {
  media_v2_key: [0x1234, 0x89abcdef, range(40), { ref: 0, frames: [{ dt: 0, residual: KEY }] }],
  media_v2_delta: [0x1235, 0x89abcdef + 1920, range(40), { ref: 1, frames: [{ dt: 0, residual: DELTA }] }],
  media_v2_wrap_two_frames: [65535, 2 ** 32 - 100, [], {
    ref: 0, frames: [{ dt: -960, residual: residual({}) }, { dt: 960, residual: residual({ jawOpen: 7 }) }],
  }],
  media_v2_audio_only: [0, 0, [0xf8, 0xff, 0xfe], { ref: 0, frames: [] }],
};

for (const [name, [seq, ts, opus, motion]] of Object.entries(CASES)) {
  test(`decode ${name} gives the golden packet`, () => {
    const got = decode(golden(name));
    assert.equal(got.kind, 'mediaV2');
    assert.equal(got.seq, seq);
    assert.equal(got.timestamp, ts);
    assert.deepEqual(Array.from(got.opus), opus);
    assert.deepEqual(got.motion, motion);
  });
}

test('hello_v2 advertises versions 1 and 2 in a version 1 packet', () => {
  const got = decode(golden('hello_v2'));
  assert.equal(got.kind, 'hello');
  assert.deepEqual(got.capabilities, ['opus', 'motion-v1', 'photo', 'protocol-1', 'protocol-2']);
});

test('key then delta decode to the exact frames the Python encoder was given', () => {
  const decoder = new MotionDecoderV2();
  const frames = ['media_v2_key', 'media_v2_delta'].map((n) => {
    const p = decode(golden(n));
    return decoder.decode(p.seq, p.timestamp, p.motion);
  });
  const w = (f, n) => f.weights[ARKIT_BLENDSHAPES.indexOf(n)];
  const [[key], [next]] = frames;
  assert.equal(key.timestamp, 0x89abcdef);
  assert.equal(w(key, 'jawOpen'), 0.5);
  assert.equal(w(key, 'mouthSmileLeft'), 10 / 128);
  assert.equal(w(key, 'mouthSmileRight'), 10 / 128);
  assert.deepEqual(Array.from(key.pose), [100 / 512, -37 / 512, 0, 5 / 256, 0, 0].map(Math.fround));
  assert.equal(next.timestamp, 0x89abcdef + 1920);
  assert.equal(w(next, 'jawOpen'), 67 / 128);
  assert.equal(w(next, 'mouthSmileLeft'), 9 / 128);
  assert.equal(w(next, 'mouthSmileRight'), 10 / 128);
  assert.deepEqual(Array.from(next.pose), [100 / 512, -39 / 512, 0, 5 / 256, 0, 0].map(Math.fround));
  const others = range(NUM_BLENDSHAPES).filter((i) => !['jawOpen', 'mouthSmileLeft', 'mouthSmileRight'].includes(ARKIT_BLENDSHAPES[i]));
  assert.ok(others.every((i) => next.weights[i] === 0));
});

test('a delta whose reference was lost yields no frames, then the wrap packet (a key) decodes', () => {
  const decoder = new MotionDecoderV2();
  const delta = decode(golden('media_v2_delta'));
  assert.deepEqual(decoder.decode(delta.seq, delta.timestamp, delta.motion), []);
  assert.equal(decoder.undecodable, 1);
  const wrap = decode(golden('media_v2_wrap_two_frames'));
  const frames = decoder.decode(wrap.seq, wrap.timestamp, wrap.motion);
  assert.deepEqual(frames.map((f) => f.timestamp), [2 ** 32 - 1060, 860]);
  assert.equal(frames[1].weights[ARKIT_BLENDSHAPES.indexOf('jawOpen')], 7 / 128);
});

test('malformed motion bits are a ProtocolError', () => {
  const key = golden('media_v2_key');
  const withMotion = (bits) => {
    const head = key.slice(0, key.length - 10); // everything before the motion bin (c4 08 + 8 bytes)
    return Uint8Array.from([...head, 0xc4, bits.length, ...bits]);
  };
  const motion = Array.from(key.slice(key.length - 8));
  assert.throws(() => decode(withMotion([...motion, 0])), (e) => e instanceof ProtocolError && /after the motion frames/.test(e.message));
  assert.throws(() => decode(withMotion([...motion.slice(0, 7), motion[7] | 1])), (e) => e instanceof ProtocolError && /padding/.test(e.message));
  assert.throws(() => decode(withMotion(motion.slice(0, 3))), (e) => e instanceof ProtocolError && /middle of a code/.test(e.message));
  assert.throws(() => decode(withMotion([0, 0, 0, 0])), (e) => e instanceof ProtocolError && /too long/.test(e.message));
});
