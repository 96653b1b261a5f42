// Measures the page's renderer where it runs (the render worker): time from a photo's graph bytes
// to its first drawn frame, frames per second with one or more faces rendering at once (each face
// renders the same motion sequence, turn by turn, as a page showing several peers does), and the
// frames themselves (for the parity test against the Python renderer).
import { GraphFace, renderThreads } from './face-graph.js';
import { makeCanvas } from './head.js';

let held = []; // faces kept between calls (hold), so a call can time rendering alone

/** graphs: ONNX bytes per face (none: reuse the held faces); frames: [{w (52), p (6)}]; keep:
 * how many of face 0's frames to return as RGBA bytes; hold: keep the faces for the next call.
 * Returns {firstFrameMs and timings per new face, fps (frames per face per second), runMs
 * (median of one face's run), frames}. */
export async function benchGraphs({ graphs, frames, keep = 0, repeat = 1, optimization = 'basic', hold = false }) {
  const canvas = makeCanvas(480, 480);
  const ctx = canvas.getContext('2d');
  const firstFrameMs = [];
  const timings = [];
  if (graphs.length) {
    for (const { face } of held) await face.release();
    held = [];
    for (const graph of graphs) {
      const t0 = performance.now();
      const face = await GraphFace.create(new Uint8Array(graph), { optimization }); // runs the first frame
      const tile = makeCanvas(face.size, face.size);
      tile.getContext('2d').putImageData(new ImageData(face.rgba, face.size, face.size), 0, 0);
      ctx.drawImage(tile, 0, 0, canvas.width, canvas.height);
      firstFrameMs.push(performance.now() - t0);
      timings.push(face.timings);
      held.push({ face, tile });
    }
  }
  const kept = [];
  const runs = [];
  const t0 = performance.now();
  let count = 0;
  for (let r = 0; r < repeat; r++) {
    for (const [i, m] of frames.entries()) {
      for (const [k, { face, tile }] of held.entries()) {
        const t = performance.now();
        const rgba = await face.run(m.w, m.p);
        runs.push(performance.now() - t);
        tile.getContext('2d').putImageData(new ImageData(rgba, face.size, face.size), 0, 0);
        ctx.drawImage(tile, 0, 0, canvas.width, canvas.height);
        if (k === 0 && r === 0 && i < keep) kept.push(Array.from(rgba));
      }
      count++;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  runs.sort((a, b) => a - b);
  if (!hold) { for (const { face } of held) await face.release(); held = []; }
  return { firstFrameMs, timings, fps: count / seconds, frames: count, runMs: runs[runs.length >> 1], kept, crossOriginIsolated: self.crossOriginIsolated === true, threads: renderThreads() };
}
