// The render worker: draws the Stage on OffscreenCanvases off the page's main thread, so that
// rendering (slow where WebGL runs in software) never delays the network, the Opus decoder or
// the audio scheduler. Messages in: init {head}; face {face, canvas} (a participant's photo
// canvas), drop {face}; motion {weights, pose, faces: {face: {weights, pose}}} (the 3D head's,
// and each photo's own); warm (load onnxruntime-web now); photo {face, bytes, graph, awaitGraph,
// why} (graph: the photo's ONNX frame graph or null); vr {on} (post each drawn frame while on);
// capture {id, face, weights, pose}; bench {id, graphs, frames, keep} (graph-bench.js). init may
// carry threads: the renderer's thread count (the page's ?threads=N).
// Out: stats {headFrames, photoFrames, software, faces: {face: {mode, frames, graphRunMs}},
// renderThreads},
// photo {face, ok, mode, why, error, ms}, frame {face, bitmap, mode} (while vr is on),
// capture {id, head, photo} (PNG blobs), bench {id, result, error}.
import { NUM_BLENDSHAPES } from './motion.js';
import { renderThreads, setRenderThreads, wasmSupported } from './face-graph.js';
import { setFaceWorkerThreads, warmFaceWorker } from './graph-worker.js';
import { benchGraphs } from './graph-bench.js';
import { Stage } from './stage.js';

// Each face's frame graph runs in a face worker of its own (graph-worker.js, face-worker.js), so
// two faces render on two cores at once; this worker keeps the head, the canvases and the VR
// frames. The face renderer's threads (per face worker). One: on 2 cores two threads made frames ~1.5x SLOWER in wall time
// and cost more CPU (the graph is ~1800 small ops; each hands work to the pool and waits;
// `photocall bench browser`, two_threads). The page is cross-origin isolated (the signaling
// server's headers), so ?threads=N can ask for more where cores are many.
const RENDER_THREADS = 1;
let stage = null;
const changed = (a, b) => { for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return true; return false; };
const weights = new Float32Array(NUM_BLENDSHAPES);
const pose = new Float32Array(6);
const faceMotion = {}; // face -> {weights, pose}: the motion each photo was last drawn with
let dirty = true;
let lastStats = 0;
let vrOn = false;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[s.length >> 1] : null; };

function frame(now) {
  if (dirty) { stage.setMotion(weights, pose, faceMotion); stage.render(); dirty = false; }
  if (now - lastStats > 250) {
    lastStats = now;
    const faces = {};
    for (const [id, f] of stage.faces) faces[id] = { mode: f.mode, frames: f.frames, graphRunMs: median(f.runMs), worker: f.graph?.threads != null };
    self.postMessage({ type: 'stats', headFrames: stage.headFrames, photoFrames: stage.photoFrames, software: stage.software, faces, renderThreads: stage.photo?.graph?.threads ?? renderThreads() });
  }
  next(frame);
}

// Dedicated workers with an OffscreenCanvas have requestAnimationFrame in Chromium and Firefox.
const next = (fn) => (self.requestAnimationFrame ? self.requestAnimationFrame(fn) : setTimeout(() => fn(performance.now()), 16));

// While the page is in VR, every frame a photo's view draws goes to the VR panel too: the
// frame graph's (or the template warp's) own pixels, at the renderer's size, not re-rendered.
function sendFrame(id, source, mode) {
  if (!vrOn || !source) return;
  createImageBitmap(source).then((bitmap) => self.postMessage({ type: 'frame', face: id, bitmap, mode }, [bitmap]));
}

self.onmessage = async (ev) => {
  const m = ev.data;
  if (m.type === 'init') {
    setRenderThreads(m.threads ?? RENDER_THREADS);
    setFaceWorkerThreads(m.threads ?? RENDER_THREADS);
    stage = new Stage(m.head);
    next(frame);
  } else if (m.type === 'face') {
    const face = stage.addFace(m.face, m.canvas);
    face.onFrame = (source, mode) => sendFrame(m.face, source, mode);
  } else if (m.type === 'drop') {
    await stage.dropFace(m.face);
    delete faceMotion[m.face];
  } else if (m.type === 'warm') {
    // A photo whose graph is on its way: start its face worker compiling the runtime meanwhile
    // (not at page load, where compiling 14 MB of WebAssembly would compete with joining the
    // call on a small machine).
    if (wasmSupported()) warmFaceWorker();
  } else if (m.type === 'motion') {
    // The page posts at its display rate; motion changes at most at the sender's frame rate, so
    // only a change is drawn (the software-GL head and the graph are costly on 2 cores).
    if (changed(weights, m.weights) || changed(pose, m.pose)) { weights.set(m.weights); pose.set(m.pose); dirty = true; }
    for (const [id, f] of Object.entries(m.faces ?? {})) {
      const had = faceMotion[id];
      if (!had) faceMotion[id] = { weights: Float32Array.from(f.weights), pose: Float32Array.from(f.pose) };
      else if (changed(had.weights, f.weights) || changed(had.pose, f.pose)) { had.weights.set(f.weights); had.pose.set(f.pose); } else continue;
      dirty = true;
    }
  } else if (m.type === 'vr') {
    vrOn = m.on;
    if (vrOn) for (const [id, f] of stage.faces) sendFrame(id, f.lastFrame, f.mode); // what each shows now
  } else if (m.type === 'photo') {
    const face = stage.faces.get(m.face);
    try {
      if (!face) throw new Error(`no face ${m.face}`);
      const t0 = performance.now();
      const { mode, why } = await face.setPhoto(m.bytes, m.graph ?? null, m);
      dirty = true;
      self.postMessage({ type: 'photo', ref: m.ref, face: m.face, ok: true, mode, why, layout: face.mode === 'template' ? face.template.layout : null, ms: performance.now() - t0 });
    } catch (e) {
      self.postMessage({ type: 'photo', ref: m.ref, face: m.face, ok: false, error: String(e.message || e) });
    }
  } else if (m.type === 'capture') {
    const face = m.face != null ? stage.faces.get(m.face) : stage.photo;
    stage.head.setMotion(m.weights, m.pose);
    stage.renderer.render(stage.scene, stage.camera);
    if (face?.hasPhoto) { face.setMotion(m.weights, m.pose); await face.renderNow(); }
    const head = await stage.renderer.domElement.convertToBlob();
    const photo = face?.hasPhoto ? await face.canvas.convertToBlob() : null;
    self.postMessage({ type: 'capture', id: m.id, head, photo });
  } else if (m.type === 'bench') {
    try {
      self.postMessage({ type: 'bench', id: m.id, result: await benchGraphs(m) });
    } catch (e) {
      self.postMessage({ type: 'bench', id: m.id, error: String(e.message || e) });
    }
  }
};
