// The real renderer in the page: the per-photo frame graph that the Python renderer exports to
// ONNX (receiver/render/backends.py: inputs weights (52,), pose (6,); output frame (S, S, 3)
// float32 in [0, 1]), run by onnxruntime-web on WebAssembly. The runtime's .wasm is served from
// the bundle (ort-wasm-simd-threaded.wasm beside this script), never from a CDN.
import { NUM_BLENDSHAPES } from './motion.js';
import { ort, useThreads } from './ort.js';

export const WASM_FILE = 'ort-wasm-simd-threaded.wasm';
const POSE_SIZE = 6;

// One thread unless the render worker asks for more (setRenderThreads; the page's main thread
// must not block on threads), and the page is cross-origin isolated.
let wanted = 1;
let threads = null;

/** How many threads the renderer asks for; before the first session (later calls are ignored). */
export function setRenderThreads(n) { if (threads === null && n >= 1) wanted = Math.floor(n); }

/** The threads the renderer's runtime runs (null before it starts). */
export const renderThreads = () => threads;

function configure() {
  ort.env.logLevel = 'error';
  threads ??= useThreads(wanted);
}

/** Whether this browser can run the graph at all (WebAssembly with SIMD); the page falls back to
 * the template warp where it cannot, and says so. */
export function wasmSupported() {
  try {
    // the smallest module using a v128 op: SIMD is required by ort-wasm-simd-threaded.wasm
    return typeof WebAssembly === 'object' && WebAssembly.validate(new Uint8Array([
      0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
    ]));
  } catch {
    return false;
  }
}

// A one-node ONNX model (y = Identity(x), opset 18; made with onnx.helper): creating a session
// of it loads and compiles the runtime's .wasm before any photo arrives.
const WARM_MODEL = 'CAgSCXBob3RvY2FsbDo6ChAKAXgSAXkiCElkZW50aXR5EgR3YXJtWg8KAXgSCgoICAESBAoCCAFiDwoBeRIKCggIARIECgIIAUIECgAQEg==';
let warming = null;

/** Loads onnxruntime-web's WebAssembly now (once), so a photo's first frame waits only for its
 * own session. Resolves to true, or false where the runtime cannot start. */
export function warmUp() {
  warming ??= (async () => {
    configure();
    const bytes = Uint8Array.from(atob(WARM_MODEL), (c) => c.charCodeAt(0));
    const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
    await session.release();
    return true;
  })().catch((e) => { console.warn('onnxruntime-web did not start:', e); return false; });
  return warming;
}

/** float32 HWC RGB in [0, 1] -> RGBA bytes, rounded like the Python renderer's uint8 frames
 * (clip, ·255, +0.5, truncate). */
export function toRGBA(frame, size, out = new Uint8ClampedArray(size * size * 4)) {
  for (let i = 0, j = 0; i < size * size; i++, j += 3) {
    out[4 * i] = Math.floor(Math.min(1, Math.max(0, frame[j])) * 255 + 0.5);
    out[4 * i + 1] = Math.floor(Math.min(1, Math.max(0, frame[j + 1])) * 255 + 0.5);
    out[4 * i + 2] = Math.floor(Math.min(1, Math.max(0, frame[j + 2])) * 255 + 0.5);
    out[4 * i + 3] = 255;
  }
  return out;
}

/** One photo's frame graph in an onnxruntime-web session. */
export class GraphFace {
  constructor(session, size) {
    this.session = session;
    this.size = size;
    this.weights = new ort.Tensor('float32', new Float32Array(NUM_BLENDSHAPES), [NUM_BLENDSHAPES]);
    this.pose = new ort.Tensor('float32', new Float32Array(POSE_SIZE), [POSE_SIZE]);
    this.rgba = new Uint8ClampedArray(size * size * 4);
  }

  /** graph: the ONNX bytes (Uint8Array); optimization: onnxruntime's graph optimization level. */
  // 'basic' (constant folding, redundant nodes): the session starts ~4x sooner than with 'all'
  // (layout and fusion passes over a graph of large constants), frames run as fast (browser bench).
  static async create(graph, { optimization = 'basic' } = {}) {
    configure();
    const t0 = performance.now();
    const session = await ort.InferenceSession.create(graph, {
      executionProviders: ['wasm'],
      graphOptimizationLevel: optimization,
    });
    const t1 = performance.now();
    const names = session.inputNames.join(',');
    if (names !== 'weights,pose' || session.outputNames[0] !== 'frame') {
      await session.release();
      throw new Error(`not a photocall frame graph (inputs ${names}, outputs ${session.outputNames.join(',')})`);
    }
    const face = new GraphFace(session, 0);
    await face.run(new Float32Array(NUM_BLENDSHAPES), new Float32Array(POSE_SIZE)); // learns S
    face.timings = { sessionMs: t1 - t0, firstRunMs: performance.now() - t1 };
    return face;
  }

  /** The frame for (weights, pose) as RGBA bytes (size x size), reused between calls. */
  async run(weights, pose) {
    this.weights.data.set(weights);
    this.pose.data.set(pose);
    const out = await this.session.run({ weights: this.weights, pose: this.pose });
    const frame = out.frame;
    const size = frame.dims[0];
    if (size !== this.size) { this.size = size; this.rgba = new Uint8ClampedArray(size * size * 4); }
    toRGBA(frame.data, size, this.rgba);
    frame.dispose?.();
    return this.rgba;
  }

  async release() { await this.session.release(); }
}
