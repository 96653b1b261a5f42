// Byte-exact tests of the JS protocol against the golden packets of the Python reference
// (tests/golden/*.bin, values from tests/protocol_cases.py), plus round trips and bad input.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  ARKIT_BLENDSHAPES, MAX_ANGLE, MAX_TRANSLATION, MotionFrame, WEIGHT_ERROR_BOUND, NUM_BLENDSHAPES,
} from '../src/motion.js';
import {
  Bye, ClockSync, decode, encode, Hello, MediaPacket, Notice, PhotoAssembler, PhotoChunk,
  photoChunks, ProtocolError, Unwrapper, GraphChunk, GraphAssembler, graphChunks,
} from '../src/protocol.js';

const GOLDEN = fileURLToPath(new URL('../../tests/golden/', import.meta.url));
const golden = (name) => new Uint8Array(readFileSync(`${GOLDEN}${name}.bin`));

function exactFrame(timestamp, levels, pose = null) {
  const w = new Float32Array(NUM_BLENDSHAPES);
  for (const [name, level] of Object.entries(levels)) w[ARKIT_BLENDSHAPES.indexOf(name)] = level / 255;
  const limits = [MAX_ANGLE, MAX_ANGLE, MAX_ANGLE, MAX_TRANSLATION, MAX_TRANSLATION, MAX_TRANSLATION];
  const p = pose ? pose.map((q, i) => (q / 32767) * limits[i]) : [0, 0, 0, 0, 0, 0];
  return new MotionFrame(timestamp, w, p);
}

const FIFTEEN = Object.fromEntries(ARKIT_BLENDSHAPES.filter((_, i) => i % 3 === 0).slice(0, 15)
  .map((n, i) => [n, [1, 17, 34, 51, 68, 85, 102, 119, 136, 153, 170, 187, 204, 221, 255][i]]));
const POSE = [1000, -2000, 300, 32767, -32767, 5];
const range = (n) => Uint8Array.from({ length: n }, (_, i) => i);

const CASES = {
  media_frame15: new MediaPacket(0x1234, 0x89abcdef, range(60), [exactFrame(0x89abcdef + 480, FIFTEEN, POSE)]),
  media_wrap_two_frames: new MediaPacket(65535, 2 ** 32 - 100, new Uint8Array(0),
    [exactFrame(2 ** 32 - 1060, {}), exactFrame(280, { jawOpen: 128, tongueOut: 3 })]),
  media_audio_only: new MediaPacket(0, 0, Uint8Array.from([0xf8, 0xff, 0xfe])),
  hello: new Hello('Zo\u00eb', ['opus', 'motion-v1', 'photo']),
  photo_chunk: new PhotoChunk(7, 1, 2, Uint8Array.from([0, 1, ...new TextEncoder().encode('chunk'), 0xff])),
  graph_chunk: new GraphChunk(7, 2, 110, Uint8Array.from([0x1f, 0x8b, ...new TextEncoder().encode('graph')])),
  clock_sync: new ClockSync(48000 * 3600, 123456789012345n),
  notice: new Notice('photo-too-large', 'photo is 3,000,000 bytes; the limit is 2 MiB'),
  bye: new Bye('hang up'),
  bye_empty: new Bye(),
};

function assertFramesClose(a, b) {
  assert.equal(a.timestamp, b.timestamp);
  for (let i = 0; i < NUM_BLENDSHAPES; i++) assert.ok(Math.abs(a.weights[i] - b.weights[i]) < 1e-6, ARKIT_BLENDSHAPES[i]);
  for (let i = 0; i < 6; i++) assert.ok(Math.abs(a.pose[i] - b.pose[i]) < 1e-6, `pose ${i}`);
}

for (const [name, packet] of Object.entries(CASES)) {
  test(`encode ${name} gives the golden bytes`, () => {
    assert.deepEqual(Buffer.from(encode(packet)).toString('hex'), Buffer.from(golden(name)).toString('hex'));
  });
  test(`decode ${name} gives the golden packet`, () => {
    const got = decode(golden(name));
    assert.equal(got.kind, packet.kind);
    if (packet.kind === 'media') {
      assert.equal(got.seq, packet.seq);
      assert.equal(got.timestamp, packet.timestamp);
      assert.deepEqual(Array.from(got.opus), Array.from(packet.opus));
      assert.equal(got.motion.length, packet.motion.length);
      got.motion.forEach((f, i) => assertFramesClose(f, packet.motion[i]));
    } else {
      for (const key of Object.keys(packet)) assert.deepEqual(got[key], packet[key], key);
    }
  });
}

test('media_frame15 is 110 bytes as the spec says', () => {
  assert.equal(golden('media_frame15').length, 110);
});

