// What the page does with one remote participant's packets: the jitter buffer on the sender's
// sample clock (jitter.js, same rules as receiver/jitter.py), Opus decoded by WebCodecs
// AudioDecoder and scheduled on the WebAudio clock one 20 ms slot after another, and the motion
// track sampled at the sender sample being played out, so lips stay in sync by construction.
import { JitterBuffer, MotionTrack } from './jitter.js';
import { NUM_BLENDSHAPES, SAMPLE_RATE } from './motion.js';
import { PhotoAssembler, ProtocolError, Unwrapper, decode } from './protocol.js';

const SLOT_S = 960 / SAMPLE_RATE;
const LEAD_S = 0.06; // how far ahead of the audio clock slots are decoded and scheduled
const MOTION_ONLY_DELAY = 0.06 * SAMPLE_RATE; // playout delay when a peer sends no audio

export function emptyStats() {
  return {
    packetsReceived: 0, mediaPackets: 0, controlPackets: 0, protocolErrors: 0,
    motionFramesReceived: 0, motionLog: [], audioPacketsReceived: 0, audioFramesDecoded: 0,
    audioSamplesDecoded: 0, audioSlotsScheduled: 0, audioSlotsConcealed: 0, audioLate: 0,
    decodeErrors: 0, jitter: null, photoBytes: 0, photoPeer: null, helloName: null,
    renderedFrames: 0, currentWeights: new Array(NUM_BLENDSHAPES).fill(0),
    currentPose: [0, 0, 0, 0, 0, 0], playoutSample: null,
  };
}

export class Participant {
  /** ctx: a running AudioContext (or null: decode but do not play); stats: the shared counters. */
  constructor(remote, ctx, output, stats, onPhoto) {
    Object.assign(this, { remote, ctx, output, stats, onPhoto });
    this.jitter = new JitterBuffer();
    this.track = new MotionTrack();
    this.seqs = new Unwrapper(16);
    this.stamps = new Unwrapper(32);
    this.photos = new PhotoAssembler();
    this.slots = []; // {time (clock s), ts (sender sample)} of scheduled playout slots, recent only
    this.nextSlot = null;
    this.pending = new Map(); // decode id -> clock time
    this.decodeId = 0;
    this.motionAnchor = null; // {time, sample} for peers that send motion without audio
    this.decoder = this.makeDecoder();
  }

  now() { return this.ctx && this.ctx.state === 'running' ? this.ctx.currentTime : performance.now() / 1000; }

  makeDecoder() {
    if (typeof AudioDecoder === 'undefined') return null;
    const decoder = new AudioDecoder({
      output: (audio) => this.play(audio),
      error: (e) => { this.stats.decodeErrors++; console.warn('Opus decoder:', e); this.decoder = this.makeDecoder(); },
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
      if (!this.motionAnchor) this.motionAnchor = { time: this.now(), sample: ts + dt - MOTION_ONLY_DELAY };
    }
    if (packet.opus.length > 0) {
      s.audioPacketsReceived++;
      this.jitter.push(ts, packet.opus, performance.now());
    }
  }

  onControl(packet) {
    if (packet.kind === 'photoChunk') {
      try {
        const photo = this.photos.add(packet);
        if (photo) { this.stats.photoBytes = photo.length; this.stats.photoPeer = this.remote; this.onPhoto(photo); }
      } catch (e) {
        if (e instanceof ProtocolError) this.stats.protocolErrors++; else throw e;
      }
    } else if (packet.kind === 'hello') {
      this.name = packet.name;
      this.stats.helloName = packet.name;
    }
  }

  /** Called every ~10 ms: pops 20 ms slots from the jitter buffer and schedules them. */
  tick() {
    const now = this.now();
    if (this.nextSlot !== null && this.nextSlot < now) {
      this.nextSlot = null; // the timer fell behind (background tab): restart the slot clock
      this.stats.audioLate++;
    }
    for (;;) {
      const start = this.nextSlot ?? now + 0.02;
      if (start > now + LEAD_S) break;
      const popped = this.jitter.pop();
      if (popped === null) { this.nextSlot = null; break; } // priming
      this.nextSlot = start + SLOT_S;
      this.slots.push({ time: start, ts: popped.timestamp });
      if (this.slots.length > 64) this.slots.shift();
      this.stats.audioSlotsScheduled++;
      if (popped.payload === null || !this.decoder) { this.stats.audioSlotsConcealed++; continue; }
      const id = ++this.decodeId;
      this.pending.set(id, start);
      try {
        this.decoder.decode(new EncodedAudioChunk({ type: 'key', timestamp: id * 20000, data: popped.payload }));
      } catch (e) {
        this.stats.decodeErrors++;
      }
    }
    this.stats.jitter = { ...this.jitter.counters, targetMs: this.jitter.targetMs, depthMs: this.jitter.depthMs };
  }

  play(audio) {
    const id = Math.round(audio.timestamp / 20000);
    const at = this.pending.get(id);
    this.pending.delete(id);
    const n = audio.numberOfFrames;
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
      if (slot.time <= t) return slot.ts + Math.min(960, (t - slot.time) * SAMPLE_RATE);
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

  close() {
    try { this.decoder?.close(); } catch { /* already closed */ }
  }
}
