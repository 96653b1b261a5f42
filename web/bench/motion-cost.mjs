// CPU cost of the page's audio -> motion per 20 ms chunk (front end + ONNX model on
// onnxruntime-web's WebAssembly + head process), in node with the page's own modules. CPU time
// (process.cpuUsage), so a busy machine slows it less than wall time.   Run: node bench/motion-cost.mjs
import { readFileSync } from 'node:fs';
import { MotionPredictor, MouthModel } from '../src/mouth.js';
import { ort } from '../src/ort.js';

const session = await ort.InferenceSession.create(readFileSync(new URL('../../sender/motion/mouth_tcn_20ms.onnx', import.meta.url)));
const predictor = new MotionPredictor(new MouthModel(session));
// 10 s of a vowel-like buzz whose loudness comes and goes (the cost does not depend on content)
let seed = 1;
const noise = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647 - 0.5; };
const chunks = Array.from({ length: 500 }, (_, c) => Float32Array.from({ length: 960 }, (_, i) => {
  const t = (c * 960 + i) / 48000;
  return 0.3 * Math.abs(Math.sin(3 * t)) * (Math.sin(2 * Math.PI * 140 * t) + 0.3 * noise());
}));
for (const pcm of chunks.slice(0, 50)) await predictor.push(pcm); // warm-up (WASM tier-up)
const cpu = []; const wall = [];
for (const pcm of chunks.slice(50)) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  await predictor.push(pcm);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000); wall.push(performance.now() - t0);
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(`per 20 ms chunk over ${cpu.length} chunks: CPU median ${med(cpu).toFixed(2)} ms, mean ${(cpu.reduce((a, b) => a + b) / cpu.length).toFixed(2)} ms; wall median ${med(wall).toFixed(2)} ms; model call median ${predictor.runStats().median.toFixed(2)} ms (wall)`);
