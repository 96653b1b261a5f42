// Measures the page's renderer where it runs (the render worker): time from a photo's graph bytes
// to its first drawn frame, frames per second with one or more faces rendering at once (each face
// renders the same motion sequence: each in its face worker, at once, as the page does; or, with
// workers: false, in the render worker's own runtime turn by turn, as the page did before), and
// the frames themselves (for the parity test against the Python renderer).
import { renderThreads } from './face-graph.js';
import { createGraphFace, warmFaceWorker } from './graph-worker.js';
import { makeCanvas } from './head.js';

let held = []; // faces kept between calls (hold), so a call can time rendering alone

/** graphs: ONNX bytes per face (none: reuse the held faces); frames: [{w (52), p (6)}]; keep:
 * how many of face 0's frames to return as RGBA bytes; hold: keep the faces for the next call;
 * workers: a face worker per face (warmed before the clock starts, as the page's 'warm' does
 * when a photo announces its graph) or the render worker's runtime.
 * Returns {firstFrameMs and timings per new face, fps (frames per face per second), runMs
 * (median of one face's run), frames}. */
export async function benchGraphs({ graphs, frames, keep = 0, repeat = 1, optimization = 'basic', hold = false, workers = true }) {
  const canvas = makeCanvas(480, 480);
  const ctx = canvas.getContext('2d');
  const firstFrameMs = [];
  const timings = [];
  if (graphs.length) {
    for (const { face } of held) await face.release();
    held = [];
    if (workers) await Promise.all(graphs.map(() => warmFaceWorker()));
    for (const graph of graphs) {
      const t0 = performance.now();
      const face = await createGraphFace(new Uint8Array(graph), { optimization, worker: workers }); // runs the first frame
      const tile = makeCanvas(face.size, face.size);
      tile.getContext('2d').putImageData(new ImageData(face.rgba, face.size, face.size), 0, 0);
      ctx.drawImage(tile, 0, 0, canvas.width, canvas.height);
      firstFrameMs.push(performance.now() - t0);
      timings.push(face.timings);
      held.push({ face, tile });
    }
  }
  const parallel = held.length > 1 && held.every(({ face }) => face.threads != null); // in face workers
  const draw = ({ face, tile }, rgba) => {
    tile.getContext('2d').putImageData(new ImageData(rgba, face.size, face.size), 0, 0);
    ctx.drawImage(tile, 0, 0, canvas.width, canvas.height);
  };
  const kept = [];
  const runs = [];
  const t0 = performance.now();
  let count = 0;
  for (let r = 0; r < repeat; r++) {
    for (const [i, m] of frames.entries()) {
      const one = async (k) => {
        const t = performance.now();
        const rgba = await held[k].face.run(m.w, m.p);
        runs.push(performance.now() - t);
        draw(held[k], rgba);
        if (k === 0 && r === 0 && i < keep) kept.push(Array.from(rgba));
      };
      if (parallel) await Promise.all(held.map((_, k) => one(k))); // each face in its worker
      else for (let k = 0; k < held.length; k++) await one(k); // one runtime: turn by turn
      count++;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  runs.sort((a, b) => a - b);
  const threads = held[0]?.face.threads ?? renderThreads();
  const inWorkers = held.length > 0 && held.every(({ face }) => face.threads != null);
  if (!hold) { for (const { face } of held) await face.release(); held = []; }
  return { firstFrameMs, timings, fps: count / seconds, frames: count, runMs: runs[runs.length >> 1], kept, crossOriginIsolated: self.crossOriginIsolated === true, threads, workers: inWorkers };
}
