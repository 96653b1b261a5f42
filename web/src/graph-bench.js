// Measures the page's renderer where it runs (the render worker): time from a photo's graph bytes
// to its first drawn frame, frames per second with one or more faces rendering at once (each face
// renders the same motion sequence, turn by turn, as a page showing several peers does), and the
// frames themselves (for the parity test against the Python renderer).
import { GraphFace } from './face-graph.js';
import { makeCanvas } from './head.js';

/** graphs: ONNX bytes per face; frames: [{w (52), p (6)}]; keep: how many of face 0's frames to
 * return as RGBA bytes. Returns {firstFrameMs per face, fps per face, runMs (median), frames}. */
export async function benchGraphs({ graphs, frames, keep = 0, repeat = 1, optimization = 'all' }) {
  const canvas = makeCanvas(480, 480);
  const ctx = canvas.getContext('2d');
  const faces = [];
  const firstFrameMs = [];
  const timings = [];
  for (const graph of graphs) {
    const t0 = performance.now();
    const face = await GraphFace.create(new Uint8Array(graph), { optimization }); // runs the first frame
    const tile = makeCanvas(face.size, face.size);
    tile.getContext('2d').putImageData(new ImageData(face.rgba, face.size, face.size), 0, 0);
    ctx.drawImage(tile, 0, 0, canvas.width, canvas.height);
    firstFrameMs.push(performance.now() - t0);
    timings.push(face.timings);
    faces.push({ face, tile });
  }
  const kept = [];
  const runs = [];
  const t0 = performance.now();
  let count = 0;
  for (let r = 0; r < repeat; r++) {
    for (const [i, m] of frames.entries()) {
      for (const [k, { face, tile }] of faces.entries()) {
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
  for (const { face } of faces) await face.release();
  return { firstFrameMs, timings, fps: count / seconds, runMs: runs[runs.length >> 1], frames: kept, crossOriginIsolated: self.crossOriginIsolated === true };
}
