// What the page does with one remote participant's packets: the jitter buffer on the sender's
// sample clock (jitter.js, same rules as receiver/jitter.py), Opus decoded by WebCodecs
// AudioDecoder and scheduled on the WebAudio clock one 20 ms slot after another, and the motion
// track sampled at the sender sample being played out, so lips stay in sync by construction.
import { JitterBuffer, MotionTrack } from './jitter.js';
import { NUM_BLENDSHAPES, SAMPLE_RATE } from './motion.js';
import { CodecError, MotionDecoderV2 } from './motion_v2.js';
import { GraphAssembler, MediaPacket, PhotoAssembler, ProtocolError, Unwrapper, VALID_SAMPLES, decode, isDtx, negotiate } from './protocol.js';

const OPUS_PRE_SKIP = 312; // decoded audio lags the packet's first sample by the encoder's pre-skip


/** Samples at 48 kHz in one Opus packet, from its TOC byte (RFC 6716 §3.1); 0 if malformed. */
export function opusFrameSamples(packet) {
  if (!packet.length) return 0;
  const toc = packet[0];
  const config = toc >> 3;
  let perFrame;
  if (config < 12) perFrame = [480, 960, 1920, 2880][config & 3];
  else if (config < 16) perFrame = [480, 960][config & 1];
  else perFrame = [120, 240, 480, 960][config & 3];
  const code = toc & 3;
  const count = code === 0 ? 1 : code < 3 ? 2 : packet.length > 1 ? packet[1] & 0x3f : 0;
  return perFrame * count;
}
const MIN_LEAD_S = 0.06; // how far ahead of the audio clock slots are decoded and scheduled...
const MAX_LEAD_S = 0.4; // ...growing with the page's timer jank (a busy main thread) up to this

/** Measures the gaps between scheduler ticks; lead() is how far ahead audio must be scheduled
 * so that the longest recent gap does not leave the speaker without samples. */
export class TickClock {
  constructor() { this.last = null; this.gaps = []; }
  tick(now) {
    if (this.last !== null) { this.gaps.push(now - this.last); if (this.gaps.length > 200) this.gaps.shift(); }
    this.last = now;
  }
  lead() {
    if (this.gaps.length < 5) return MIN_LEAD_S;
    const sorted = [...this.gaps].sort((a, b) => a - b);
    const p98 = sorted[Math.floor(0.98 * (sorted.length - 1))];
    return Math.min(MAX_LEAD_S, Math.max(MIN_LEAD_S, 1.5 * p98 + 0.02));
  }
}
const MOTION_ONLY_DELAY = 0.06 * SAMPLE_RATE; // playout delay when a peer sends no audio

export function emptyStats() {
  return {
    packetsReceived: 0, mediaPackets: 0, controlPackets: 0, protocolErrors: 0,
    motionFramesReceived: 0, motionLog: [], audioPacketsReceived: 0, audioFramesDecoded: 0,
    audioSamplesDecoded: 0, audioSlotsScheduled: 0, audioSlotsConcealed: 0, audioSlotsSilent: 0, audioLate: 0,
    decodeErrors: 0, jitter: null, photoBytes: 0, photoPeer: null, helloName: null,
    renderedFrames: 0, currentWeights: new Array(NUM_BLENDSHAPES).fill(0),
    currentPose: [0, 0, 0, 0, 0, 0], playoutSample: null,
  };
}

export class Participant {
  /** ctx: a running AudioContext (or null: decode but do not play); stats: the shared counters. */
  constructor(remote, ctx, output, stats, onPhoto) {
    Object.assign(this, { remote, ctx, output, stats, onPhoto });
    this.jitter = null; // made at the first audio packet, whose duration fixes the slot length
    this.track = new MotionTrack();
    this.motionV2 = new MotionDecoderV2(); // protocol v2's references, per remote stream
    this.mediaVersion = 1; // what we send this peer: 1 until its Hello, null if none is shared
    this.mismatch = null; // why none is shared, until main.js has sent the notice
    this.seqs = new Unwrapper(16);
    this.stamps = new Unwrapper(32);
    this.photos = new PhotoAssembler();
    this.graphs = new GraphAssembler();
    this.capabilities = []; // from the peer's Hello
    this.onGraph = null; // (photoId, gzipped graph | null, why) — set by the page
    this.slots = []; // {time (clock s), ts (sender sample)} of scheduled playout slots, recent only
    this.nextSlot = null;
    this.pending = []; // {at (clock s), total, remaining samples} per packet sent to the decoder
    this.motionAnchor = null; // {time, sample} for peers that send motion without audio
    this.decoder = this.makeDecoder();
  }

