// The render worker: draws the Stage on OffscreenCanvases off the page's main thread, so that
// rendering (slow where WebGL runs in software) never delays the network, the Opus decoder or
// the audio scheduler. Messages in: init {head, photo}, motion {weights, pose}, photo {bytes},
// capture {id, weights, pose}. Out: stats {headFrames, photoFrames, software}, photo {ok, error},
// capture {id, head, photo} (PNG blobs).
import { NUM_BLENDSHAPES } from './motion.js';
import { Stage } from './stage.js';

let stage = null;
const weights = new Float32Array(NUM_BLENDSHAPES);
const pose = new Float32Array(6);
let dirty = true;
let lastStats = 0;

function frame(now) {
  if (dirty) { stage.setMotion(weights, pose); stage.render(); dirty = false; }
  if (now - lastStats > 250) {
    lastStats = now;
    self.postMessage({ type: 'stats', headFrames: stage.headFrames, photoFrames: stage.photoFrames, software: stage.software });
  }
  next(frame);
}

// Dedicated workers with an OffscreenCanvas have requestAnimationFrame in Chromium and Firefox.
const next = (fn) => (self.requestAnimationFrame ? self.requestAnimationFrame(fn) : setTimeout(() => fn(performance.now()), 16));

self.onmessage = async (ev) => {
  const m = ev.data;
  if (m.type === 'init') {
    stage = new Stage(m.head, m.photo);
    next(frame);
  } else if (m.type === 'motion') {
    weights.set(m.weights); pose.set(m.pose); dirty = true;
  } else if (m.type === 'photo') {
    try {
      await stage.photo.setPhoto(m.bytes);
      dirty = true;
      self.postMessage({ type: 'photo', ok: true });
    } catch (e) {
      self.postMessage({ type: 'photo', ok: false, error: String(e.message || e) });
    }
  } else if (m.type === 'capture') {
    stage.setMotion(m.weights, m.pose);
    stage.render();
    const head = await stage.renderer.domElement.convertToBlob();
    const photo = stage.photo.hasPhoto ? await stage.photo.renderer.domElement.convertToBlob() : null;
    self.postMessage({ type: 'capture', id: m.id, head, photo });
  }
};
