// A photo's frame graph run in a face worker of its own (face-worker.js): the same interface as
// GraphFace (size, rgba, timings, run, release), so FaceView and the bench take either. Each
// face gets its own worker, hence its own onnxruntime-web session and core: two faces render at
// once instead of turn by turn. Where workers cannot start here (no Worker, as under node, or a
// nested worker refused), faces run in this thread's own runtime (GraphFace) as before.
import { GraphFace } from './face-graph.js';

const SCRIPT = 'face-worker.js'; // beside render-worker.js and app.js in the bundle

let threadsWanted = 1;
// Workers with the runtime loaded (or loading) and no session: one started per photo graph on
// its way, and those of faces that left (kept warm: a fresh worker's first frames run before
// WebAssembly's optimizing tier has caught up).
const spares = [];
const MAX_SPARES = 2; // (at most this many idle)

/** Threads each face worker's runtime asks for (the page's ?threads=N). */
export function setFaceWorkerThreads(n) { if (n >= 1) threadsWanted = Math.floor(n); }

export const faceWorkersAvailable = () => typeof Worker !== 'undefined';

function startWorker() {
  let worker;
  try {
    worker = new Worker(SCRIPT);
  } catch (e) { // refused here (a policy; no nested workers): a stand-in that answers with why
    const error = `face worker: ${e.message || e}`;
    return { worker: { terminate() {} }, ask: async () => ({ error }), runs: new Map(), warm: Promise.resolve({ error }) };
  }
  const waiting = new Map(); // message type -> [resolve, ...]
  const runs = new Map(); // run id -> resolve
  worker.onmessage = (ev) => {
    const m = ev.data;
    if (m.type === 'frame') { runs.get(m.id)?.(m); runs.delete(m.id); return; }
    const queue = waiting.get(m.type);
    queue?.shift()?.(m);
  };
  let dead = null; // why the worker failed: later questions get it at once
  const failed = (why) => {
    dead = why;
    const m = { error: why };
    for (const queue of waiting.values()) for (const resolve of queue.splice(0)) resolve(m);
    for (const resolve of runs.values()) resolve(m);
    runs.clear();
  };
  worker.onerror = (e) => { e.preventDefault?.(); failed(`face worker: ${e.message || 'failed to start'}`); };
  const ask = (type, message = {}, transfer = []) => new Promise((resolve) => {
    if (dead) { resolve({ error: dead }); return; }
    if (!waiting.has(type)) waiting.set(type, []);
    waiting.get(type).push(resolve);
    worker.postMessage({ type, ...message }, transfer);
  });
  return { worker, ask, runs, warm: ask('warm', { threads: threadsWanted }) };
}

/** Starts a face worker loading onnxruntime-web now (a photo's graph is on its way), so that
 * the graph waits only for its own session. Resolves once it has loaded (or failed). */
export function warmFaceWorker() {
  if (!faceWorkersAvailable()) return Promise.resolve(false);
  if (spares.length >= MAX_SPARES) return spares[spares.length - 1].warm;
  const w = startWorker();
  spares.push(w);
  return w.warm;
}

export class WorkerGraphFace {
  constructor(w, created) {
    this.w = w;
    this.size = created.size;
    this.rgba = created.rgba;
    this.timings = created.timings;
    this.threads = created.threads;
    this.nextId = 0;
  }

  /** graph: the ONNX bytes (Uint8Array; its buffer is handed to the worker). */
  static async create(graph, { optimization = 'basic' } = {}) {
    const w = spares.shift() ?? startWorker();
    const bytes = graph.byteOffset === 0 && graph.byteLength === graph.buffer.byteLength ? graph : graph.slice();
    const created = await w.ask('created', { type: 'create', graph: bytes.buffer, optimization, threads: threadsWanted }, [bytes.buffer])
      .catch((e) => ({ error: String(e) }));
    if (created.error) { w.worker.terminate(); throw new Error(created.error); }
    return new WorkerGraphFace(w, created);
  }

  /** The frame for (weights, pose) as RGBA bytes (size x size); a new array each frame. */
  run(weights, pose) {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      if (!this.w) { reject(new Error('face released')); return; }
      this.w.runs.set(id, (m) => (m.error ? reject(new Error(m.error)) : resolve((this.rgba = m.rgba))));
      this.w.worker.postMessage({ type: 'run', id, weights: Float32Array.from(weights), pose: Float32Array.from(pose) });
    });
  }

  /** Drops the session; the worker (its runtime compiled and warm) waits for the next photo,
   * or ends where enough others wait. */
  async release() {
    const w = this.w;
    this.w = null;
    if (!w) return;
    const done = await w.ask('released', { type: 'release' });
    if (done.error || spares.length >= MAX_SPARES) w.worker.terminate();
    else { w.warm = Promise.resolve(done); spares.push(w); }
  }
}

/** A face for ``graph``: in a face worker of its own where workers start here, else in this
 * thread's runtime. The face worker is tried once per page: a failure to start one (not a bad
 * graph) turns them off. */
let workersFailed = false;
export async function createGraphFace(graph, { optimization = 'basic', worker = true } = {}) {
  if (worker && faceWorkersAvailable() && !workersFailed) {
    const copy = graph.slice(); // the worker takes its bytes; kept in case it cannot start
    try {
      return await WorkerGraphFace.create(graph, { optimization });
    } catch (e) {
      if (!/face worker:/.test(String(e.message))) throw e; // the graph itself failed
      console.warn(`${e.message}; faces render in this thread`);
      workersFailed = true;
      graph = copy;
    }
  }
  return GraphFace.create(graph, { optimization });
}
