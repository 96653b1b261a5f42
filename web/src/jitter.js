// Jitter buffer keyed by the sender's 48 kHz sample clock: a port of receiver/jitter.py with the
// same rules (sans-I/O: the caller passes arrival times and pops once per frame of playout).
// A missing frame never stalls playout: pop() returns {payload: null} and the caller conceals.
// Silence (the sender's DTX, isDtx; push(..., dtx = true)): a DTX packet means "nothing until the
// next packet". From it on, missing frames are silence, not loss: pop() returns {silent: true},
// nothing is held or counted lost; speech that resumes early skips silent frames down to the
// target depth (trimmed), speech that comes after its slot played as silence moves playout back.
import { SAMPLE_RATE } from './motion.js';

export const DEFAULT_JITTER_CONFIG = Object.freeze({
  frameSamples: 960, minMs: 20, maxMs: 100, window: 100, skipAfter: 25, resyncMs: 300,
});

export class JitterBuffer {
  constructor(config = DEFAULT_JITTER_CONFIG) {
    this.config = { ...DEFAULT_JITTER_CONFIG, ...config };
    this.frames = new Map();
    this.transitMs = [];
    this.next = null; // sender sample of the next pop; null until primed
    this.started = false;
    this.over = 0;
    this.dtx = new Set(); // frames held that are DTX
    this.silentFrom = null; // the DTX frame that began the current silence
    this.counters = { received: 0, late: 0, duplicate: 0, lost: 0, underruns: 0, skipped: 0, resyncs: 0, dtx: 0, silent: 0, trimmed: 0 };
  }

  /** Playout is in a silence the sender announced. */
  get silent() { return this.silentFrom !== null; }

  get frameMs() { return (this.config.frameSamples * 1000) / SAMPLE_RATE; }

  /** Adaptive target depth: transit spread (p95 - min) over the window + one frame, clamped. */
  get targetMs() {
    if (this.transitMs.length < 2) return this.config.minMs;
    const ordered = [...this.transitMs].sort((a, b) => a - b);
    const p95 = ordered[Math.min(ordered.length - 1, Math.floor(0.95 * ordered.length))];
    return Math.min(this.config.maxMs, Math.max(this.config.minMs, p95 - ordered[0] + this.frameMs));
  }

  get depthMs() {
    if (this.frames.size === 0) return 0;
    const keys = [...this.frames.keys()];
    const start = this.next !== null ? this.next : Math.min(...keys);
    const end = Math.max(...keys) + this.config.frameSamples;
    return Math.max(0, ((end - start) * 1000) / SAMPLE_RATE);
  }

  /** Add one frame (timestamp unwrapped); dtx: it holds no audio, the sender fell silent.
   * Returns false (and counts) if late or duplicate. */
  push(timestamp, payload, arrivalMs, dtx = false) {
    if (this.next !== null && timestamp < this.next && this.started) {
      if (this.silentFrom === null || timestamp <= this.silentFrom) {
        this.counters.late++;
        return false;
      }
      // Speech after a silence, later than the latency allowed: its slot played as silence,
      // so playing it now costs only more silence. Playout moves back to it.
      this.next = timestamp;
    }
    if (this.frames.has(timestamp)) {
      this.counters.duplicate++;
      return false;
    }
    this.counters.received++;
    this.frames.set(timestamp, payload);
    if (dtx) { this.dtx.add(timestamp); this.counters.dtx++; }
    this.transitMs.push(arrivalMs - (timestamp * 1000) / SAMPLE_RATE);
    if (this.transitMs.length > this.config.window) this.transitMs.shift();
    if (this.next === null || (!this.started && timestamp < this.next)) this.next = timestamp;
    return true;
  }

  /** Whether the frame the next pop plays is already here. */
  hasNext() { return this.next !== null && this.frames.has(this.next); }

