// Audio capture for the sender: an AudioWorklet taps the graph (the microphone, or for tests a
// buffer played through an OfflineAudioContext) and posts its 128-sample blocks to the page,
// where a Chunker cuts them into the 20 ms frames the motion model and the Opus encoder take.

export const FRAME_SAMPLES = 960; // 20 ms at 48 kHz

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

/** An AudioWorkletNode that posts every block of its (mono) input to onBlock(Float32Array). */
export async function tapNode(ctx, onBlock) {
  const url = URL.createObjectURL(new Blob([WORKLET], { type: 'text/javascript' }));
  try { await ctx.audioWorklet.addModule(url); } finally { URL.revokeObjectURL(url); }
  const tap = new AudioWorkletNode(ctx, 'photocall-tap', { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: 'explicit' });
  tap.port.onmessage = (ev) => onBlock(ev.data);
  return tap;
}

/** Cuts blocks of any length into frames of `size` samples: push(block) calls onFrame(copy). */
export class Chunker {
  constructor(onFrame, size = FRAME_SAMPLES) {
    this.onFrame = onFrame;
    this.buffer = new Float32Array(size);
    this.fill = 0;
  }

  push(block) {
    let k = 0;
    while (k < block.length) {
      const n = Math.min(block.length - k, this.buffer.length - this.fill);
      this.buffer.set(block.subarray(k, k + n), this.fill);
      this.fill += n; k += n;
      if (this.fill === this.buffer.length) { this.onFrame(this.buffer.slice()); this.fill = 0; }
    }
  }
}

/** Test path: plays mono `samples` (48 kHz) through the tap in an OfflineAudioContext and calls
 * onFrame for each whole 20 ms frame; resolves once every sample has come through. */
export async function playThroughWorklet(samples, sampleRate, onFrame) {
  const ctx = new OfflineAudioContext(1, samples.length, sampleRate);
  let received = 0;
  let done;
  const all = new Promise((resolve) => { done = resolve; });
  const chunker = new Chunker(onFrame);
  const tap = await tapNode(ctx, (block) => {
    chunker.push(block);
    received += block.length;
    if (received >= samples.length) done();
  });
  const buffer = ctx.createBuffer(1, samples.length, sampleRate);
  buffer.copyToChannel(samples, 0);
  const source = ctx.createBufferSource();
  source.buffer = buffer;
  source.connect(tap).connect(ctx.destination);
  source.start(0);
  await ctx.startRendering();
  await all;
}

/** The page's side of motion-worker.js. start() resolves once the model runs there, or rejects
 * with why it cannot (then the sender falls back). push(pcm) hands it a 20 ms chunk; onFrames
 * gets [{t, w, p}] and the chunk's cost in ms. */
export class MotionWorker {
  constructor(onFrames, url = 'motion-worker.js') {
    this.onFrames = onFrames;
    this.url = url;
    this.worker = null;
    this.flushed = null;
  }

  start(seed = 0) {
    if (typeof Worker === 'undefined') return Promise.reject(new Error('this browser has no Web Workers'));
    this.worker = new Worker(this.url);
    return new Promise((resolve, reject) => {
      this.worker.onerror = (e) => reject(new Error(`motion worker: ${e.message || 'failed to start'}`));
      this.worker.onmessage = (ev) => {
        const m = ev.data;
        if (m.type === 'ready') resolve();
        else if (m.type === 'failed') reject(new Error(m.error));
        else if (m.type === 'frames') this.onFrames(m.frames, m.chunkMs, m.error);
        else if (m.type === 'flushed') { this.onFrames(m.frames, null); this.flushed?.(m); }
      };
      this.worker.postMessage({ type: 'init', seed });
    });
  }

  push(pcm) { this.worker.postMessage({ type: 'pcm', pcm }, [pcm.buffer]); }

  /** Start afresh (state, head process) with the next chunk pushed at sender sample `origin`. */
  reset(origin) { this.worker.postMessage({ type: 'reset', origin }); }

  /** End of input: the held-back frames come through onFrames; resolves with the model's timing. */
  flush() {
    return new Promise((resolve) => { this.flushed = resolve; this.worker.postMessage({ type: 'flush' }); });
  }

  stop() { this.worker?.terminate(); this.worker = null; }
}
