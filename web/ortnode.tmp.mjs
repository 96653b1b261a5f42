import * as ort from 'onnxruntime-web';
import { readFileSync } from 'node:fs';
ort.env.wasm.numThreads = 1;
const s = await ort.InferenceSession.create(readFileSync('/work/wt/webmouth/sender/motion/mouth_tcn.onnx'), { graphOptimizationLevel: process.argv[2] || 'all' });
const pads = [4, 2, 4, 8, 16, 32];
for (const T of [1, 2, 200]) {
  const feeds = { mel: new ort.Tensor('float64', new Float64Array(40 * T).fill(-5), [1, 40, T]) };
  pads.forEach((p, i) => { const c = i === 0 ? 40 : 96; feeds[`state${i}`] = new ort.Tensor('float64', new Float64Array(c * p), [1, c, p]); });
  for (let k = 0; k < 5; k++) await s.run(feeds);
  const t0 = performance.now();
  for (let k = 0; k < 30; k++) await s.run(feeds);
  console.log(T, (performance.now() - t0) / 30, 'ms');
}
