// Protocol v2 motion coding (shared/PROTOCOL.md "Version 2 media packet"; the reference is
// shared/motion_codec.py and shared/bool_coder.py): quantization, prediction from the previous
// frame and within the frame, a binary arithmetic coder under fixed tables (motion_tables.js).
// Encoder and decoder, byte for byte the same as Python's.
import { ARKIT_BLENDSHAPES, BLENDSHAPE_INDEX, MotionFrame, NUM_BLENDSHAPES } from './motion.js';
import { MAGNITUDE, SIGN, ZERO as ZERO_P } from './motion_tables.js';

export class CodecError extends Error {}

const NUM_SLOTS = NUM_BLENDSHAPES + 6;
const POSE_SLOTS = ['pitch', 'yaw', 'roll', 'x', 'y', 'z'];
const POSE_SCALES = [512, 512, 512, 256, 256, 256];
const SLOT_LIMITS = [...Array(NUM_BLENDSHAPES).fill(128), 804, 804, 804, 512, 512, 512];
const MAX_RESIDUAL = 1608;
const MAX_REF = 64;
const MAX_FRAMES = 16;
const FRAME_STEP = 1920;
const UNARY_BINS = 16;
const MAX_PREFIX = 11;
const NUM_ZERO_CONTEXTS = 6;
const KEY = 0;
const DELTA = 1;
const P_KEY = 64;
const P_REF_1 = 208;
const P_REF_2 = 224;
const P_ONE_FRAME = 224;
const P_DT = 224;
export const KEY_INTERVAL_SAMPLES = 7680;
const SLOT_NAMES = [...ARKIT_BLENDSHAPES, ...POSE_SLOTS];
const SLOT_INDEX = Object.fromEntries(SLOT_NAMES.map((n, i) => [n, i]));

const PARTNER_NAMES = {
  eyeBlinkRight: 'eyeBlinkLeft', eyeLookDownRight: 'eyeLookDownLeft',
  eyeLookInRight: 'eyeLookOutLeft', eyeLookOutRight: 'eyeLookInLeft',
  eyeLookUpRight: 'eyeLookUpLeft', eyeSquintRight: 'eyeSquintLeft', eyeWideRight: 'eyeWideLeft',
  mouthSmileRight: 'mouthSmileLeft', mouthFrownRight: 'mouthFrownLeft',
  mouthDimpleRight: 'mouthDimpleLeft', mouthStretchRight: 'mouthStretchLeft',
  mouthPressRight: 'mouthPressLeft', mouthLowerDownRight: 'mouthLowerDownLeft',
  mouthUpperUpRight: 'mouthUpperUpLeft', browDownRight: 'browDownLeft',
  browOuterUpRight: 'browOuterUpLeft', cheekSquintRight: 'cheekSquintLeft',
  noseSneerRight: 'noseSneerLeft',
};
const MOUTH_PARENTS = {
  mouthRollUpper: ['mouthRollLower', 6], mouthPressLeft: ['mouthRollLower', 8],
  mouthClose: ['mouthRollLower', 1], mouthSmileLeft: ['mouthStretchLeft', 4],
  mouthUpperUpLeft: ['mouthLowerDownLeft', 4],
};
// slot -> [parent slot, eighths of the parent's difference]
const PARENT = new Map([
  ...Object.entries(PARTNER_NAMES).map(([r, l]) => [BLENDSHAPE_INDEX[r], [BLENDSHAPE_INDEX[l], 8]]),
  ...Object.entries(MOUTH_PARENTS).map(([s, [p, n]]) => [BLENDSHAPE_INDEX[s], [BLENDSHAPE_INDEX[p], n]]),
]);
const FIRST = ['jawOpen', 'mouthStretchLeft', 'mouthLowerDownLeft', 'mouthFunnel', 'mouthPucker',
  'mouthRollLower', 'mouthRollUpper', 'mouthPressLeft', 'mouthClose', 'mouthSmileLeft',
  'mouthUpperUpLeft', 'pitch', 'yaw', 'roll', 'x', 'y', 'z', 'browInnerUp', 'browOuterUpLeft',
  'eyeLookUpLeft', 'eyeLookInLeft', 'eyeLookOutLeft', 'eyeLookDownLeft', 'eyeBlinkLeft',
].map((n) => SLOT_INDEX[n]);
const ALL = [...Array(NUM_SLOTS).keys()];
export const SLOT_ORDER = [
  ...FIRST,
  ...ALL.filter((i) => !FIRST.includes(i) && !PARENT.has(i)),
  ...ALL.filter((i) => PARENT.has(i) && !FIRST.includes(i)),
];
const ZERO = new Array(NUM_SLOTS).fill(0);

