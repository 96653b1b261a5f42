// The motion worker: the learned audio -> motion model (mouth.js on onnxruntime-web) off the
// page's main thread, so compiling ORT's WebAssembly and running the model never delay the
// network, the Opus encoder or the audio scheduler. Messages in: init {seed}, pcm {pcm} (20 ms at
// 48 kHz, in order), reset {origin} (start afresh at that sample), flush. Out: ready,
// failed {error}, frames {frames, chunkMs, error} (one per pcm; chunkMs: what the chunk took:
// front end + model + head), flushed {frames, modelMs}.
import { MotionPredictor, MouthModel } from './mouth.js';

let predictor = null;
let model = null;
let seed = 0;
const plain = (frames) => frames.map((f) => ({ t: f.timestamp, w: f.weights, p: f.pose }));
let queue = Promise.resolve(); // pushes run one after another, in arrival order

// Half a second of a made-up voice through a scratch predictor before saying ready: the engine
// compiles the hot WebAssembly and JS here, not in the first seconds of a call, where that burst
// of CPU would hold up the Opus encoder on a small machine.
async function warmUp(model) {
  const scratch = new MotionPredictor(model);
  for (let c = 0; c < 25; c++) {
    await scratch.push(Float32Array.from({ length: 960 }, (_, i) => 0.2 * Math.sin((2 * Math.PI * 140 * (c * 960 + i)) / 48000)));
  }
}

self.onmessage = (ev) => {
  const m = ev.data;
  if (m.type === 'init') {
    queue = queue.then(async () => {
      try {
        model = await MouthModel.create();
        await warmUp(model);
        seed = m.seed ?? 0;
        predictor = new MotionPredictor(model, { seed });
        self.postMessage({ type: 'ready' });
      } catch (e) {
        self.postMessage({ type: 'failed', error: String(e.message || e) });
      }
    });
  } else if (m.type === 'pcm') {
    queue = queue.then(async () => {
      const t0 = performance.now();
      let frames = []; let error = null;
      try {
        if (predictor) frames = await predictor.push(m.pcm);
      } catch (e) {
        error = String(e.message || e); // answered all the same: the sender counts what is in hand
      }
      self.postMessage({ type: 'frames', frames: plain(frames), chunkMs: performance.now() - t0, error });
    });
  } else if (m.type === 'reset') {
    queue = queue.then(() => { if (model) predictor = new MotionPredictor(model, { seed, origin: m.origin }); });
  } else if (m.type === 'flush') {
    queue = queue.then(async () => {
      const frames = predictor ? await predictor.flush() : [];
      self.postMessage({ type: 'flushed', frames: plain(frames), modelMs: predictor?.runStats() ?? null });
    });
  }
};
