// The head process's seeded generator, bit for bit the same as sender/motion/rng.py
// (xoshiro128** seeded by splitmix32; 53-bit doubles; Box–Muller normals keeping the spare;
// Marsaglia–Tsang gammas), so a page and `photocall send` with one seed blink alike.

const rotl = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;

export class PortableRng {
  constructor(seed) {
    let s = seed >>> 0;
    const words = [];
    for (let i = 0; i < 4; i++) { // splitmix32
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      words.push((z ^ (z >>> 16)) >>> 0);
    }
    if (words.every((w) => w === 0)) words[0] = 1;
    this.s = Uint32Array.from(words);
    this.spare = null;
  }

  nextU32() {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /** Uniform in [0, 1), 53 bits. */
  random() {
    const a = this.nextU32() >>> 5; const b = this.nextU32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  uniform(low, high) { return low + (high - low) * this.random(); }

  normal() {
    if (this.spare !== null) { const z = this.spare; this.spare = null; return z; }
    const r = Math.sqrt(-2.0 * Math.log(1.0 - this.random()));
    const phi = 2.0 * Math.PI * this.random();
    this.spare = r * Math.sin(phi);
    return r * Math.cos(phi);
  }

  standardNormal(n) { return Array.from({ length: n }, () => this.normal()); }

  /** Marsaglia–Tsang, shape >= 1. */
  gamma(shape, scale) {
    const d = shape - 1.0 / 3.0;
    const c = 1.0 / Math.sqrt(9.0 * d);
    for (;;) {
      const x = this.normal();
      let v = 1.0 + c * x;
      if (v <= 0.0) continue;
      v = v * v * v;
      const u = this.random();
      if (u < 1.0 - 0.0331 * x * x * x * x) return d * v * scale;
      if (Math.log(u) < 0.5 * x * x + d * (1.0 - v + Math.log(v))) return d * v * scale;
    }
  }
}
