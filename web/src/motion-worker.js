// The motion worker: the learned audio -> motion model (mouth.js on onnxruntime-web) off the
// page's main thread, so compiling ORT's WebAssembly and running the model never delay the
// network, the Opus encoder or the audio scheduler. Messages in: init {seed}, pcm {pcm} (20 ms at
// 48 kHz, in order), reset {origin} (start afresh at that sample), flush. Out: ready, failed {error}, frames {frames, chunkMs} (chunkMs: time
// this chunk took: front end + model + head), flushed {frames, modelMs}.
import { MotionPredictor, MouthModel } from './mouth.js';

let predictor = null;
let model = null;
let seed = 0;
const plain = (frames) => frames.map((f) => ({ t: f.timestamp, w: f.weights, p: f.pose }));
let queue = Promise.resolve(); // pushes run one after another, in arrival order

self.onmessage = (ev) => {
  const m = ev.data;
  if (m.type === 'init') {
    queue = queue.then(async () => {
      try {
        model = await MouthModel.create();
        seed = m.seed ?? 0;
        predictor = new MotionPredictor(model, { seed });
        self.postMessage({ type: 'ready' });
      } catch (e) {
        self.postMessage({ type: 'failed', error: String(e.message || e) });
      }
    });
  } else if (m.type === 'pcm') {
    queue = queue.then(async () => {
      if (!predictor) return;
      const t0 = performance.now();
      const frames = await predictor.push(m.pcm);
      self.postMessage({ type: 'frames', frames: plain(frames), chunkMs: performance.now() - t0 });
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
