// Protocol v2 in JS against the Python reference's golden packets (tests/golden/v2/*.bin, frames
// from tests/support/protocol_cases_v2.py): the JS encoder makes the same bytes from the same
// frames, the JS decoder gives the same frames back, bad bytes are rejected, negotiation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ARKIT_BLENDSHAPES, MotionFrame, NUM_BLENDSHAPES } from '../src/motion.js';
import { CodecError, MotionDecoderV2, MotionEncoderV2 } from '../src/motion_v2.js';
import { decode, encode, MediaPacketV2, negotiate, peerVersions, ProtocolError } from '../src/protocol.js';

const GOLDEN = fileURLToPath(new URL('../../tests/golden/v2/', import.meta.url));
const golden = (name) => new Uint8Array(readFileSync(`${GOLDEN}${name}.bin`));
const SLOTS = [...ARKIT_BLENDSHAPES, 'pitch', 'yaw', 'roll', 'x', 'y', 'z'];
const SCALES = [512, 512, 512, 256, 256, 256];
const range = (n) => Array.from({ length: n }, (_, i) => i);
const hex = (bytes) => Buffer.from(bytes).toString('hex');

/** A frame on the v2 grid by level, as protocol_cases_v2.exact. */
function exact(timestamp, levels = {}) {
  const w = new Float32Array(NUM_BLENDSHAPES);
  const pose = new Float32Array(6);
  for (const [name, q] of Object.entries(levels)) {
    const i = SLOTS.indexOf(name);
    if (i < NUM_BLENDSHAPES) w[i] = q / 128; else pose[i - NUM_BLENDSHAPES] = q / SCALES[i - NUM_BLENDSHAPES];
  }
  return new MotionFrame(timestamp, w, pose);
}

const T0 = 0x89abcdef;
const KEY = exact(T0, { jawOpen: 64, mouthSmileLeft: 10, mouthSmileRight: 10, mouthRollLower: 8, mouthRollUpper: 6, pitch: 100, yaw: -37, x: 5 });
const DELTA = exact(T0 + 1920, { jawOpen: 67, mouthSmileLeft: 9, mouthSmileRight: 10, mouthRollLower: 8, mouthRollUpper: 6, pitch: 100, yaw: -39, x: 5 });
// [golden name, seq, timestamp, opus, frames] per stream, in order
const STREAMS = {
  speech: [['media_v2_key', 0x1234, T0, range(40), [KEY]], ['media_v2_delta', 0x1235, T0 + 1920, range(40), [DELTA]]],
  wrap: [['media_v2_wrap_two_frames', 65535, 2 ** 32 - 100, [], [exact(2 ** 32 - 1060), exact(860, { jawOpen: 7 })]]],
  audio_only: [['media_v2_audio_only', 0, 0, [0xf8, 0xff, 0xfe], []]],
  sixty: [['media_v2_sixty_key', 100, 0, [], [exact(0, { jawOpen: 10 }), exact(1920, { jawOpen: 20 })]],
    ['media_v2_sixty_delta', 101, 2880, [], [exact(3840, { jawOpen: 30 })]],
    ['media_v2_sixty_two', 102, 5760, [], [exact(5760, { jawOpen: 25 }), exact(7680, { jawOpen: 5 })]]],
  extremes: [['media_v2_extremes', 7, 100000, [], [
    exact(100000 - 30000, { jawOpen: 128, eyeBlinkLeft: 128, pitch: -804, yaw: 804, z: 512 }),
    exact(100000 + 100, { mouthPucker: 128, roll: 804, x: -512 }),
    exact(100000 + 2020, { mouthPressRight: 97, pitch: 804, y: 512 })]]],
};

const offset = (t, ts) => { const d = (t - ts + 2 ** 32) % 2 ** 32; return d >= 2 ** 31 ? d - 2 ** 32 : d; };

