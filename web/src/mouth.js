// The learned audio -> motion model in the page, the same pipeline as sender/motion/predictor.py:
// 48 kHz PCM in 20 ms chunks -> 16 kHz (dsp.js) -> causal log-mel at 100 Hz -> the mouth TCN
// (sender/motion/mouth_tcn_20ms.onnx, exported by `photocall export-motion`: float64 graph, so
// the page matches Python's float64 stream) on onnxruntime-web -> mouth weights delayed by the
// 20 ms lookahead (a Python call's default, SenderConfig.lookahead_ms) -> 25 fps frames with the head/blink/gaze process (head_motion.js). Causal and
// streaming; async only because InferenceSession.run is.
import { FEATURE_RATE, LogMel, N_MELS, PITCH_WINDOW, Resampler, pitchHz } from './dsp.js';
import { HeadMotion } from './head_motion.js';
import { BLENDSHAPE_INDEX, MotionFrame, NUM_BLENDSHAPES, SAMPLE_RATE } from './motion.js';
import { ort } from './ort.js';

export const MOUTH_BLENDSHAPES = [
  'jawForward', 'jawLeft', 'jawRight', 'jawOpen', 'mouthClose', 'mouthFunnel', 'mouthPucker',
  'mouthLeft', 'mouthRight', 'mouthSmileLeft', 'mouthSmileRight', 'mouthFrownLeft',
  'mouthFrownRight', 'mouthDimpleLeft', 'mouthDimpleRight', 'mouthStretchLeft',
  'mouthStretchRight', 'mouthRollLower', 'mouthRollUpper', 'mouthShrugLower', 'mouthShrugUpper',
  'mouthPressLeft', 'mouthPressRight', 'mouthLowerDownLeft', 'mouthLowerDownRight',
  'mouthUpperUpLeft', 'mouthUpperUpRight', 'tongueOut',
];
const MOUTH_INDEX = MOUTH_BLENDSHAPES.map((n) => BLENDSHAPE_INDEX[n]);
const N_MOUTH = MOUTH_BLENDSHAPES.length;
// Mirror pairs: every target is symmetric, so the sides' mean is sent (predictor.py's _PAIRS).
const PAIRS = ['Smile', 'Frown', 'Dimple', 'Stretch', 'Press', 'LowerDown', 'UpperUp'].map(
  (n) => [MOUTH_BLENDSHAPES.indexOf(`mouth${n}Left`), MOUTH_BLENDSHAPES.indexOf(`mouth${n}Right`)]);
// The model and its lookahead go together (sender/motion/export.py PAGE_LOOKAHEAD_MS).
export const MODEL_URL = 'mouth_tcn_20ms.onnx';
export const MOTION_CONFIG = Object.freeze({ fps: 25, lookaheadMs: 20, seed: 0 });
// The exported model's layer histories (channels, frames): model.py's inp (5 taps) and blocks.
const CHANNELS = 96;
const DILATIONS = [1, 2, 4, 8, 16];
const PADS = [4, ...DILATIONS.map((d) => 2 * d)];
const RECEPTIVE_FIELD = 1 + PADS.reduce((a, b) => a + b, 0);
const GATE_FROM = 0.5;
const f32 = Math.fround;

/** The ONNX mouth model on onnxruntime-web; create() throws where it cannot run. */
export class MouthModel {
  static async create(url = MODEL_URL) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return new MouthModel(await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] }));
  }

  constructor(session) { this.session = session; }

  emptyState() {
    return PADS.map((p, i) => new ort.Tensor('float64', new Float64Array((i === 0 ? N_MELS : CHANNELS) * p), [1, i === 0 ? N_MELS : CHANNELS, p]));
  }

  /** frames: Float32Array(40) log-mel each. Returns {mouth: (28 x T) row-major, silence: T, state}. */
  async run(frames, state) {
    const t = frames.length;
    const mel = new Float64Array(N_MELS * t);
    frames.forEach((f, j) => { for (let m = 0; m < N_MELS; m++) mel[m * t + j] = f[m]; });
    const feeds = { mel: new ort.Tensor('float64', mel, [1, N_MELS, t]) };
    state.forEach((s, i) => { feeds[`state${i}`] = s; });
    const out = await this.session.run(feeds);
    return { mouth: out.mouth.data, silence: out.silence.data, state: PADS.map((_, i) => out[`next${i}`]) };
  }

  /** MouthTCN.primed_state: the histories after RECEPTIVE_FIELD copies of the first frame. */
  async prime(frame) {
    return (await this.run(Array.from({ length: RECEPTIVE_FIELD }, () => frame), this.emptyState())).state;
  }
}

/** StreamingPredictor in the page. push(pcm 48 kHz Float32Array) -> Promise<MotionFrame[]>;
 * calls must not overlap (the sender chains them). */