  now() { return this.ctx && this.ctx.state === 'running' ? this.ctx.currentTime : performance.now() / 1000; }

  makeDecoder() {
    if (typeof AudioDecoder === 'undefined') return null;
    const decoder = new AudioDecoder({
      output: (audio) => this.play(audio),
      error: (e) => { this.stats.decodeErrors++; console.warn('Opus decoder:', e); this.pending = []; this.decoder = this.makeDecoder(); },
    });
    decoder.configure({ codec: 'opus', sampleRate: SAMPLE_RATE, numberOfChannels: 1 });
    return decoder;
  }

  onMessage(label, data) {
    const s = this.stats;
    s.packetsReceived++;
    let packet;
    try {
      packet = decode(data);
    } catch (e) {
      if (!(e instanceof ProtocolError)) throw e;
      s.protocolErrors++; // nothing a peer sends may crash the page: count and drop
      return;
    }
    if (packet.kind === 'mediaV2') { // the v1/v2 seam: everything after it sees a v1 packet
      try {
        const frames = this.motionV2.decode(packet.seq, packet.timestamp, packet.motion);
        packet = new MediaPacket(packet.seq, packet.timestamp, packet.opus, frames);
      } catch (e) {
        if (!(e instanceof CodecError)) throw e;
        s.protocolErrors++;
        return;
      }
    }
    if (packet.kind === 'media') {
      if (label !== 'media') { s.protocolErrors++; return; }
      s.mediaPackets++;
      this.onMedia(packet);
    } else {
      s.controlPackets++;
      this.onControl(packet);
    }
  }

  onMedia(packet) {
    const s = this.stats;
    this.seqs.unwrap(packet.seq);
    const ts = this.stamps.unwrap(packet.timestamp);
    for (const f of packet.motion) {
      let dt = (f.timestamp - packet.timestamp) % 2 ** 32;
      if (dt < -(2 ** 31)) dt += 2 ** 32;
      if (dt >= 2 ** 31) dt -= 2 ** 32;
      this.track.add(ts + dt, f.weights, f.pose);
      s.motionFramesReceived++;
      if (s.motionLog.length < 5000) s.motionLog.push({ t: f.timestamp, w: Array.from(f.weights), pose: Array.from(f.pose) });
      // Motion without audio plays on a wall-clock estimate, re-anchored if it drifts > 0.3 s.
      const est = this.motionAnchor && this.motionAnchor.sample + (this.now() - this.motionAnchor.time) * SAMPLE_RATE;
      if (!this.motionAnchor || Math.abs(ts + dt - MOTION_ONLY_DELAY - est) > 0.3 * SAMPLE_RATE) {
        this.motionAnchor = { time: this.now(), sample: ts + dt - MOTION_ONLY_DELAY };
      }
    }
    if (packet.opus.length > 0) {
      const samples = opusFrameSamples(packet.opus);
      if (!VALID_SAMPLES.includes(samples) || (this.jitter && samples !== this.jitter.config.frameSamples)) {
        s.protocolErrors++; // not 20 to 120 ms, or the duration changed mid-stream: unusable
        return;
      }
      if (!this.jitter) this.jitter = new JitterBuffer({ frameSamples: samples, maxMs: MAX_LEAD_S * 1000 + 100 });
      s.audioPacketsReceived++;
      this.jitter.push(ts, packet.opus, performance.now(), isDtx(packet.opus));
    }
  }

  onControl(packet) {
    if (packet.kind === 'photoChunk' || packet.kind === 'graphChunk') {
      try {
        if (packet.kind === 'photoChunk') {
          const photo = this.photos.add(packet);
          if (photo) { this.stats.photoAt = performance.now(); this.stats.photoBytes = photo.length; this.stats.photoPeer = this.remote; this.photoId = packet.photoId; this.onPhoto(photo); }
        } else {
          this.stats.graphFirstChunkAt ??= performance.now();
          const graph = this.graphs.add(packet);
          if (graph) { this.stats.graphBytes = graph.length; this.onGraph?.(packet.photoId, graph, ''); }
        }
      } catch (e) {
        if (e instanceof ProtocolError) this.stats.protocolErrors++; else throw e;
      }
    } else if (packet.kind === 'hello') {
      this.name = packet.name;
      this.capabilities = packet.capabilities;
      try {
        this.mediaVersion = negotiate(packet.capabilities);
      } catch (e) { // no shared version: send this peer no media (main.js tells it why, once)
        if (this.mediaVersion !== null) this.mismatch = e.message; // Hellos repeat: once
        this.mediaVersion = null;
      }
      this.stats.helloName = packet.name;
    } else if (packet.kind === 'notice' && packet.code === 'render-graph-failed') {
      this.onGraph?.(this.photoId, null, packet.message);
    }
  }

