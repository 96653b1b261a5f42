// A face worker: one photo's frame graph in an onnxruntime-web session of its own, so that two
// faces render on two cores at once (one runtime runs one session at a time; on 2 cores two
// faces in one worker got half of one face's frame rate each). Started by graph-worker.js from
// the render worker (or the page, where rendering is on the main thread).
// Messages in: warm {threads} (load the runtime now); create {graph, optimization, threads};
// run {id, weights, pose}; release. Out: warm {ok}; created {size, rgba, timings, threads} or
// {error}; frame {id, rgba} (RGBA bytes, transferred) or {id, error}; released.
import { GraphFace, renderThreads, setRenderThreads, warmUp } from './face-graph.js';

let face = null;

self.onmessage = async (ev) => {
  const m = ev.data;
  try {
    if (m.type === 'warm') {
      setRenderThreads(m.threads ?? 1);
      self.postMessage({ type: 'warm', ok: await warmUp() });
    } else if (m.type === 'create') {
      setRenderThreads(m.threads ?? 1);
      face = await GraphFace.create(new Uint8Array(m.graph), { optimization: m.optimization });
      const rgba = face.rgba.slice();
      self.postMessage({ type: 'created', size: face.size, rgba, timings: face.timings, threads: renderThreads() }, [rgba.buffer]);
    } else if (m.type === 'run') {
      // a fresh buffer each frame, handed over (256 KB at 256²): the page draws it, then drops it
      const rgba = (await face.run(m.weights, m.pose)).slice();
      self.postMessage({ type: 'frame', id: m.id, rgba }, [rgba.buffer]);
    } else if (m.type === 'release') {
      await face?.release();
      face = null;
      self.postMessage({ type: 'released' });
    }
  } catch (e) {
    const reply = { run: 'frame', create: 'created', release: 'released' }[m.type] ?? m.type;
    self.postMessage({ type: reply, id: m.id, error: String(e.message || e) });
  }
};