export class MotionPredictor {
  /** origin: the sender's sample index of the first sample pushed (frame timestamps count from it). */
  constructor(model, { fps = MOTION_CONFIG.fps, lookaheadMs = MOTION_CONFIG.lookaheadMs, seed = MOTION_CONFIG.seed, sampleRate = SAMPLE_RATE, origin = 0 } = {}) {
    Object.assign(this, { model, fps, sampleRate, origin });
    this.delay = lookaheadMs / 10 - 1;
    this.lookaheadMs = lookaheadMs;
    this.resampler = new Resampler(sampleRate, FEATURE_RATE);
    this.logMel = new LogMel();
    this.state = null;
    this.head = new HeadMotion(fps, seed);
    this.nIn = 0; this.nFeat = 0; this.k = 0;
    this.base = 0; this.mouth = []; this.sil = []; this.level = [];
    this.a16 = new Float64Array(PITCH_WINDOW); this.a16End = 0;
    this.closed = false;
    this.runMs = []; // time of each model call, for the page's cost figure
  }

  async push(pcm) {
    if (this.closed) throw new Error('push after flush');
    const x = Float32Array.from(pcm, (v) => (Number.isFinite(v) ? Math.min(1, Math.max(-1, v)) : 0));
    this.nIn += x.length;
    await this.ingest(x);
    return this.emit(null);
  }

  async flush() {
    if (this.closed) return [];
    const pad = Math.ceil((this.sampleRate * (this.lookaheadMs + 40)) / 1000);
    await this.ingest(new Float32Array(pad));
    this.closed = true;
    return this.emit(this.nIn);
  }

  async ingest(x) {
    const y = this.resampler.push(x);
    if (y.length) {
      const a = new Float64Array(this.a16.length + y.length);
      a.set(this.a16); a.set(y, this.a16.length);
      this.a16 = a; this.a16End += y.length;
    }
    const feats = this.logMel.push(y);
    if (!feats.length) return;
    const t0 = performance.now();
    if (this.state === null) this.state = await this.model.prime(feats[0][0]);
    const out = await this.model.run(feats.map((f) => f[0]), this.state);
    this.runMs.push(performance.now() - t0);
    if (this.runMs.length > 500) this.runMs.shift();
    this.state = out.state;
    const n = feats.length;
    const first = this.nFeat - this.delay;
    this.nFeat += n;
    for (const f of feats) this.level.push(f[1]);
    for (let j = Math.max(0, -first); j < n; j++) {
      const sil = out.silence[j];
      const gate = Math.min(1, Math.max(0, (1.0 - sil) / (1.0 - GATE_FROM)));
      this.mouth.push(Float32Array.from({ length: N_MOUTH }, (_, m) => out.mouth[m * n + j] * gate));
      this.sil.push(f32(sil));
    }
  }

  emit(end) {
    const { fps } = this; const frames = [];
    const available = this.base + this.mouth.length;
    for (;;) {
      const k = this.k;
      if (end !== null && k * this.sampleRate >= end * fps) break;
      const i0 = Math.floor((k * 100) / fps); const rem = (k * 100) % fps;
      if (i0 + (rem ? 1 : 0) >= available) break;
      const frac = rem / fps;
      const j0 = i0 - this.base; const j1 = j0 + (rem ? 1 : 0);
      // float32 arithmetic, as numpy does on the predictor's float32 buffers
      const mouth = Float32Array.from({ length: N_MOUTH }, (_, m) => f32(f32((1 - frac) * this.mouth[j0][m]) + f32(frac * this.mouth[j1][m])));
      const speaking = f32(1.0 - f32(f32((1 - frac) * this.sil[j0]) + f32(frac * this.sil[j1])));
      frames.push(this.frame(k, mouth, speaking, this.level[j0]));
      this.k++;
    }
    const drop = Math.min(Math.max(0, Math.floor((this.k * 100) / fps) - 1 - this.base), this.mouth.length);
    if (drop) {
      this.mouth.splice(0, drop); this.sil.splice(0, drop); this.level.splice(0, drop);
      this.base += drop;
    }
    const keep = this.a16End - (Math.floor((this.k * FEATURE_RATE) / fps) - PITCH_WINDOW);
    if (keep < this.a16.length) this.a16 = this.a16.slice(this.a16.length - Math.max(keep, 0));
    return frames;
  }

  frame(k, mouth, speaking, level) {
    const stop = Math.floor((k * FEATURE_RATE) / this.fps);
    const offset = this.a16.length - (this.a16End - stop);
    const window = this.a16.subarray(Math.max(0, offset - PITCH_WINDOW), Math.max(0, offset));
    const f0 = window.length === PITCH_WINDOW ? pitchHz(window) : 0.0;
    const [weights, pose] = this.head.step(level, f0, speaking);
    mouth = Float32Array.from(mouth);
    for (const [l, r] of PAIRS) mouth[l] = mouth[r] = f32((mouth[l] + mouth[r]) / 2);
    const rest = f32(1e-3);
    MOUTH_INDEX.forEach((idx, m) => { weights[idx] = mouth[m] < rest ? 0.0 : mouth[m]; });
    for (let i = 0; i < NUM_BLENDSHAPES; i++) weights[i] = Math.min(1, Math.max(0, weights[i]));
    return new MotionFrame(this.origin + Math.round((k * SAMPLE_RATE) / this.fps), weights, pose);
  }

  /** Model time per call in ms (each call: one 20 ms chunk's two feature frames), median and p90. */
  runStats() {
    const s = [...this.runMs].sort((a, b) => a - b);
    return s.length ? { median: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)] } : null;
  }
}
