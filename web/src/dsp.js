// The audio -> motion front end of sender/motion/dsp.py in JavaScript, float64 throughout: the
// causal polyphase resampler to 16 kHz, causal log-mel frames (25 ms window, 10 ms hop, 40 HTK
// mels, rounded to float32 as numpy's are) with their level in dB, and the autocorrelation pitch
// tracker. Same formulas, same order of operations: tests/test_browser.py compares the motion.

export const FEATURE_RATE = 16000;
export const HOP = 160;
export const WINDOW = 400;
export const N_MELS = 40;
export const PITCH_WINDOW = 640;
const TAPS = 32;
const N_FFT = 512;
const MIN_LAG = Math.floor(FEATURE_RATE / 400);
const MAX_LAG = Math.floor(FEATURE_RATE / 70);
const f32 = Math.fround;

const gcd = (a, b) => (b ? gcd(b, a % b) : a);

// Modified Bessel function I0 by its power series (what np.kaiser needs).
function besselI0(x) {
  let sum = 1; let term = 1; const q = (x * x) / 4;
  for (let k = 1; k < 200; k++) {
    term *= q / (k * k);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}

function kaiser(m, beta) {
  const alpha = (m - 1) / 2;
  return Array.from({ length: m }, (_, n) => besselI0(beta * Math.sqrt(1 - ((n - alpha) / alpha) ** 2)) / besselI0(beta));
}

const sinc = (x) => (x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x));

/** Causal rational resampler (dsp.Resampler): push Float32 samples, get Float64 at 16 kHz. */
export class Resampler {
  constructor(rateIn, rateOut = FEATURE_RATE) {
    if (!(rateIn > 0)) throw new Error(`sample rate must be positive, got ${rateIn}`);
    const g = gcd(rateIn, rateOut);
    this.up = rateOut / g; this.down = rateIn / g;
    this.identity = this.up === this.down;
    const len = TAPS * this.up;
    const cutoff = (0.5 / Math.max(this.up, this.down)) * 0.92;
    const win = kaiser(len, 8.0);
    const h = Array.from({ length: len }, (_, i) => { const n = i - (len - 1) / 2; return 2 * cutoff * sinc(2 * cutoff * n) * win[i] * this.up; });
    // bank[phase][k] = h[k * up + phase]
    this.bank = Array.from({ length: this.up }, (_, p) => Float64Array.from({ length: TAPS }, (_, k) => h[k * this.up + p]));
    this.history = new Float64Array(TAPS - 1);
    this.consumed = 0;
    this.produced = 0;
  }

  push(x) {
    if (this.identity) return Float64Array.from(x);
    const buf = new Float64Array(this.history.length + x.length);
    buf.set(this.history); buf.set(x, this.history.length);
    const start = this.consumed - (TAPS - 1);
    this.consumed += x.length;
    const last = this.consumed - 1;
    const mEnd = last >= 0 ? Math.floor(((last + 1) * this.up - 1) / this.down) + 1 : 0;
    const out = new Float64Array(Math.max(0, mEnd - this.produced));
    for (let i = 0; i < out.length; i++) {
      const pos = (this.produced + i) * this.down;
      const base = Math.floor(pos / this.up) - start; const taps = this.bank[pos % this.up];
      let acc = 0;
      for (let k = 0; k < TAPS; k++) acc += buf[base - k] * taps[k];
      out[i] = acc;
    }
    this.produced = Math.max(this.produced, mEnd);
    this.history = buf.slice(buf.length - (TAPS - 1));
    return out;
  }
}

// numpy.linspace: arange * step + start, the last value set to stop.
function linspace(start, stop, num) {
  const step = (stop - start) / (num - 1);
  const y = Array.from({ length: num }, (_, i) => i * step + start);
  y[num - 1] = stop;
  return y;
}

function melFilterbank(nFft = N_FFT, nMels = N_MELS, fmin = 60.0, fmax = 7600.0) {
  const hzToMel = (f) => 2595.0 * Math.log10(1.0 + f / 700.0);
  const hz = linspace(hzToMel(fmin), hzToMel(fmax), nMels + 2).map((m) => 700.0 * (10 ** (m / 2595.0) - 1.0));
  const val = 1.0 / (nFft * (1.0 / FEATURE_RATE));
  const nBins = nFft / 2 + 1;
  // fb[bin][mel], stored by mel for the inner loop: byMel[m] = [firstBin, weights...]
  const byMel = [];
  for (let i = 0; i < nMels; i++) {
    const [lo, mid, hi] = [hz[i], hz[i + 1], hz[i + 2]];
    const w = new Float64Array(nBins);
    for (let b = 0; b < nBins; b++) {
      const f = b * val;
      w[b] = Math.max(0, Math.min((f - lo) / (mid - lo), (hi - f) / (hi - mid)));
    }
    byMel.push(w);
  }
  return byMel;
}