for (const [stream, packets] of Object.entries(STREAMS)) {
  test(`the JS encoder makes the golden ${stream} packets byte for byte`, () => {
    const encoder = new MotionEncoderV2();
    for (const [name, seq, ts, opus, frames] of packets) {
      const motion = encoder.encode(seq, ts, frames);
      assert.equal(hex(encode(new MediaPacketV2(seq, ts, Uint8Array.from(opus), motion))), hex(golden(name)));
    }
  });

  test(`the JS decoder gives back the exact ${stream} frames`, () => {
    const decoder = new MotionDecoderV2();
    for (const [name, seq, ts, opus, frames] of packets) {
      const p = decode(golden(name));
      assert.equal(p.kind, 'mediaV2');
      assert.deepEqual([p.seq, p.timestamp, Array.from(p.opus)], [seq, ts, opus]);
      const got = decoder.decode(p.seq, p.timestamp, p.motion);
      assert.equal(got.length, frames.length);
      got.forEach((f, i) => {
        assert.equal(f.timestamp, frames[i].timestamp);
        assert.equal(offset(f.timestamp, ts), offset(frames[i].timestamp, ts));
        assert.deepEqual(Array.from(f.weights), Array.from(frames[i].weights));
        assert.deepEqual(Array.from(f.pose), Array.from(frames[i].pose));
      });
    }
  });
}

test('hello_v2 advertises versions 1 and 2 in a version 1 packet', () => {
  const got = decode(golden('hello_v2'));
  assert.equal(got.kind, 'hello');
  assert.deepEqual(got.capabilities, ['opus', 'motion-v1', 'photo', 'protocol-1', 'protocol-2']);
});

test('a lost reference yields no frames until the next key packet, then exact frames', () => {
  const decoder = new MotionDecoderV2();
  const delta = decode(golden('media_v2_delta'));
  assert.deepEqual(decoder.decode(delta.seq, delta.timestamp, delta.motion), []);
  assert.equal(decoder.undecodable, 1);
  const key = decode(golden('media_v2_key'));
  assert.equal(decoder.decode(key.seq, key.timestamp, key.motion).length, 1);
});

test('malformed motion bytes throw CodecError saying why', () => {
  const key = decode(golden('media_v2_key')).motion;
  const cases = [[Uint8Array.from([0xff, 0xff]), /outside the coder's range/],
    [Uint8Array.from([...key, 0]), /not the canonical coding/]];
  for (const [bytes, message] of cases) assert.throws(() => new MotionDecoderV2().decode(1, 2, bytes), (e) => e instanceof CodecError && message.test(e.message));
});

test('any motion bytes decode or throw CodecError (seeded fuzz, fresh and primed decoders)', () => {
  let seed = 12345;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  const key = decode(golden('media_v2_key'));
  for (let i = 0; i < 2000; i++) {
    const bytes = Uint8Array.from({ length: Math.floor(rand() * 40) }, () => Math.floor(rand() * 256));
    const primed = new MotionDecoderV2();
    primed.decode(0x1234, key.timestamp, key.motion);
    for (const [decoder, seq] of [[new MotionDecoderV2(), 7], [primed, 0x1235]]) {
      try {
        assert.ok(decoder.decode(seq, 0, bytes).length <= 16);
      } catch (e) {
        if (!(e instanceof CodecError)) throw e;
      }
    }
  }
});

test('negotiation picks the highest shared version, or says none is shared', () => {
  assert.equal(negotiate(['opus', 'protocol-1', 'protocol-2']), 2);
  assert.equal(negotiate(['opus', 'motion-v1', 'photo']), 1);
  assert.deepEqual(peerVersions(['protocol-2', 'protocol-x', 'protocol-', 'protocol-1']), [1, 2]);
  assert.equal(negotiate(['protocol-1', 'protocol-2'], [1]), 1);
  assert.throws(() => negotiate(['protocol-3', 'protocol-4']), (e) => e instanceof ProtocolError
    && e.message === 'no shared protocol version: the peer speaks 3, 4; this peer speaks 1, 2');
});
