// The page as a sender: microphone (getUserMedia) -> 48 kHz mono 20 ms frames (AudioWorklet,
// capture.js) -> WebCodecs AudioEncoder (Opus, 40 ms packets, 16 kbit/s) -> media packets.
// Motion: the learned model (mouth.js: the same log-mel front end, ONNX mouth model and head
// process as `photocall send`) on onnxruntime-web in a worker (motion-worker.js), so neither
// compiling nor running it stalls this thread; only where that cannot run, a plainly simple
// FALLBACK: loudness drives jawOpen and blinks come every 2-6 s (stats.motionSource says which).
// 25 motion frames a second ride the packets (a model frame comes ~40 ms + a chunk after its audio).
// Silence mode (silence.js, as `photocall send`): while the speaker is silent, one DTX packet
// says so and a keepalive follows every 500 ms; the rest is withheld (stats.packetsWithheld).
import { Chunker, FRAME_SAMPLES, MotionWorker, tapNode } from './capture.js';
import { BLENDSHAPE_INDEX, MotionFrame, NUM_BLENDSHAPES, SAMPLE_RATE } from './motion.js';
import { MotionEncoderV2 } from './motion_v2.js';
import { MediaPacket, MediaPacketV2, dtxPacket, encode } from './protocol.js';
import { SilenceGate, VoiceActivity } from './silence.js';

export { FRAME_SAMPLES };
const PACKET_SAMPLES = 1920; // one 40 ms Opus packet per media packet
const PACKET_BITRATE = 16000;
const MOTION_EVERY = 2; // capture frames per fallback motion frame: 25 fps
// Chunks the model may have in hand before the sender stops feeding it (0.5 s): a machine too
// busy to keep up gets the loudness fallback until the backlog clears, then the model restarts
// at the current sample, instead of an ever-growing queue and motion too late to use.
const MAX_BACKLOG = 25;

/** Energy -> motion: the stated fallback where the model cannot run. Pure: 20 ms frames in, weights out. */
export class EnergyMotion {
  constructor(seed = 1) {
    this.level = 0;
    this.seed = seed;
    this.nextBlink = 1.5;
    this.blinkStart = -1;
    this.t = 0;
  }

  rand() { this.seed = (this.seed * 16807) % 2147483647; return this.seed / 2147483647; }

  /** pcm: Float32Array of one 20 ms frame. Returns Float32Array(52). */
  push(pcm) {
    let sum = 0;
    for (let i = 0; i < pcm.length; i++) sum += pcm[i] * pcm[i];
    const db = 10 * Math.log10(sum / pcm.length + 1e-12);
    const target = Math.min(1, Math.max(0, (db + 50) / 35)); // -50 dBFS closed .. -15 dBFS wide
    // Fast attack, slower release, so the jaw follows syllables without chattering.
    this.level += (target - this.level) * (target > this.level ? 0.6 : 0.25);
    const w = new Float32Array(NUM_BLENDSHAPES);
    w[BLENDSHAPE_INDEX.jawOpen] = 0.7 * this.level;
    w[BLENDSHAPE_INDEX.mouthLowerDownLeft] = w[BLENDSHAPE_INDEX.mouthLowerDownRight] = 0.3 * this.level;
    this.t += pcm.length / SAMPLE_RATE;
    if (this.t >= this.nextBlink) { this.blinkStart = this.t; this.nextBlink = this.t + 2 + 4 * this.rand(); }
    const b = this.t - this.blinkStart;
    if (this.blinkStart >= 0 && b < 0.15) {
      const closed = Math.sin((Math.PI * b) / 0.15);
      w[BLENDSHAPE_INDEX.eyeBlinkLeft] = w[BLENDSHAPE_INDEX.eyeBlinkRight] = closed;
    }
    return w;
  }
}

export class MicSender {
  /** sendMedia({1: bytes, 2: bytes}): each open link gets the version it negotiated. stats:
   * counters shown and read by tests. */
  constructor(ctx, sendMedia, stats) {
    Object.assign(this, { ctx, sendMedia, stats });
    this.motionV2 = new MotionEncoderV2(); // one v2 motion state for the stream: every v2 peer gets the same bytes
    this.vad = new VoiceActivity();
    this.gate = new SilenceGate({}, dtxPacket(PACKET_SAMPLES)); // numbers the packets it sends
    this.sample = 0; // 48 kHz index of the next captured sample
    this.chunker = new Chunker((pcm) => this.onFrame(pcm));
    this.model = null; // the learned model's worker, once it runs; null: the energy fallback
    this.fallback = new EnergyMotion();
    this.frames = new Map(); // timestamp -> MotionFrame to attach to the next packet
    this.packetIndex = 0;
    this.lastWeights = new Float32Array(NUM_BLENDSHAPES);
    this.lastPose = new Float32Array(6);
    this.chunkMs = []; // time to turn each 20 ms chunk into motion (front end + model + head)
    this.backlog = 0; // chunks posted to the model and not answered yet
    this.resync = false; // the model missed chunks: restart it once the backlog is gone
  }

  /** Starts the model's worker; on failure the sender keeps the loudness fallback and says why. */
  async loadModel() {
    const worker = new MotionWorker((frames, ms, error) => {
      if (error) { this.stats.motionErrors = (this.stats.motionErrors ?? 0) + 1; console.warn('motion model:', error); }
      this.onMotion(frames, ms);
    });
    try {
      await worker.start();
      this.model = worker;
      this.stats.motionSource = 'model';
    } catch (e) {
      worker.stop();
      this.model = null;
      this.stats.motionSource = `fallback: ${e.message}`;
    }
    return this.stats.motionSource;
  }

