// Head motion, blinks and gaze: sender/motion/head.py line for line (same seeded generator,
// rng.js = rng.py, same float64 arithmetic in the same order; weights rounded to float32 as
// numpy's are), so a page's blinks, nods and sway equal `photocall send`'s. Change both together.
import { BLENDSHAPE_INDEX as I, NUM_BLENDSHAPES } from './motion.js';
import { PortableRng } from './rng.js';

export const HEAD_CONFIG = Object.freeze({
  blinksPerMin: 13.0, blinkCloseS: 0.05, blinkHoldS: 0.025, blinkOpenS: 0.075,
  swayRad: [0.02, 0.035, 0.015], swayShift: 0.01, swayTauS: 2.5, swaySmoothS: 0.4, speakingGain: 1.6,
  nodRad: 0.05, nodS: 0.35, nodJumpDb: 6.0, nodGapS: 1.5,
  gazeIntervalS: 1.4, gazeSpread: [0.18, 0.1],
});
const LIMITS = [0.25, 0.35, 0.2, 0.1, 0.1, 0.1];
const clip = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

export class HeadMotion {
  constructor(fps, seed, config = HEAD_CONFIG) {
    this.c = config;
    this.dt = 1.0 / fps;
    this.rng = new PortableRng(seed);
    this.t = 0.0;
    this.drift = [0, 0, 0, 0, 0, 0]; // the OU process; the sway follows it through a low-pass
    this.sway = [0, 0, 0, 0, 0, 0];
    this.nods = [];
    this.lastNod = -1.0;
    this.nodCount = 0;
    this.levelAvg = -30.0;
    this.levelHist = [-100.0, -100.0, -100.0];
    this.f0Avg = 0.0;
    this.lift = 0.0;
    this.nextBlink = this.blinkInterval();
    this.blinkStart = -1.0;
    this.wasSpeaking = false;
    this.voice = 0.0;
    this.nextSaccade = this.rng.gamma(2.0, config.gazeIntervalS / 2);
    this.gaze = [0, 0];
    this.gazeTarget = [0, 0];
  }

  blinkInterval() {
    const mean = 60.0 / this.c.blinksPerMin;
    return Math.max(0.8, this.rng.gamma(3.0, mean / 3.0));
  }

  blinkValue() {
    const c = this.c; let age = this.t - this.blinkStart;
    if (this.blinkStart < 0 || age < 0) return 0.0;
    if (age < c.blinkCloseS) return age / c.blinkCloseS;
    if (age < c.blinkCloseS + c.blinkHoldS) return 1.0;
    age -= c.blinkCloseS + c.blinkHoldS;
    return Math.max(0.0, 1.0 - age / c.blinkOpenS);
  }

  /** One frame: [Float32Array(52) eye/brow weights, Float64Array(6) pose]. */
  step(levelDb, pitchHz, speaking) {
    const { c, dt, rng } = this;
    this.voice += 0.3 * (speaking - this.voice);
    const talking = this.voice > (this.wasSpeaking ? 0.35 : 0.65);
    const gain = talking ? c.speakingGain : 1.0;
    const std = [...c.swayRad, c.swayShift, c.swayShift, c.swayShift].map((s) => s * gain);
    const a = dt / c.swayTauS;
    const sq = Math.sqrt(2 * a * (1 + c.swaySmoothS / c.swayTauS));
    const noise = rng.standardNormal(6);
    const k = dt / c.swaySmoothS;
    for (let i = 0; i < 6; i++) {
      this.drift[i] += -a * this.drift[i] + std[i] * sq * noise[i];
      this.sway[i] += k * (this.drift[i] - this.sway[i]);
    }
    if (talking) {
      this.levelAvg += 0.05 * (levelDb - this.levelAvg);
      const jump = levelDb - this.levelHist[0];
      if (levelDb > this.levelAvg + 3.0 && jump > c.nodJumpDb && this.t - this.lastNod > c.nodGapS && rng.random() < 0.6) {
        const amp = c.nodRad * clip(jump / 12.0, 0.4, 1.0) * rng.uniform(0.7, 1.2);
        this.nods.push([this.t, amp]);
        this.nodCount++;
        this.lastNod = this.t;
      }
    }
    this.levelHist = [...this.levelHist.slice(1), levelDb];
    let nod = 0.0;
    for (const [start, amp] of this.nods) {
      const age = this.t - start;
      if (age >= 0 && age < c.nodS) nod += amp * Math.sin((Math.PI * age) / c.nodS);
    }
    this.nods = this.nods.filter((n) => this.t - n[0] < c.nodS);
    let excess = 0.0;
    if (pitchHz > 0) {
      this.f0Avg = this.f0Avg === 0 ? pitchHz : this.f0Avg + 0.03 * (pitchHz - this.f0Avg);
      excess = clip((pitchHz / this.f0Avg - 1.0) * 4.0, 0.0, 1.0);
    }
    this.lift += 0.25 * (excess - this.lift);
    if (this.wasSpeaking && !talking && this.nextBlink - this.t > 1.0 && this.t - this.blinkStart > 2.0 && rng.random() < 0.3) {
      this.nextBlink = this.t;
    }
    this.wasSpeaking = talking;
    if (this.t >= this.nextBlink) {
      this.blinkStart = this.t;
      this.nextBlink = this.t + this.blinkInterval();
    }
    const blink = this.blinkValue();
    if (this.t >= this.nextSaccade) {
      const n = rng.standardNormal(2);
      this.gazeTarget = [n[0] * c.gazeSpread[0], n[1] * c.gazeSpread[1]];
      const scale = talking ? 0.7 : 1.0;
      this.nextSaccade = this.t + rng.gamma(2.0, (scale * c.gazeIntervalS) / 2);
    }
    const drift = rng.standardNormal(2);
    for (let i = 0; i < 2; i++) this.gaze[i] += 0.7 * (this.gazeTarget[i] - this.gaze[i]) + 0.004 * drift[i];
    this.t += dt;

    const w = new Float32Array(NUM_BLENDSHAPES);
    w[I.eyeBlinkLeft] = w[I.eyeBlinkRight] = blink;
    const gx = clip(this.gaze[0], -0.6, 0.6); const gy = clip(this.gaze[1], -0.6, 0.6);
    w[I.eyeLookOutLeft] = w[I.eyeLookInRight] = Math.max(gx, 0.0);
    w[I.eyeLookInLeft] = w[I.eyeLookOutRight] = Math.max(-gx, 0.0);
    w[I.eyeLookUpLeft] = w[I.eyeLookUpRight] = Math.max(gy, 0.0);
    w[I.eyeLookDownLeft] = w[I.eyeLookDownRight] = Math.max(-gy, 0.0);
    w[I.browInnerUp] = 0.35 * this.lift;
    w[I.browOuterUpLeft] = w[I.browOuterUpRight] = 0.25 * this.lift;
    const pose = Float64Array.from(this.sway);
    pose[0] += nod - 0.03 * this.lift;
    for (let i = 0; i < 6; i++) pose[i] = LIMITS[i] * Math.tanh(pose[i] / LIMITS[i]);
    for (let i = 0; i < NUM_BLENDSHAPES; i++) w[i] = clip(w[i], 0, 1);
    return [w, pose];
  }
}
