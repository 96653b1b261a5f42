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
