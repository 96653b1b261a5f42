// The page as a sender: microphone (getUserMedia) -> 48 kHz mono 20 ms frames (AudioWorklet) ->
// WebCodecs AudioEncoder (Opus, 40 ms packets, 16 kbit/s) -> media packets. Motion comes from a plainly simple
// FALLBACK, not a learned model: the frame's loudness drives jawOpen (and a little
// mouthLowerDown), and blinks come every 2-6 s. 25 motion frames a second ride every other packet.
import { BLENDSHAPE_INDEX, MotionFrame, NUM_BLENDSHAPES, SAMPLE_RATE } from './motion.js';
import { MotionEncoderV2 } from './motion_v2.js';
import { MediaPacket, MediaPacketV2, encode } from './protocol.js';

export const FRAME_SAMPLES = 960; // 20 ms capture frames (the motion fallback's step)
const PACKET_SAMPLES = 1920; // one 40 ms Opus packet per media packet
const PACKET_BITRATE = 16000;
const MOTION_EVERY = 2; // capture frames per motion frame: 25 fps

const WORKLET = `
class Tap extends AudioWorkletProcessor {
  process(inputs) {
    const ch = inputs[0] && inputs[0][0];
    if (ch) this.port.postMessage(ch.slice(0));
    return true;
  }
}
registerProcessor('photocall-tap', Tap);
`;

/** Energy -> motion: the stated fallback. Pure: feed it 20 ms frames, get weights back. */
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
    this.seq = 0;
    this.sample = 0; // 48 kHz index of the next captured sample
    this.buffer = new Float32Array(FRAME_SAMPLES);
    this.fill = 0;
    this.motion = new EnergyMotion();
    this.frames = new Map(); // first sample of a 20 ms frame -> MotionFrame to attach
    this.packetIndex = 0;
    this.lastWeights = new Float32Array(NUM_BLENDSHAPES);
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
    const url = URL.createObjectURL(new Blob([WORKLET], { type: 'text/javascript' }));
    await this.ctx.audioWorklet.addModule(url);
    this.source = this.ctx.createMediaStreamSource(this.stream);
    this.tap = new AudioWorkletNode(this.ctx, 'photocall-tap', { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: 'explicit' });
    this.tap.port.onmessage = (ev) => this.onSamples(ev.data);
    // The tap must be pulled by the graph to run; a zero gain keeps the mic out of the speakers.
    this.mute = this.ctx.createGain();
    this.mute.gain.value = 0;
    this.source.connect(this.tap).connect(this.mute).connect(this.ctx.destination);
    this.stats.started = true;
    this.stats.device = this.stream.getAudioTracks()[0]?.label ?? '';
  }

  onSamples(block) {
    let k = 0;
    while (k < block.length) {
      const n = Math.min(block.length - k, FRAME_SAMPLES - this.fill);
      this.buffer.set(block.subarray(k, k + n), this.fill);
      this.fill += n; k += n;
      if (this.fill === FRAME_SAMPLES) { this.onFrame(this.buffer.slice()); this.fill = 0; }
    }
  }

  onFrame(pcm) {
    const start = this.sample;
    this.sample += FRAME_SAMPLES;
    const weights = this.motion.push(pcm);
    this.lastWeights = weights;
    if ((start / FRAME_SAMPLES) % MOTION_EVERY === 0) this.frames.set(start, new MotionFrame(start % 2 ** 32, weights));
    const audio = new AudioData({ format: 'f32', sampleRate: SAMPLE_RATE, numberOfFrames: FRAME_SAMPLES, numberOfChannels: 1, timestamp: Math.round((start * 1e6) / SAMPLE_RATE), data: pcm });
    this.encoder.encode(audio);
    audio.close();
    this.stats.samplesCaptured += FRAME_SAMPLES;
  }

  onChunk(chunk) {
    const data = new Uint8Array(chunk.byteLength);
    chunk.copyTo(data);
    // The encoder keeps input timestamps; snap to the packet grid of the sample clock.
    const start = Math.round((chunk.timestamp * SAMPLE_RATE) / 1e6 / FRAME_SAMPLES) * FRAME_SAMPLES;
    const motion = [];
    for (const [t, f] of this.frames) {
      if (t < start + PACKET_SAMPLES) { motion.push(f); this.frames.delete(t); }
    }
    const packet = new MediaPacket(this.seq, start % 2 ** 32, data, motion.filter((f) => start - f.timestamp < 32000));
    this.seq = (this.seq + 1) % 65536;
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
    this.stats.started = false;
  }
}
