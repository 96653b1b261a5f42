// Builds the browser client into ../signaling/web/ (served by `photocall signal` at /):
// bundled app.js and render-worker.js (three.js and @msgpack/msgpack included: nothing is
// fetched at run time),
// index.html and style.css copied from static/, ORT's .wasm and the mouth model's .onnx copied.   Run: npm ci && npm run build
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// An optional argument builds elsewhere (the tests check the committed bundle is up to date).
const out = process.argv[2] ? `${process.argv[2].replace(/\/$/, '')}/` : fileURLToPath(new URL('../signaling/web/', import.meta.url));
mkdirSync(out, { recursive: true });
// app.js: the page; render-worker.js and motion-worker.js: the renderer and the audio -> motion
// model, off the main thread; face-worker.js: one photo's frame graph (a worker per face).
for (const [entry, name] of [['main.js', 'app.js'], ['render-worker.js', 'render-worker.js'], ['motion-worker.js', 'motion-worker.js'], ['face-worker.js', 'face-worker.js']]) {
  await build({
    entryPoints: [fileURLToPath(new URL(`src/${entry}`, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome113', 'firefox115', 'safari17'],
    outfile: `${out}${name}`,
    legalComments: 'eof',
    logLevel: 'info',
  });
}
for (const name of ['index.html', 'style.css']) copyFileSync(new URL(`static/${name}`, import.meta.url), `${out}${name}`);
// onnxruntime-web's WebAssembly binary (served by us, never a CDN; src/ort.js points at it) and
// the mouth model (20 ms lookahead, a Python call's default), exported by `photocall export-motion`
// beside its weights; the .mjs: the runtime's loader as an ES module, which its threads start from
// (src/ort.js).
for (const name of ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs']) copyFileSync(new URL(`node_modules/onnxruntime-web/dist/${name}`, import.meta.url), `${out}${name}`);
copyFileSync(new URL('../sender/motion/mouth_tcn_20ms.onnx', import.meta.url), `${out}mouth_tcn_20ms.onnx`);
// MediaPipe's face mesh (the legacy solution: its model is inside the package), run on the page's
// own photo (src/face-mesh.js): the SIMD build only, like onnxruntime-web's.
mkdirSync(`${out}face_mesh`, { recursive: true });
for (const name of ['face_mesh.js', 'face_mesh.binarypb', 'face_mesh_solution_packed_assets_loader.js', 'face_mesh_solution_packed_assets.data',
  'face_mesh_solution_simd_wasm_bin.js', 'face_mesh_solution_simd_wasm_bin.wasm', 'face_mesh_solution_simd_wasm_bin.data']) {
  copyFileSync(new URL(`node_modules/@mediapipe/face_mesh/${name}`, import.meta.url), `${out}face_mesh/${name}`);
}
