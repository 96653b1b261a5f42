// Protocol v2 motion decoding (shared/PROTOCOL.md "Version 2 media packet"; the reference is
// shared/motion_codec.py): Exp-Golomb residuals, partner pairs, prediction across packets.
// The browser decodes v2 and still sends v1.
import { ARKIT_BLENDSHAPES, BLENDSHAPE_INDEX, MotionFrame, NUM_BLENDSHAPES } from './motion.js';

export class CodecError extends Error {}

const NUM_SLOTS = NUM_BLENDSHAPES + 6;
const POSE_SLOTS = ['pitch', 'yaw', 'roll', 'x', 'y', 'z'];
const POSE_SCALES = [512, 512, 512, 256, 256, 256];
const SLOT_LIMITS = [...Array(NUM_BLENDSHAPES).fill(128), 804, 804, 804, 512, 512, 512];
const MAX_RESIDUAL = 4 * 128 + 4 * 804;
const MAX_REF = 64;
const MAX_FRAMES = 16;
const MAX_PREFIX = 24;
const KEY_K = 3;
const DELTA_K = 0;
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
// slot -> partner slot, in ARKit order of the right-hand slot (as Python's dict iterates)
const PARTNER = Object.entries(PARTNER_NAMES)
  .map(([r, l]) => [BLENDSHAPE_INDEX[r], BLENDSHAPE_INDEX[l]]);
const PAIRED = new Set(PARTNER.map(([r]) => r));

const FIRST = ['pitch', 'yaw', 'roll', 'x', 'y', 'z', 'jawOpen', 'mouthStretchLeft',
  'mouthLowerDownLeft', 'mouthSmileLeft', 'mouthUpperUpLeft', 'mouthPucker', 'mouthFunnel',
  'browInnerUp', 'mouthRollLower', 'browOuterUpLeft', 'eyeLookUpLeft', 'eyeLookInLeft',
  'eyeLookOutLeft', 'eyeLookDownLeft', 'mouthPressLeft', 'mouthRollUpper', 'mouthClose',
  'eyeBlinkLeft'].map((n) => SLOT_INDEX[n]);
export const SLOT_ORDER = [
  ...FIRST,
  ...[...Array(NUM_BLENDSHAPES).keys()].filter((i) => !FIRST.includes(i) && !PAIRED.has(i)),
  ...[...Array(NUM_BLENDSHAPES).keys()].filter((i) => PAIRED.has(i)),
];

class BitReader {
  constructor(bytes) { this.bytes = bytes; this.pos = 0; }
  bit() {
    if (this.pos >= 8 * this.bytes.length) throw new CodecError('motion bits end in the middle of a code');
    const b = (this.bytes[this.pos >> 3] >> (7 - (this.pos & 7))) & 1;
    this.pos++;
    return b;
  }
  bits(n) { let v = 0; for (let i = 0; i < n; i++) v = v * 2 + this.bit(); return v; }
  expGolomb(k = 0) {
    let zeros = 0;
    while (this.bit() === 0) if (++zeros > MAX_PREFIX) throw new CodecError('an Exp-Golomb code in the motion bits is too long');
    return (2 ** (zeros + k) + this.bits(zeros + k)) - 2 ** k;
  }
  finish() {
    const rest = 8 * this.bytes.length - this.pos;
    if (rest >= 8) throw new CodecError(`${rest >> 3} byte(s) after the motion frames`);
    if (this.bits(rest)) throw new CodecError('motion padding bits are not zero');
  }
}

const unzigzag = (u) => (u % 2 === 0 ? u / 2 : -(u + 1) / 2);

function readResidual(r, k) {
  const count = r.expGolomb();
  if (count > NUM_SLOTS) throw new CodecError(`${count} non-zero motion slots; a frame has ${NUM_SLOTS}`);
  const residual = new Array(NUM_SLOTS).fill(0);
  let pos = -1;
  for (let i = 0; i < count; i++) {
    pos += r.expGolomb() + 1;
    if (pos >= NUM_SLOTS) throw new CodecError('a motion slot index runs past the last slot');
    const magnitude = r.expGolomb(k) + 1;
    if (magnitude > MAX_RESIDUAL) throw new CodecError('a motion residual is out of range');
    residual[SLOT_ORDER[pos]] = r.bit() ? -magnitude : magnitude;
  }
  return residual;
}

/** A v2 packet's motion bits -> {ref, frames: [{dt, residual (58, slot order)}]}. */
export function unpackMotion(bytes) {
  if (bytes.length === 0) return { ref: 0, frames: [] };
  const r = new BitReader(bytes);
  const count = r.expGolomb() + 1;
  if (count > MAX_FRAMES) throw new CodecError(`${count} motion frames; the limit is ${MAX_FRAMES}`);
  const ref = r.expGolomb();
  if (ref > MAX_REF) throw new CodecError(`motion ref ${ref} is outside 0..${MAX_REF}`);
  const dts = [unzigzag(r.expGolomb())];
  if (count > 1) {
    const step = unzigzag(r.expGolomb());
    dts.push(dts[0] + step);
    for (let i = 2; i < count; i++) dts.push(dts[i - 1] + step + unzigzag(r.expGolomb()));
  }
  const frames = dts.map((dt, i) => {
    if (dt < -32768 || dt > 32767) throw new CodecError(`motion frame dt ${dt} is outside ±32767`);
    return { dt, residual: readResidual(r, i === 0 && ref === 0 ? KEY_K : DELTA_K) };
  });
  r.finish();
  return { ref, frames };
}

function levelsOf(residual, reference) {
  const diff = residual.slice();
  for (const [s, p] of PARTNER) diff[s] += diff[p];
  const levels = diff.map((d, i) => d + reference[i]);
  levels.forEach((q, i) => {
    const low = i < NUM_BLENDSHAPES ? 0 : -SLOT_LIMITS[i];
    if (q < low || q > SLOT_LIMITS[i]) throw new CodecError(`decoded ${SLOT_NAMES[i]} level ${q} is out of range`);
  });
  return levels;
}

function dequantize(levels, timestamp) {
  const w = Float32Array.from(levels.slice(0, NUM_BLENDSHAPES), (q) => q / 128);
  const pose = Float32Array.from(levels.slice(NUM_BLENDSHAPES), (q, i) => q / POSE_SCALES[i]);
  return new MotionFrame(timestamp, w, pose);
}

const ZERO = new Array(NUM_SLOTS).fill(0);

/** One remote stream's v2 motion state: decode(seq, timestamp, motion) -> MotionFrame[] ([] while
 * the reference packet is lost or late: until the next key packet). Throws CodecError. */
export class MotionDecoderV2 {
  constructor() { this.refs = new Map(); this.undecodable = 0; }
  decode(seq, timestamp, motion) {
    if (motion.frames.length === 0) return [];
    let reference = ZERO;
    if (motion.ref !== 0) {
      reference = this.refs.get((seq - motion.ref + 65536) % 65536);
      if (!reference) { this.undecodable++; return []; }
    }
    const out = motion.frames.map((f) => {
      reference = levelsOf(f.residual, reference);
      return dequantize(reference, (timestamp + f.dt + 2 ** 32) % 2 ** 32);
    });
    this.refs.delete(seq);
    this.refs.set(seq, reference);
    while (this.refs.size > 32) this.refs.delete(this.refs.keys().next().value);
    return out;
  }
}
