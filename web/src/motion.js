// The motion space (shared/motion.py) and the 36-byte motion frame (shared/PROTOCOL.md,
// shared/quantize.py). Pure functions over bytes; no DOM.

export const SAMPLE_RATE = 48000;

export const ARKIT_BLENDSHAPES = [
  'eyeBlinkLeft', 'eyeLookDownLeft', 'eyeLookInLeft', 'eyeLookOutLeft', 'eyeLookUpLeft',
  'eyeSquintLeft', 'eyeWideLeft',
  'eyeBlinkRight', 'eyeLookDownRight', 'eyeLookInRight', 'eyeLookOutRight', 'eyeLookUpRight',
  'eyeSquintRight', 'eyeWideRight',
  'jawForward', 'jawLeft', 'jawRight', 'jawOpen',
  'mouthClose', 'mouthFunnel', 'mouthPucker', 'mouthLeft', 'mouthRight',
  'mouthSmileLeft', 'mouthSmileRight', 'mouthFrownLeft', 'mouthFrownRight',
  'mouthDimpleLeft', 'mouthDimpleRight', 'mouthStretchLeft', 'mouthStretchRight',
  'mouthRollLower', 'mouthRollUpper', 'mouthShrugLower', 'mouthShrugUpper',
  'mouthPressLeft', 'mouthPressRight', 'mouthLowerDownLeft', 'mouthLowerDownRight',
  'mouthUpperUpLeft', 'mouthUpperUpRight',
  'browDownLeft', 'browDownRight', 'browInnerUp', 'browOuterUpLeft', 'browOuterUpRight',
  'cheekPuff', 'cheekSquintLeft', 'cheekSquintRight',
  'noseSneerLeft', 'noseSneerRight',
  'tongueOut',
];
export const NUM_BLENDSHAPES = ARKIT_BLENDSHAPES.length; // 52
export const BLENDSHAPE_INDEX = Object.fromEntries(ARKIT_BLENDSHAPES.map((n, i) => [n, i]));
export const HEAD_POSE_FIELDS = ['pitch', 'yaw', 'roll', 'x', 'y', 'z'];
export const MAX_ANGLE = Math.PI / 2;
export const MAX_TRANSLATION = 2.0;
const POSE_LIMITS = [MAX_ANGLE, MAX_ANGLE, MAX_ANGLE, MAX_TRANSLATION, MAX_TRANSLATION, MAX_TRANSLATION];
const WEIGHT_LEVELS = 255;
const POSE_LEVELS = 32767;
const MASK_BYTES = 7;
const HEADER_BYTES = 2 + MASK_BYTES;
const POSE_BYTES = 12;

export const WEIGHT_ERROR_BOUND = 1 / (2 * WEIGHT_LEVELS);
export const ANGLE_ERROR_BOUND = MAX_ANGLE / POSE_LEVELS / 2;
export const TRANSLATION_ERROR_BOUND = MAX_TRANSLATION / POSE_LEVELS / 2;

export class FrameError extends Error {}

/**
 * One face instant: timestamp (sender 48 kHz sample index), weights (Float32Array(52), ARKit
 * order, each in [0, 1]) and pose (Float32Array(6): pitch, yaw, roll rad; x, y, z face widths).
 */
export class MotionFrame {
  constructor(timestamp, weights = new Float32Array(NUM_BLENDSHAPES), pose = new Float32Array(6)) {
    if (!Number.isInteger(timestamp) || timestamp < 0) throw new FrameError(`bad timestamp ${timestamp}`);
    if (weights.length !== NUM_BLENDSHAPES) throw new FrameError(`expected 52 weights, got ${weights.length}`);
    for (let i = 0; i < NUM_BLENDSHAPES; i++) {
      const w = weights[i];
      if (!(w >= 0 && w <= 1)) throw new FrameError(`${ARKIT_BLENDSHAPES[i]}=${w} is outside [0, 1]`);
    }
    for (let i = 0; i < 6; i++) {
      // float32 storage may round ±limit up by half an ulp: allow it.
      if (!(Math.abs(pose[i]) <= POSE_LIMITS[i] * (1 + 1e-6))) throw new FrameError(`head ${HEAD_POSE_FIELDS[i]}=${pose[i]} out of range`);
    }
    this.timestamp = timestamp;
    this.weights = Float32Array.from(weights);
    this.pose = Float32Array.from(pose);
  }