  /** Called every ~10 ms: pops slots from the jitter buffer and schedules them `lead` s ahead. */
  tick(lead = MIN_LEAD_S) {
    if (!this.jitter) return;
    // Audio is scheduled `lead` ahead of the speaker, so the buffer must hold at least that much
    // (on a page whose timers run late, the buffer deepens with the lead).
    this.jitter.config.minMs = Math.min(this.jitter.config.maxMs, Math.max(20, lead * 1000));
    const slotS = this.jitter.config.frameSamples / SAMPLE_RATE;
    const now = this.now();
    if (this.nextSlot !== null && this.nextSlot < now) {
      this.nextSlot = null; // the timer fell behind (background tab): restart the slot clock
      this.stats.audioLate++;
    }
    for (;;) {
      const start = this.nextSlot ?? now + 0.02;
      if (start > now + lead) break;
      // A frame not here yet is given until it is nearly due before it is declared missing.
      if (this.jitter.started && !this.jitter.hasNext() && start > now + MIN_LEAD_S) break;
      const popped = this.jitter.pop();
      if (popped === null) { this.nextSlot = null; break; } // priming
      this.nextSlot = start + slotS;
      this.slots.push({ time: start, ts: popped.timestamp - OPUS_PRE_SKIP, samples: this.jitter.config.frameSamples });
      if (this.slots.length > 64) this.slots.shift();
      this.stats.audioSlotsScheduled++;
      if (popped.silent) { this.stats.audioSlotsSilent++; continue; } // the sender is silent: nothing to play
      if (popped.payload === null || !this.decoder) { this.stats.audioSlotsConcealed++; continue; }
      const total = this.jitter.config.frameSamples;
      try {
        this.decoder.decode(new EncodedAudioChunk({ type: 'key', timestamp: Math.round((popped.timestamp * 1e6) / SAMPLE_RATE), data: popped.payload }));
        this.pending.push({ at: start, total, remaining: total });
      } catch (e) {
        this.stats.decodeErrors++;
      }
    }
    this.stats.jitter = { ...this.jitter.counters, targetMs: this.jitter.targetMs, depthMs: this.jitter.depthMs };
  }

  play(audio) {
    // Chromium renumbers output timestamps as one continuous timeline, so outputs are matched to
    // slots in decode order (Opus gives one output per packet; a split output keeps its offset).
    const n0 = audio.numberOfFrames;
    const slot = this.pending[0];
    let at;
    if (slot) {
      at = slot.at + (slot.total - slot.remaining) / SAMPLE_RATE;
      slot.remaining -= n0;
      if (slot.remaining <= 0) this.pending.shift();
    }
    const n = n0;
    this.stats.audioFramesDecoded++;
    this.stats.audioSamplesDecoded += n;
    if (this.ctx && this.ctx.state === 'running' && at !== undefined) {
      const buffer = this.ctx.createBuffer(1, n, audio.sampleRate);
      audio.copyTo(buffer.getChannelData(0), { planeIndex: 0, format: 'f32-planar' });
      const src = this.ctx.createBufferSource();
      src.buffer = buffer;
      src.connect(this.output);
      if (at < this.ctx.currentTime) this.stats.audioLate++;
      src.start(Math.max(at, this.ctx.currentTime));
    }
    audio.close();
  }

  /** The sender sample being heard now (audio slots), or a wall-clock estimate for motion only. */
  playoutSample(now = this.now()) {
    const latency = this.ctx && this.ctx.state === 'running' ? (this.ctx.outputLatency || this.ctx.baseLatency || 0) : 0;
    const t = now - latency;
    for (let i = this.slots.length - 1; i >= 0; i--) {
      const slot = this.slots[i];
      if (slot.time <= t) return slot.ts + Math.min(slot.samples, (t - slot.time) * SAMPLE_RATE);
    }
    if (this.slots.length) return this.slots[0].ts;
    if (this.motionAnchor) return this.motionAnchor.sample + (now - this.motionAnchor.time) * SAMPLE_RATE;
    return null;
  }

  /** Fills weights (52) and pose (6) for the current playout instant; false if nothing yet. */
  face(weights, pose) {
    const s = this.playoutSample();
    if (s === null) return false;
    this.stats.playoutSample = s;
    return this.track.sample(s, weights, pose);
  }

  /** Nothing left to play: jitter buffer empty and every decoded slot handed to WebAudio. */
  drained() {
    return (!this.jitter || this.jitter.depthMs === 0) && this.pending.length === 0;
  }

  close() {
    try { this.decoder?.close(); } catch { /* already closed */ }
  }
}