// --- the arithmetic coder (shared/bool_coder.py) ---------------------------------------------

export class BoolEncoder {
  constructor() { this.low = 0n; this.range = 255; this.shift = 0; }
  put(bit, prob) {
    const split = 1 + (((this.range - 1) * prob) >> 8);
    if (bit) { this.low += BigInt(split); this.range -= split; } else this.range = split;
    while (this.range < 128) { this.range <<= 1; this.low <<= 1n; this.shift++; }
  }
  finish() {
    const n = 8 + this.shift;
    for (let nbytes = 1; ; nbytes++) {
      const b = 8 * nbytes;
      let c = null;
      if (b >= n) c = this.low << BigInt(b - n);
      else {
        const s = BigInt(n - b);
        const ceil = -((-this.low) >> s);
        if ((ceil << s) < this.low + BigInt(this.range)) c = ceil;
      }
      if (c !== null) {
        const out = new Uint8Array(nbytes);
        for (let i = nbytes - 1; i >= 0; i--) { out[i] = Number(c & 0xffn); c >>= 8n; }
        return out;
      }
    }
  }
}

export class BoolDecoder {
  constructor(bytes) {
    this.bytes = bytes; this.pos = 2; this.range = 255; this.count = 0;
    this.value = ((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0);
    if (this.value >= 255 << 8) throw new CodecError("the coded motion starts outside the coder's range");
  }
  get(prob) {
    const split = 1 + (((this.range - 1) * prob) >> 8);
    const big = split << 8;
    let bit = 0;
    if (this.value >= big) { bit = 1; this.range -= split; this.value -= big; } else this.range = split;
    while (this.range < 128) {
      this.value <<= 1; this.range <<= 1; // value < range · 256 ≤ 2^16: no overflow
      if (++this.count === 8) { this.count = 0; this.value |= this.bytes[this.pos] ?? 0; this.pos++; }
    }
    return bit;
  }
  getExpGolomb(maxPrefix) {
    let zeros = 0;
    while (!this.get(128)) if (++zeros > maxPrefix) throw new CodecError('an Exp-Golomb code in the coded motion is too long');
    let m = 1;
    for (let i = 0; i < zeros; i++) m = m * 2 + this.get(128);
    return m - 1;
  }
}

function putExpGolomb(enc, n) {
  const m = n + 1;
  const length = m.toString(2).length;
  for (let i = 0; i < length - 1; i++) enc.put(0, 128);
  for (let i = length - 1; i >= 0; i--) enc.put(Math.floor(m / 2 ** i) & 1, 128);
}

const zigzag = (v) => (v >= 0 ? 2 * v : -2 * v - 1);
const unzigzag = (u) => (u % 2 === 0 ? u / 2 : -(u + 1) / 2);
const activity = (moved) => (moved === 0 ? 0 : moved < 4 ? 1 : 2);
const parentPrediction = (n, d) => Math.floor((n * d + 4) / 8);

// --- frames and packets ------------------------------------------------------------------------

function putFrame(enc, levels, reference, kind) {
  const diff = levels.map((q, i) => q - reference[i]);
  let moved = 0;
  for (const s of SLOT_ORDER) {
    let r = diff[s];
    const parent = PARENT.get(s);
    if (parent) r -= parentPrediction(parent[1], diff[parent[0]]);
    const atRest = kind === DELTA && s < NUM_BLENDSHAPES && reference[s] === 0 ? 1 : 0;
    const row = kind * NUM_SLOTS + s;
    enc.put(r !== 0 ? 1 : 0, ZERO_P[row * NUM_ZERO_CONTEXTS + 3 * atRest + activity(moved)]);
    if (r === 0) continue;
    enc.put(r < 0 ? 1 : 0, SIGN[2 * row + atRest]);
    const m = Math.abs(r) - 1;
    for (let i = 0; i < Math.min(m + 1, UNARY_BINS); i++) enc.put(i < m ? 1 : 0, MAGNITUDE[row * UNARY_BINS + i]);
    if (m >= UNARY_BINS) putExpGolomb(enc, m - UNARY_BINS);
    moved += Math.abs(r);
  }
}

function getFrame(dec, reference, kind) {
  const diff = new Array(NUM_SLOTS).fill(0);
  let moved = 0;
  for (const s of SLOT_ORDER) {
    const atRest = kind === DELTA && s < NUM_BLENDSHAPES && reference[s] === 0 ? 1 : 0;
    const row = kind * NUM_SLOTS + s;
    let r = 0;
    if (dec.get(ZERO_P[row * NUM_ZERO_CONTEXTS + 3 * atRest + activity(moved)])) {
      const negative = dec.get(SIGN[2 * row + atRest]);
      let m = 0;
      while (m < UNARY_BINS && dec.get(MAGNITUDE[row * UNARY_BINS + m])) m++;
      if (m === UNARY_BINS) m += dec.getExpGolomb(MAX_PREFIX);
      if (m + 1 > MAX_RESIDUAL) throw new CodecError('a motion residual is out of range');
      r = negative ? -(m + 1) : m + 1;
      moved += m + 1;
    }
    const parent = PARENT.get(s);
    if (parent) r += parentPrediction(parent[1], diff[parent[0]]);
    diff[s] = r;
  }
  const levels = diff.map((d, i) => d + reference[i]);
  levels.forEach((q, i) => {
    const low = i < NUM_BLENDSHAPES ? 0 : -SLOT_LIMITS[i];
    if (q < low || q > SLOT_LIMITS[i]) throw new CodecError(`decoded ${SLOT_NAMES[i]} level ${q} is out of range`);
  });
  return levels;
}

const signed32 = (v) => ((((v + 2 ** 31) % 2 ** 32) + 2 ** 32) % 2 ** 32) - 2 ** 31;

/** [expected dt of the first frame, expected step] of a packet at timestamp (reference null: key). */
function firstExpected(reference, timestamp) {
  if (!reference) return [0, FRAME_STEP];
  const step = Math.min(Math.max(reference.step, -65535), 65535); // clamped: keeps every escape short
  return [Math.min(Math.max(signed32(reference.timestamp + step - timestamp), -32768), 32767), step];
}

function putHeader(enc, ref, dts, [first, firstStep]) {
  enc.put(ref !== 0 ? 1 : 0, P_KEY);
  if (ref) {
    enc.put(ref !== 1 ? 1 : 0, P_REF_1);
    if (ref !== 1) {
      enc.put(ref !== 2 ? 1 : 0, P_REF_2);
      if (ref !== 2) putExpGolomb(enc, ref - 3);
    }
  }
  enc.put(dts.length > 1 ? 1 : 0, P_ONE_FRAME);
  if (dts.length > 1) putExpGolomb(enc, dts.length - 2);
  let expected = first; let step = firstStep;
  dts.forEach((dt, i) => {
    enc.put(dt !== expected ? 1 : 0, P_DT);
    if (dt !== expected) putExpGolomb(enc, zigzag(dt - expected) - 1);
    if (i) step = dt - dts[i - 1];
    expected = dt + step;
  });
}

function getDts(dec, count, [first, firstStep]) {
  const dts = [];
  let expected = first; let step = firstStep;
  for (let i = 0; i < count; i++) {
    let dt = expected;
    if (dec.get(P_DT)) dt += unzigzag(dec.getExpGolomb(20) + 1);
    if (dt < -32768 || dt > 32767) throw new CodecError(`motion frame dt ${dt} is outside ±32767`);
    if (i) step = dt - dts[i - 1];
    expected = dt + step;
    dts.push(dt);
  }
  return dts;
}

/** The bytes of a packet's motion: frames (58 levels each) at dts from timestamp, the first
 * predicted from reference ({levels, timestamp, step}; null with ref 0: a key packet). */
export function packMotion(ref, dts, frames, reference, timestamp) {
  if (frames.length === 0) return new Uint8Array(0);
  const enc = new BoolEncoder();
  putHeader(enc, ref, dts, firstExpected(reference, timestamp));
  let levels = reference ? reference.levels : ZERO;
  frames.forEach((f, i) => { putFrame(enc, f, levels, i === 0 && ref === 0 ? KEY : DELTA); levels = f; });
  return enc.finish();
}

/** What a packet with these frames leaves for the next one (shared/motion_codec.py next_reference). */
function nextReference(reference, timestamp, dts, frames) {
  const last = (timestamp + dts[dts.length - 1] + 2 ** 32) % 2 ** 32;
  let step = FRAME_STEP;
  if (dts.length > 1) step = dts[dts.length - 1] - dts[dts.length - 2];
  else if (reference) step = signed32(last - reference.timestamp);
  return { levels: frames[frames.length - 1], timestamp: last, step };
}

const sameBytes = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

/** {ref, dts, frames (levels)} of a packet's motion, or null when referenceFor(ref) has none.
 * Throws CodecError for anything malformed or not canonical. */
export function unpackMotion(bytes, timestamp, referenceFor) {
  const dec = new BoolDecoder(bytes);
  let ref = 0;
  if (dec.get(P_KEY)) {
    ref = 1;
    if (dec.get(P_REF_1)) {
      ref = 2;
      if (dec.get(P_REF_2)) ref = 3 + dec.getExpGolomb(6);
      if (ref > MAX_REF) throw new CodecError(`motion ref ${ref} is outside 0..${MAX_REF}`);
    }
  }
  let count = 1;
  if (dec.get(P_ONE_FRAME)) {
    count = 2 + dec.getExpGolomb(4);
    if (count > MAX_FRAMES) throw new CodecError(`${count} motion frames; the limit is ${MAX_FRAMES}`);
  }
  const reference = ref === 0 ? null : referenceFor(ref);
  if (ref !== 0 && !reference) return null;
  const dts = getDts(dec, count, firstExpected(reference, timestamp));
  let levels = reference ? reference.levels : ZERO;
  const frames = dts.map((_, i) => (levels = getFrame(dec, levels, i === 0 && ref === 0 ? KEY : DELTA)));
  if (!sameBytes(packMotion(ref, dts, frames, reference, timestamp), bytes)) throw new CodecError('the motion bytes are not the canonical coding of their frames');
  return { ref, dts, frames, reference };
}

// --- quantization and the stream state -------------------------------------------------------

const roundHalfAway = (x) => Math.sign(x) * Math.floor(Math.abs(x) + 0.5) || 0;

/** A MotionFrame's 58 levels (weights · 128, angles · 512, translations · 256). */
export function quantize(frame) {
  const w = Array.from(frame.weights, (v) => roundHalfAway(v * 128));
  const p = Array.from(frame.pose, (v, i) => roundHalfAway(v * POSE_SCALES[i]));
  return [...w, ...p].map((q, i) => Math.min(Math.max(q, -SLOT_LIMITS[i]), SLOT_LIMITS[i]));
}

function dequantize(levels, timestamp) {
  const w = Float32Array.from(levels.slice(0, NUM_BLENDSHAPES), (q) => q / 128);
  const pose = Float32Array.from(levels.slice(NUM_BLENDSHAPES), (q, i) => q / POSE_SCALES[i]);
  return new MotionFrame(timestamp, w, pose);
}

const signedOffset = (t, ts) => { const d = (t - ts + 2 ** 32) % 2 ** 32; return d >= 2 ** 31 ? d - 2 ** 32 : d; };

/** One outgoing stream's v2 motion state (shared/motion_codec.py MotionEncoder): call encode once
 * per media packet, in sequence order; every v2 peer gets the same bytes. */
export class MotionEncoderV2 {
  constructor(keyIntervalSamples = KEY_INTERVAL_SAMPLES) { this.keyInterval = keyIntervalSamples; this.last = null; this.lastKey = null; }
  encode(seq, timestamp, frames) {
    if (frames.length === 0) return new Uint8Array(0);
    const key = this.last === null || this.lastKey === null
      || (timestamp - this.lastKey + 2 ** 32) % 2 ** 32 >= this.keyInterval
      || !((seq - this.last.seq + 65536) % 65536 >= 1 && (seq - this.last.seq + 65536) % 65536 <= MAX_REF);
    let reference = null; let ref = 0;
    if (key) this.lastKey = timestamp;
    else { reference = this.last.reference; ref = (seq - this.last.seq + 65536) % 65536; }
    const levels = frames.map(quantize);
    const dts = frames.map((f) => signedOffset(f.timestamp, timestamp));
    const bytes = packMotion(ref, dts, levels, reference, timestamp);
    this.last = { seq, reference: nextReference(reference, timestamp, dts, levels) };
    return bytes;
  }
}

/** One remote stream's v2 motion state: decode(seq, timestamp, bytes) -> MotionFrame[] ([] while
 * the reference packet is lost or late: until the next key packet). Throws CodecError. */
export class MotionDecoderV2 {
  constructor() { this.refs = new Map(); this.undecodable = 0; }
  decode(seq, timestamp, bytes) {
    if (bytes.length === 0) return [];
    const got = unpackMotion(bytes, timestamp, (ref) => this.refs.get((seq - ref + 65536) % 65536));
    if (!got) { this.undecodable++; return []; }
    this.refs.delete(seq);
    this.refs.set(seq, nextReference(got.reference, timestamp, got.dts, got.frames));
    while (this.refs.size > 32) this.refs.delete(this.refs.keys().next().value);
    return got.frames.map((levels, i) => dequantize(levels, (timestamp + got.dts[i] + 2 ** 32) % 2 ** 32));
  }
}
