// Silence mode on the page, both ways: the sender's voice activity and gate (silence.js, the
// numbers of sender/silence.py and tests/test_silence.py), the DTX packets (shared/codec.py),
// the receiver's jitter buffer playing an announced silence without holding, and the 80-120 ms
// packets a Python sender makes under `--max-kbps`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JitterBuffer } from '../src/jitter.js';
import { MediaPacket, VALID_SAMPLES, dtxPacket, encode, isDtx } from '../src/protocol.js';
import { Participant, emptyStats, opusFrameSamples } from '../src/receiver.js';
import { SilenceGate, VoiceActivity } from '../src/silence.js';

const F = 960; // 20 ms
const P40 = 2 * F;

test('DTX packets are DTX frames of the packet duration, byte for byte as Python makes them', () => {
  for (const samples of VALID_SAMPLES) {
    const marker = dtxPacket(samples);
    assert.ok(isDtx(marker));
    assert.equal(opusFrameSamples(marker), samples);
  }
  assert.deepEqual([...dtxPacket(1920)], [0x50]); // SILK wideband 40 ms, code 0, no frame
  assert.deepEqual([...dtxPacket(4800)], [0x4b, 0x05]); // code 3: five 20 ms frames of zero bytes
  assert.ok(!isDtx(Uint8Array.of(0x50, 0x01)) && !isDtx(Uint8Array.of(0x4b, 0x85)) && !isDtx(new Uint8Array()));
  assert.throws(() => dtxPacket(1440), RangeError);
});

test('voice activity hangs over 240 ms and looks ahead into what was heard', () => {
  const vad = new VoiceActivity({ thresholdDbfs: -50, hangoverMs: 240 });
  const quiet = new Float32Array(F).fill(10 ** (-55 / 20)); // -55 dBFS: silent
  const loud = new Float32Array(F).fill(10 ** (-45 / 20));
  assert.ok(!vad.hear(0, quiet) && vad.hear(F, loud));
  const end = 2 * F;
  assert.ok(vad.speaking(F + 12 * F, 0, end + 40 * F)); // 240 ms after the loud chunk: speech
  assert.ok(!vad.speaking(F + 13 * F, 0, end + 40 * F)); // 260 ms after: silent
  assert.ok(!vad.speaking(0, P40, F) && vad.speaking(0, P40, end)); // once heard, its lookahead
});

test('the gate sends a marker with the face, then a keepalive every 500 ms, numbered without gaps', () => {
  const gate = new SilenceGate({ keepaliveMs: 500 }, dtxPacket(P40));
  const sent = [];
  for (let k = 0; k < 40; k++) { // 1.6 s: speech, 1.2 s of silence, speech
    const speaking = k < 5 || k >= 35;
    const out = gate.admit(k * P40, Uint8Array.of(k), [`motion ${k}`], speaking);
    if (out !== null) sent.push([k, out]);
  }
  // 5 speech, the marker at 5, keepalives each 500 ms (12.5 packets: at 18 and 31), speech
  assert.deepEqual(sent.map(([k]) => k), [0, 1, 2, 3, 4, 5, 18, 31, 35, 36, 37, 38, 39]);
  assert.deepEqual(sent.map(([, p]) => p.seq), sent.map((_, i) => i));
  const [, marker] = sent[5];
  assert.deepEqual([...marker.opus], [0x50]);
  assert.deepEqual(marker.motion, ['motion 5']); // the face the receiver holds is the last one
  assert.deepEqual(sent[6][1].motion, []); // keepalives carry no motion
  assert.deepEqual(gate.counters, { speech: 10, dtx: 3, withheld: 27 });
});

test('the jitter buffer plays an announced silence on, without holding, and speech after it', () => {
  const jb = new JitterBuffer({ frameSamples: P40, minMs: 40 });
  const pushed = (k, dtx = false) => jb.push(k * P40, dtx ? dtxPacket(P40) : Uint8Array.of(k), 0, dtx);
  for (let k = 0; k < 5; k++) pushed(k);
  pushed(5, true); // the marker; 6..19 withheld
  const steps = [];
  for (let k = 0; k < 6; k++) steps.push(jb.pop());
  for (let k = 6; k < 20; k++) steps.push(jb.pop()); // nothing arrived: silence, not held
  for (let k = 20; k < 25; k++) pushed(k);
  for (let k = 20; k < 25; k++) steps.push(jb.pop());
  assert.deepEqual(steps.map((s) => s.timestamp / P40), [...Array(25).keys()]);
  assert.deepEqual(steps.filter((s) => s.silent).map((s) => s.timestamp / P40), [...Array(15).keys()].map((i) => i + 5));
  assert.ok(steps.slice(20).every((s) => s.payload !== null && !s.silent));
  const c = jb.counters;
  assert.deepEqual([c.underruns, c.lost, c.late, c.dtx, c.silent], [0, 0, 0, 1, 15]);
  assert.ok(!jb.silent);
});

test('speech after a silence that comes after its slot moves playout back to it', () => {
  const jb = new JitterBuffer({ frameSamples: P40, minMs: 40 });
  for (let k = 0; k < 3; k++) jb.push(k * P40, Uint8Array.of(k), 0);
  jb.push(3 * P40, dtxPacket(P40), 0, true);
  const played = [];
  for (let k = 0; k < 10; k++) played.push(jb.pop().timestamp / P40); // 0..9: 3..9 silent
  assert.ok(jb.push(8 * P40, Uint8Array.of(8), 0)); // its slot has played as silence
  played.push(jb.pop().timestamp / P40);
  assert.deepEqual(played, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 8]);
  assert.equal(jb.counters.late, 0);
});

test('the receiver takes the 80-120 ms packets a Python sender makes under a wire budget', () => {
  for (const samples of [3840, 4800, 5760]) {
    const stats = emptyStats();
    const p = new Participant('py', null, null, stats, () => {});
    // code 3 (CBR): `samples / 960` SILK wideband 20 ms frames of 3 bytes each
    const opus = Uint8Array.of((9 << 3) | 3, samples / 960, ...new Array(3 * (samples / 960)).fill(7));
    assert.equal(opusFrameSamples(opus), samples);
    for (let k = 0; k < 3; k++) {
      const packet = new MediaPacket(k, k * samples, opus, []);
      p.onMessage('media', encode(packet));
    }
    p.onMessage('media', encode(new MediaPacket(3, 3 * samples, dtxPacket(samples), [])));
    assert.equal(stats.protocolErrors, 0, `${samples}`);
    assert.equal(stats.audioPacketsReceived, 4);
    assert.equal(p.jitter.config.frameSamples, samples);
    assert.equal(p.jitter.counters.dtx, 1);
  }
});