  /** The next frame of playout {timestamp, payload|null, silent}, or null while priming. */
  pop() {
    if (this.next === null) return null;
    if (!this.started) {
      if (this.depthMs < this.targetMs) return null;
      this.started = true;
    }
    this.maybeResync();
    if (this.silentFrom !== null) this.trimSilence();
    const ts = this.next;
    let payload = this.frames.has(ts) ? this.frames.get(ts) : null;
    this.frames.delete(ts);
    if (this.dtx.has(ts)) {
      this.dtx.delete(ts);
      if (this.silentFrom === null) this.silentFrom = ts;
      payload = null;
    } else if (payload !== null) {
      this.silentFrom = null;
    }
    if (this.silentFrom !== null && payload === null) {
      this.counters.silent++;
      this.next = ts + this.config.frameSamples;
      this.forgetBehind();
      return { timestamp: ts, payload: null, silent: true };
    }
    if (payload === null && ![...this.frames.keys()].some((t) => t > ts)) {
      // Nothing newer has arrived: the frame may be late, not lost. Hold the position.
      this.counters.underruns++;
      return { timestamp: ts, payload: null, held: true, silent: false };
    }
    if (payload === null) this.counters.lost++;
    this.next = ts + this.config.frameSamples;
    this.adapt();
    return { timestamp: ts, payload, silent: false };
  }

  /** In a silence, speech has arrived with more buffered than the target: skip the silent
   * frames before it (silence is free to drop). */
  trimSilence() {
    const ahead = [...this.frames.keys()].filter((t) => t > this.next && !this.dtx.has(t));
    if (this.frames.has(this.next) || ahead.length === 0) return;
    const first = Math.min(...ahead);
    while (this.next < first && this.depthMs - this.frameMs >= this.targetMs) {
      this.next += this.config.frameSamples;
      this.counters.trimmed++;
    }
  }

  forgetBehind() {
    for (const t of [...this.frames.keys()]) {
      if (t < this.next) { this.frames.delete(t); this.dtx.delete(t); }
    }
  }

  maybeResync() {
    if (this.frames.has(this.next) || this.frames.size === 0) return;
    const first = Math.min(...this.frames.keys());
    if (((first - this.next) * 1000) / SAMPLE_RATE > this.config.resyncMs) {
      this.counters.resyncs++;
      this.next = first;
    }
  }

  adapt() {
    // Skip a frame only after the buffer has been too deep for skipAfter pops in a row.
    if (this.depthMs > this.targetMs + 2 * this.frameMs) this.over++;
    else this.over = 0;
    if (this.over >= this.config.skipAfter) {
      this.over = 0;
      this.frames.delete(this.next);
      this.dtx.delete(this.next);
      this.next += this.config.frameSamples;
      this.counters.skipped++;
    }
    this.forgetBehind();
  }
}

/**
 * Motion frames on the sender's sample clock; sample(s) interpolates the face at sender sample s
 * (linear between neighbours, held at the ends). Frames far behind playout are forgotten.
 */
export class MotionTrack {
  constructor(keepSamples = SAMPLE_RATE * 2) {
    this.frames = []; // sorted by unwrapped timestamp: {t, weights, pose}
    this.keepSamples = keepSamples;
  }

  add(t, weights, pose) {
    let i = this.frames.length;
    while (i > 0 && this.frames[i - 1].t > t) i--;
    if (i > 0 && this.frames[i - 1].t === t) return;
    this.frames.splice(i, 0, { t, weights, pose });
  }

  sample(s, outWeights, outPose) {
    const f = this.frames;
    if (f.length === 0) return false;
    let hi = f.findIndex((x) => x.t >= s);
    if (hi === -1) hi = f.length;
    let a; let b; let u;
    if (hi === 0) { a = b = f[0]; u = 0; }
    else if (hi === f.length) { a = b = f[f.length - 1]; u = 0; }
    else { a = f[hi - 1]; b = f[hi]; u = (s - a.t) / (b.t - a.t); }
    for (let i = 0; i < outWeights.length; i++) outWeights[i] = a.weights[i] + (b.weights[i] - a.weights[i]) * u;
    for (let i = 0; i < 6; i++) outPose[i] = a.pose[i] + (b.pose[i] - a.pose[i]) * u;
    // Forget what playout has passed (keep one frame before s for interpolation).
    const cut = f.findIndex((x) => x.t >= s - this.keepSamples);
    if (cut > 1) f.splice(0, cut - 1);
    return true;
  }
}