  onMotion(frames, ms) {
    if (ms != null) { this.backlog--; this.chunkMs.push(ms); if (this.chunkMs.length > 500) this.chunkMs.shift(); }
    for (const f of frames) {
      try {
        this.frames.set(f.t, new MotionFrame(f.t % 2 ** 32, f.w, f.p));
      } catch (e) {
        this.stats.motionErrors = (this.stats.motionErrors ?? 0) + 1; // a frame out of range: dropped
        continue;
      }
      this.lastWeights = f.w; this.lastPose = f.p;
    }
  }

  async start() {
    if (!window.isSecureContext) throw new Error('the microphone and WebCodecs need a secure page: open it over https or http://localhost');
    if (typeof AudioEncoder === 'undefined') throw new Error('this browser has no WebCodecs AudioEncoder: sending audio is not possible here');
    if (this.ctx.sampleRate !== SAMPLE_RATE) throw new Error(`the audio context runs at ${this.ctx.sampleRate} Hz, not 48000`);
    this.stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } });
    this.encoder = new AudioEncoder({
      output: (chunk) => this.onChunk(chunk),
      error: (e) => { this.stats.encodeErrors++; console.warn('Opus encoder:', e); },
    });
    // 40 ms packets at 16 kbit/s, like `photocall send`: half the packets of 20 ms, so half the
    // per-packet header cost on the wire (PROTOCOL.md), for 20 ms more latency.
    this.encoder.configure({ codec: 'opus', sampleRate: SAMPLE_RATE, numberOfChannels: 1, bitrate: PACKET_BITRATE, opus: { frameDuration: (PACKET_SAMPLES * 1e6) / SAMPLE_RATE, application: 'voip' } });
    await this.loadModel();
    this.source = this.ctx.createMediaStreamSource(this.stream);
    this.tap = await tapNode(this.ctx, (block) => this.chunker.push(block));
    // The tap must be pulled by the graph to run; a zero gain keeps the mic out of the speakers.
    this.mute = this.ctx.createGain();
    this.mute.gain.value = 0;
    this.source.connect(this.tap).connect(this.mute).connect(this.ctx.destination);
    this.stats.started = true;
    this.stats.device = this.stream.getAudioTracks()[0]?.label ?? '';
  }

  onFrame(pcm) {
    const start = this.sample;
    this.sample += FRAME_SAMPLES;
    this.motionFor(start, pcm);
    this.vad.hear(start, pcm);
    const audio = new AudioData({ format: 'f32', sampleRate: SAMPLE_RATE, numberOfFrames: FRAME_SAMPLES, numberOfChannels: 1, timestamp: Math.round((start * 1e6) / SAMPLE_RATE), data: pcm });
    this.encoder.encode(audio);
    audio.close();
    this.stats.samplesCaptured += FRAME_SAMPLES;
  }

  motionFor(start, pcm) {
    if (this.model && this.backlog >= MAX_BACKLOG && !this.resync) {
      this.resync = true;
      this.stats.motionOverloads = (this.stats.motionOverloads ?? 0) + 1;
    }
    if (this.model && this.resync && this.backlog === 0) {
      this.model.reset(start);
      this.resync = false;
    }
    if (this.model && !this.resync) {
      this.backlog++;
      this.model.push(pcm.slice());
      return;
    }
    const weights = this.fallback.push(pcm);
    this.lastWeights = weights;
    if ((start / FRAME_SAMPLES) % MOTION_EVERY === 0) this.frames.set(start, new MotionFrame(start % 2 ** 32, weights));
  }

  /** Median ms per 20 ms chunk (front end + ONNX model + head process), null before any. */
  medianChunkMs() {
    const s = [...this.chunkMs].sort((a, b) => a - b);
    return s.length ? s[Math.floor(s.length / 2)] : null;
  }

  onChunk(chunk) {
    const data = new Uint8Array(chunk.byteLength);
    chunk.copyTo(data);
    // The encoder keeps input timestamps; snap to the packet grid of the sample clock.
    const start = Math.round((chunk.timestamp * SAMPLE_RATE) / 1e6 / FRAME_SAMPLES) * FRAME_SAMPLES;
    const motion = []; // the frames made so far, through the packet's end instant (PROTOCOL.md)
    for (const [t, f] of this.frames) {
      if (t <= start + PACKET_SAMPLES) { motion.push(f); this.frames.delete(t); }
    }
    const speaking = this.vad.speaking(start, start + PACKET_SAMPLES, this.sample);
    const sent = this.gate.admit(start, data, motion.filter((f) => start - f.timestamp < 32000), speaking);
    if (sent === null) { this.stats.packetsWithheld = (this.stats.packetsWithheld ?? 0) + 1; return; }
    const packet = new MediaPacket(sent.seq, start % 2 ** 32, sent.opus, sent.motion);
    const bytes = encode(packet);
    const coded = this.motionV2.encode(packet.seq, packet.timestamp, packet.motion);
    this.sendMedia({ 1: bytes, 2: encode(new MediaPacketV2(packet.seq, packet.timestamp, packet.opus, coded)) });
    this.stats.packetsSent++;
    this.stats.bytesSent += bytes.length;
    this.stats.motionFramesSent += packet.motion.length;
  }

  stop() {
    this.stream?.getTracks().forEach((t) => t.stop());
    this.source?.disconnect();
    this.tap?.disconnect();
    try { this.encoder?.close(); } catch { /* closed */ }
    this.model?.stop();
    this.stats.started = false;
  }
}
