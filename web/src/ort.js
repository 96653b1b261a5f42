// ONNX Runtime Web, WebAssembly backend, from the page's own files (no CDN): build.mjs copies
// ort-wasm-simd-threaded.wasm beside app.js. One thread: the models here are small, and threads
// would need a cross-origin-isolated page (SharedArrayBuffer).
import * as ort from 'onnxruntime-web/wasm';

const base = typeof location !== 'undefined' ? new URL('./', location.href).href : './';
ort.env.wasm.wasmPaths = { wasm: `${base}ort-wasm-simd-threaded.wasm` };
ort.env.wasm.numThreads = 1;

export { ort };
