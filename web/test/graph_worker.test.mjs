// A face's frame graph in a face worker of its own (src/graph-worker.js), with a stand-in Worker:
// frames come back per run, a released worker waits for the next photo, and a worker that cannot
// start says so at once (createGraphFace then runs the face in this thread's runtime).
import assert from 'node:assert/strict';
import { test } from 'node:test';

const started = [];
class FakeWorker { // answers like face-worker.js: a 2x2 frame whose red is the jaw weight
  constructor(url) { this.url = url; this.fail = FakeWorker.failNext; FakeWorker.failNext = false; started.push(this); }
  postMessage(m) {
    queueMicrotask(() => {
      if (this.fail) { this.onerror?.({ message: 'script failed to load', preventDefault() {} }); return; }
      const frame = (w) => new Uint8ClampedArray(16).fill(Math.round(w * 255));
      const reply = {
        warm: { type: 'warm', ok: true },
        create: { type: 'created', size: 2, rgba: frame(0), timings: { sessionMs: 1, firstRunMs: 1 }, threads: 1 },
        run: { type: 'frame', id: m.id, rgba: m.weights ? frame(m.weights[17]) : null },
        release: { type: 'released' },
      }[m.type];
      this.onmessage({ data: reply });
    });
  }
  terminate() { this.terminated = true; }
}
globalThis.Worker = FakeWorker;
const { createGraphFace, warmFaceWorker, WorkerGraphFace } = await import('../src/graph-worker.js');

test('each face in its own worker: frames per run, workers reused once released', async () => {
  started.length = 0;
  await warmFaceWorker(); // a photo's graph is on its way: its worker starts now
  const a = await createGraphFace(new Uint8Array(8));
  const b = await createGraphFace(new Uint8Array(8));
  assert.ok(a instanceof WorkerGraphFace && b instanceof WorkerGraphFace);
  assert.equal(started.length, 2); // the warmed one, then one for b
  assert.equal(started[0].url, 'face-worker.js');
  const w = new Float32Array(52); w[17] = 0.4;
  const [fa, fb] = await Promise.all([a.run(w, new Float32Array(6)), b.run(new Float32Array(52), new Float32Array(6))]);
  assert.equal(fa[0], 102); assert.equal(fb[0], 0);
  await a.release();
  const c = await createGraphFace(new Uint8Array(8));
  assert.equal(started.length, 2); // a's worker, warm, took the next photo
  await assert.rejects(a.run(w, new Float32Array(6)), /released/);
  await b.release(); await c.release();
});

test('a worker that cannot start: a clear error (createGraphFace then uses this thread), no hang', async () => {
  const held = [await createGraphFace(new Uint8Array(8)), await createGraphFace(new Uint8Array(8))]; // the spares
  FakeWorker.failNext = true;
  await assert.rejects(WorkerGraphFace.create(new Uint8Array(8)), /face worker: script failed to load/);
  for (const face of held) await face.release();
});
