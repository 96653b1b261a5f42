// The render worker: draws the Stage on OffscreenCanvases off the page's main thread, so that
// rendering (slow where WebGL runs in software) never delays the network, the Opus decoder or
// the audio scheduler. Messages in: init {head, photo}, motion {weights, pose}, photo {bytes},
// warm (load onnxruntime-web now), photo {bytes, graph} (graph: the photo's ONNX frame graph or null), capture {id, weights, pose},
// (init may carry threads: the renderer's thread count, the page's ?threads=N)
// bench {id, graphs, frames, keep} (graph-bench.js). Out: stats {headFrames, photoFrames,
// software, photoMode, graphRunMs, renderThreads}, photo {ok, mode, why, error}, capture {id, head, photo} (PNG
// blobs), bench {id, result, error}.
import { NUM_BLENDSHAPES } from './motion.js';
import { renderThreads, setRenderThreads, warmUp, wasmSupported } from './face-graph.js';
import { benchGraphs } from './graph-bench.js';
import { Stage } from './stage.js';

// The face renderer's threads. One: on 2 cores two threads made frames ~1.5x SLOWER in wall time
// and cost more CPU (the graph is ~1800 small ops; each hands work to the pool and waits;
// `photocall bench browser`, two_threads). The page is cross-origin isolated (the signaling
// server's headers), so ?threads=N can ask for more where cores are many.
const RENDER_THREADS = 1;
let stage = null;
const changed = (a, b) => { for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return true; return false; };
const weights = new Float32Array(NUM_BLENDSHAPES);
const pose = new Float32Array(6);
let dirty = true;
let lastStats = 0;

function frame(now) {
  if (dirty) { stage.setMotion(weights, pose); stage.render(); dirty = false; }
  if (now - lastStats > 250) {
    lastStats = now;
    const runs = [...(stage.photo?.runMs ?? [])].sort((a, b) => a - b);
    self.postMessage({
      type: 'stats', headFrames: stage.headFrames, photoFrames: stage.photoFrames, software: stage.software,
      photoMode: stage.photo?.mode ?? null, graphRunMs: runs.length ? runs[runs.length >> 1] : null,
      renderThreads: renderThreads(),
    });
  }
  next(frame);
}

// Dedicated workers with an OffscreenCanvas have requestAnimationFrame in Chromium and Firefox.
const next = (fn) => (self.requestAnimationFrame ? self.requestAnimationFrame(fn) : setTimeout(() => fn(performance.now()), 16));

self.onmessage = async (ev) => {
  const m = ev.data;
  if (m.type === 'init') {
    setRenderThreads(m.threads ?? RENDER_THREADS);
    stage = new Stage(m.head, m.photo);
    next(frame);
  } else if (m.type === 'warm') {
    // A photo whose graph is on its way: compile the runtime meanwhile (not at page load, where
    // compiling 14 MB of WebAssembly would compete with joining the call on a small machine).
    if (wasmSupported()) warmUp();
  } else if (m.type === 'motion') {
    // The page posts at its display rate; motion changes at most at the sender's frame rate, so
    // only a change is drawn (the software-GL head and the graph are costly on 2 cores).
    if (changed(weights, m.weights) || changed(pose, m.pose)) { weights.set(m.weights); pose.set(m.pose); dirty = true; }
  } else if (m.type === 'photo') {
    try {
      const t0 = performance.now();
      const { mode, why } = await stage.photo.setPhoto(m.bytes, m.graph ?? null, m);
      dirty = true;
      self.postMessage({ type: 'photo', ok: true, mode, why, ms: performance.now() - t0 });
    } catch (e) {
      self.postMessage({ type: 'photo', ok: false, error: String(e.message || e) });
    }
  } else if (m.type === 'capture') {
    stage.setMotion(m.weights, m.pose);
    stage.render();
    if (stage.photo?.hasPhoto) await stage.photo.renderNow();
    const head = await stage.renderer.domElement.convertToBlob();
    const photo = stage.photo?.hasPhoto ? await stage.photo.canvas.convertToBlob() : null;
    self.postMessage({ type: 'capture', id: m.id, head, photo });
  } else if (m.type === 'bench') {
    try {
      self.postMessage({ type: 'bench', id: m.id, result: await benchGraphs(m) });
    } catch (e) {
      self.postMessage({ type: 'bench', id: m.id, error: String(e.message || e) });
    }
  }
};