  static fromNamed(timestamp, named, pose) {
    const w = new Float32Array(NUM_BLENDSHAPES);
    for (const [name, value] of Object.entries(named)) {
      if (!(name in BLENDSHAPE_INDEX)) throw new FrameError(`unknown blendshape ${name}`);
      w[BLENDSHAPE_INDEX[name]] = value;
    }
    return new MotionFrame(timestamp, w, pose);
  }

  weight(name) {
    return this.weights[BLENDSHAPE_INDEX[name]];
  }
}

// Half away from zero, like shared/quantize.py, so both peers produce the same bytes.
function roundHalfAway(x) {
  return Math.sign(x) * Math.floor(Math.abs(x) + 0.5);
}

/** The bytes of one frame whose timestamp is `dt` samples after its packet's. */
export function encodeFrame(frame, dt) {
  if (!Number.isInteger(dt) || dt < -32768 || dt > 32767) {
    throw new FrameError(`motion frame is ${dt} samples from its packet; the limit is ±32767`);
  }
  const levels = new Uint8Array(NUM_BLENDSHAPES);
  let count = 0;
  for (let i = 0; i < NUM_BLENDSHAPES; i++) {
    levels[i] = Math.floor(frame.weights[i] * WEIGHT_LEVELS + 0.5);
    if (levels[i]) count++;
  }
  const pose = Array.from(frame.pose, (v, i) => roundHalfAway((v / POSE_LIMITS[i]) * POSE_LEVELS));
  const hasPose = pose.some((q) => q !== 0);
  const out = new Uint8Array(HEADER_BYTES + count + (hasPose ? POSE_BYTES : 0));
  const view = new DataView(out.buffer);
  view.setInt16(0, dt);
  let k = HEADER_BYTES;
  for (let i = 0; i < NUM_BLENDSHAPES; i++) {
    if (!levels[i]) continue;
    out[2 + (i >> 3)] |= 1 << (i & 7);
    out[k++] = levels[i];
  }
  if (hasPose) {
    out[2 + (NUM_BLENDSHAPES >> 3)] |= 1 << (NUM_BLENDSHAPES & 7);
    pose.forEach((q, i) => view.setInt16(k + 2 * i, q));
  }
  return out;
}

/** One frame from its bytes; its timestamp is (packetTimestamp + dt) mod 2**32. */
export function decodeFrame(data, packetTimestamp) {
  if (data.length < HEADER_BYTES) {
    throw new FrameError(`motion frame of ${data.length} bytes is shorter than its 9-byte header`);
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const dt = view.getInt16(0);
  if (data[2 + 6] & 0xe0) throw new FrameError('motion frame mask has reserved bits 53..55 set');
  let count = 0;
  for (let i = 0; i < NUM_BLENDSHAPES; i++) if (data[2 + (i >> 3)] & (1 << (i & 7))) count++;
  const hasPose = (data[2 + (NUM_BLENDSHAPES >> 3)] & (1 << (NUM_BLENDSHAPES & 7))) !== 0;
  const expected = HEADER_BYTES + count + (hasPose ? POSE_BYTES : 0);
  if (data.length !== expected) {
    throw new FrameError(`motion frame is ${data.length} bytes; its mask says ${expected}`);
  }
  const weights = new Float32Array(NUM_BLENDSHAPES);
  let k = HEADER_BYTES;
  for (let i = 0; i < NUM_BLENDSHAPES; i++) {
    if (data[2 + (i >> 3)] & (1 << (i & 7))) weights[i] = data[k++] / WEIGHT_LEVELS;
  }
  const pose = new Float32Array(6);
  if (hasPose) {
    for (let i = 0; i < 6; i++) {
      const q = view.getInt16(k + 2 * i);
      if (q === -32768) throw new FrameError('motion frame pose value -32768 is out of range (±32767)');
      pose[i] = (q / POSE_LEVELS) * POSE_LIMITS[i];
    }
  }
  const ts = (((packetTimestamp + dt) % 2 ** 32) + 2 ** 32) % 2 ** 32;
  return new MotionFrame(ts, weights, pose);
}