const FB = melFilterbank();
// np.hanning(WINDOW + 2)[1:-1]
const HANN = Float64Array.from({ length: WINDOW }, (_, i) => 0.5 + 0.5 * Math.cos((Math.PI * (1 - (WINDOW + 2) + 2 * (i + 1))) / (WINDOW + 1)));
const COS = Float64Array.from({ length: N_FFT / 2 }, (_, k) => Math.cos((-2 * Math.PI * k) / N_FFT));
const SIN = Float64Array.from({ length: N_FFT / 2 }, (_, k) => Math.sin((-2 * Math.PI * k) / N_FFT));
const BITREV = (() => {
  const bits = Math.log2(N_FFT); const r = new Uint16Array(N_FFT);
  for (let i = 0; i < N_FFT; i++) { let x = i; let y = 0; for (let b = 0; b < bits; b++) { y = (y << 1) | (x & 1); x >>= 1; } r[i] = y; }
  return r;
})();

/** Power spectrum |rfft(x, 512)|² of a real frame (iterative radix-2). */
function powerSpectrum(frame) {
  const re = new Float64Array(N_FFT); const im = new Float64Array(N_FFT);
  for (let i = 0; i < frame.length; i++) re[BITREV[i]] = frame[i];
  for (let size = 2; size <= N_FFT; size *= 2) {
    const half = size / 2; const step = N_FFT / size;
    for (let start = 0; start < N_FFT; start += size) {
      for (let k = 0; k < half; k++) {
        const a = start + k; const b = a + half;
        const c = COS[k * step]; const s = SIN[k * step];
        const tr = re[b] * c - im[b] * s; const ti = re[b] * s + im[b] * c;
        re[b] = re[a] - tr; im[b] = im[a] - ti;
        re[a] += tr; im[a] += ti;
      }
    }
  }
  const p = new Float64Array(N_FFT / 2 + 1);
  for (let k = 0; k < p.length; k++) p[k] = re[k] * re[k] + im[k] * im[k];
  return p;
}

/** One 400-sample window -> [Float32Array(40) log-mel, level dB (float32)], as dsp.log_mel_frames. */
export function logMelFrame(window) {
  const x = new Float64Array(WINDOW);
  let sq = 0;
  for (let i = 0; i < WINDOW; i++) { x[i] = window[i] * HANN[i]; sq += window[i] * window[i]; }
  const power = powerSpectrum(x);
  const mel = new Float32Array(N_MELS);
  for (let m = 0; m < N_MELS; m++) {
    const w = FB[m]; let acc = 0;
    for (let b = 0; b < power.length; b++) acc += power[b] * w[b];
    mel[m] = Math.log(acc + 1e-6);
  }
  return [mel, f32(10 * Math.log10(sq / WINDOW + 1e-10))];
}

/** Causal log-mel (dsp.LogMel): frame j covers 16 kHz samples [(j+1)·HOP − WINDOW, (j+1)·HOP). */
export class LogMel {
  constructor() { this.buf = new Float64Array(WINDOW - HOP); }

  /** Returns [[mel Float32Array(40), level], ...] for the frames this input completes. */
  push(x) {
    const buf = new Float64Array(this.buf.length + x.length);
    buf.set(this.buf); buf.set(x, this.buf.length);
    const n = Math.floor((buf.length - (WINDOW - HOP)) / HOP);
    const out = [];
    for (let j = 0; j < n; j++) out.push(logMelFrame(buf.subarray(j * HOP, j * HOP + WINDOW)));
    this.buf = n > 0 ? buf.slice(n * HOP) : buf;
    return out;
  }
}

/** Fundamental frequency of a 640-sample 16 kHz window (dsp.pitch_hz); 0 if unvoiced. */
export function pitchHz(window) {
  const n = window.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += window[i];
  mean /= n;
  const x = Float64Array.from(window, (v) => v - mean);
  let energy = 0;
  for (let i = 0; i < n; i++) energy += x[i] * x[i];
  if (n < 2 * MAX_LAG || energy < 1e-7 * n) return 0.0;
  const ac = (lag) => { let s = 0; for (let i = 0; i + lag < n; i++) s += x[i] * x[i + lag]; return s; };
  let best = MIN_LAG; let bestValue = -Infinity;
  for (let lag = MIN_LAG; lag <= MAX_LAG; lag++) {
    const v = ac(lag);
    if (v > bestValue) { bestValue = v; best = lag; }
  }
  return bestValue / energy > 0.45 ? FEATURE_RATE / best : 0.0;
}
