// ONNX Runtime Web, WebAssembly backend, from the page's own files (no CDN): build.mjs copies
// ort-wasm-simd-threaded.wasm beside app.js. One thread: the models here are small, and threads
// would need a cross-origin-isolated page (SharedArrayBuffer).
import * as ort from 'onnxruntime-web/wasm';

// (under node, for tests and bench/, ORT finds the file in its own package)
if (typeof location !== 'undefined') ort.env.wasm.wasmPaths = { wasm: new URL('ort-wasm-simd-threaded.wasm', location.href).href };
ort.env.wasm.numThreads = 1;

export { ort };
