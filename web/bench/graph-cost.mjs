// CPU cost of a face's frame graph per frame on onnxruntime-web's WebAssembly (one thread), in
// node with the page's own GraphFace (src/face-graph.js): CPU time (process.cpuUsage), so a busy
// machine slows it less than wall time. Graphs: gzipped ONNX files (`web_graph`'s), compared
// turn by turn, pass after pass.   Run: node bench/graph-cost.mjs a.onnx.gz [b.onnx.gz ...]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { GraphFace } from '../src/face-graph.js';

const files = process.argv.slice(2);
const faces = [];
for (const file of files) faces.push(await GraphFace.create(new Uint8Array(gunzipSync(readFileSync(file)))));
let seed = 7;
const rand = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const motions = Array.from({ length: 16 }, () => ({
  w: Float32Array.from({ length: 52 }, () => (rand() < 0.3 ? 0.5 * rand() : 0)),
  p: Float32Array.from({ length: 6 }, (_, i) => (i < 3 ? 0.3 * rand() - 0.15 : i < 5 ? 0.06 * rand() - 0.03 : 0)),
}));
for (const face of faces) for (const m of motions.slice(0, 4)) await face.run(m.w, m.p); // WASM tier-up
const cpu = faces.map(() => []);
for (let pass = 0; pass < 5; pass++) {
  for (const [k, face] of faces.entries()) {
    const c0 = process.cpuUsage();
    for (const m of motions) await face.run(m.w, m.p);
    const c = process.cpuUsage(c0);
    cpu[k].push((c.user + c.system) / 1000 / motions.length);
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const [k, file] of files.entries()) console.log(`${file}: CPU per frame, median of 5 passes ${med(cpu[k]).toFixed(1)} ms (passes ${cpu[k].map((x) => x.toFixed(1)).join(', ')})`);