test('weights survive the wire within the quantization bound', () => {
  let seed = 1;
  const rand = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
  for (let k = 0; k < 200; k++) {
    const w = Float32Array.from({ length: NUM_BLENDSHAPES }, () => (rand() < 0.5 ? 0 : rand()));
    const pose = [0, 1, 2].map(() => (rand() - 0.5) * 2).concat([0, 1, 2].map(() => (rand() - 0.5) * 3));
    const ts = Math.floor(rand() * 2 ** 32);
    const f = new MotionFrame((ts + 100) % 2 ** 32, w, pose);
    const got = decode(encode(new MediaPacket(k, ts, new Uint8Array(5), [f]))).motion[0];
    assert.equal(got.timestamp, f.timestamp);
    for (let i = 0; i < NUM_BLENDSHAPES; i++) assert.ok(Math.abs(got.weights[i] - w[i]) <= WEIGHT_ERROR_BOUND + 1e-7);
    for (let i = 0; i < 3; i++) assert.ok(Math.abs(got.pose[i] - f.pose[i]) <= 2.5e-5);
    for (let i = 3; i < 6; i++) assert.ok(Math.abs(got.pose[i] - f.pose[i]) <= 3.2e-5);
  }
});

test('malformed input raises ProtocolError only', () => {
  const good = golden('media_frame15');
  const bad = [
    new Uint8Array(0), Uint8Array.from([0xc1]), Uint8Array.from([0x91, 0x21]), // bad msgpack, version 2
    Uint8Array.from([0x91, 0x17]), // unknown kind 7
    good.subarray(0, 50), Uint8Array.from([...good, 0]), new Uint8Array(65537),
    Uint8Array.from([0x93, 0x16, 0x01, 0x02]), // bye with wrong field count
  ];
  for (let i = 0; i < good.length; i++) { const b = Uint8Array.from(good); b[i] ^= 0xff; bad.push(b); }
  let rejected = 0;
  for (const b of bad) {
    try { decode(b); } catch (e) { assert.ok(e instanceof ProtocolError, `${e}`); rejected++; }
  }
  assert.ok(rejected >= 8);
});

test('render graphs reassemble; a repeated chunk or a changed count drops the graph', () => {
  const asm = new GraphAssembler();
  assert.equal(asm.add(new GraphChunk(3, 1, 2, Uint8Array.of(2))), null);
  assert.deepEqual(asm.add(decode(encode(new GraphChunk(3, 0, 2, Uint8Array.of(1))))), Uint8Array.of(1, 2));
  asm.add(new GraphChunk(4, 0, 3, Uint8Array.of(1)));
  assert.throws(() => asm.add(new GraphChunk(4, 0, 3, Uint8Array.of(1))), ProtocolError);
  asm.add(new GraphChunk(5, 0, 3, Uint8Array.of(1)));
  assert.throws(() => asm.add(new GraphChunk(5, 1, 4, Uint8Array.of(1))), ProtocolError);
  assert.throws(() => encode(new GraphChunk(5, 0, 1050, Uint8Array.of(1))), ProtocolError);
});

test('photos split and reassemble', () => {
  const photo = Uint8Array.from({ length: 130001 }, (_, i) => (i * 7) & 255);
  const chunks = photoChunks(photo, 9);
  assert.equal(chunks.length, 3);
  const asm = new PhotoAssembler();
  assert.equal(asm.add(decode(encode(chunks[2]))), null);
  assert.equal(asm.add(decode(encode(chunks[0]))), null);
  assert.deepEqual(asm.add(decode(encode(chunks[1]))), photo);
  assert.throws(() => photoChunks(new Uint8Array(2 * 1024 * 1024 + 1), 1), ProtocolError);
});

test('unwrapper follows wraps and reordering', () => {
  const u = new Unwrapper(16);
  assert.deepEqual([65534, 65535, 0, 65533, 1].map((v) => u.unwrap(v)), [65534, 65535, 65536, 65533, 65537]);
});

test('a render graph is cut as shared/photo.py graph_chunks cuts it, and reassembles', () => {
  const graph = Uint8Array.from({ length: 40000 }, (_, i) => i % 251);
  const chunks = graphChunks(graph, 9);
  assert.deepEqual(chunks.map((c) => [c.photoId, c.index, c.count, c.data.length]), [[9, 0, 3, 16000], [9, 1, 3, 16000], [9, 2, 3, 8000]]);
  const asm = new GraphAssembler();
  let whole = null;
  for (const c of chunks) whole = asm.add(decode(encode(c)));
  assert.deepEqual(whole, graph);
  assert.throws(() => graphChunks(new Uint8Array(0), 1), ProtocolError);
});
