// ONNX Runtime Web, WebAssembly backend, from the page's own files (no CDN): build.mjs copies
// ort-wasm-simd-threaded.wasm (and its .mjs loader, for threads) beside app.js. One thread unless
// a worker asks for more (useThreads) on a cross-origin-isolated page (SharedArrayBuffer; the
// signaling server sends COOP/COEP): the motion model is small, the face renderer is not.
import * as ort from 'onnxruntime-web/wasm';

const here = (name) => new URL(name, location.href).href;
// (under node, for tests and bench/, ORT finds the file in its own package)
if (typeof location !== 'undefined') ort.env.wasm.wasmPaths = { wasm: here('ort-wasm-simd-threaded.wasm') };
ort.env.wasm.numThreads = 1;

/** Up to ``wanted`` threads for this worker's runtime (before its first session): as many as
 * the page's isolation and the machine's cores allow. Returns the count it will use. */
export function useThreads(wanted) {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  const threads = globalThis.crossOriginIsolated === true ? Math.max(1, Math.min(wanted, cores)) : 1;
  if (threads > 1) {
    // the threads run the runtime's own ES module (the bundled copy has no URL to start them from)
    ort.env.wasm.wasmPaths = { mjs: here('ort-wasm-simd-threaded.mjs'), wasm: here('ort-wasm-simd-threaded.wasm') };
  }
  ort.env.wasm.numThreads = threads;
  return threads;
}

export { ort };
