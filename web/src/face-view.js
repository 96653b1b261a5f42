// The photo canvas (2D): the sender's photo animated by the real renderer — its ONNX frame graph
// run by onnxruntime-web (face-graph.js) in a face worker of its own (graph-worker.js) — where the photo came with its graph and this browser
// runs WebAssembly SIMD; otherwise by the template warp (photo.js, drawn on a canvas of its own
// and copied here). `mode` and `why` say which and why, for the page to show.
import { makeCanvas } from './head.js';
import { wasmSupported } from './face-graph.js';
import { createGraphFace } from './graph-worker.js';
import { PhotoView } from './photo.js';

export class FaceView {
  constructor(canvas, antialias = true) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.antialias = antialias;
    this.template = null; // PhotoView on its own WebGL canvas, made only when needed
    this.graph = null;
    this.frame = null; // the graph's last frame, on a canvas of its own size
    this.weights = null; this.pose = null;
    this.busy = false; this.pending = false;
    this.hasPhoto = false;
    this.mode = null; this.why = '';
    this.frames = 0;
    this.runMs = []; // the graph's recent run times (ms)
    this.onFrame = null; // (source canvas, mode) after each drawn frame: the VR panel copies it
  }

  /** The canvas holding the last drawn frame at the renderer's own size (null before one). */
  get lastFrame() {
    if (!this.hasPhoto) return null;
    return this.mode === 'graph' ? this.frame : this.template.renderer.domElement;
  }

  /** bytes: the photo (JPEG/PNG/WebP); graph: its ONNX frame graph (Uint8Array) or null;
   * awaitGraph: no graph yet but one is coming (the still photo is shown meanwhile); why: what
   * to say when there is none. Resolves to {mode: 'graph' | 'waiting' | 'template', why}. */
  async setPhoto(bytes, graph = null, { awaitGraph = false, why: noGraph = '' } = {}) {
    let why;
    if (!graph && awaitGraph) {
      const bitmap = await createImageBitmap(new Blob([bytes]));
      const side = Math.min(bitmap.width, bitmap.height);
      this.ctx.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, this.canvas.width, this.canvas.height);
      bitmap.close();
      this.mode = 'waiting'; this.why = 'waiting for the render graph';
      this.hasPhoto = false; // nothing animates until the graph arrives
      return { mode: this.mode, why: this.why };
    }
    if (!graph) why = noGraph || 'the photo came without its render graph';
    else if (!wasmSupported()) why = 'this browser has no WebAssembly SIMD (onnxruntime-web cannot run)';
    else {
      try {
        const face = await createGraphFace(graph); // in a face worker of its own where it can
        await this.graph?.release();
        this.graph = face;
        this.frame = makeCanvas(face.size, face.size);
        this.draw(face.rgba);
        this.mode = 'graph'; this.why = 'onnxruntime-web (WebAssembly)';
        this.hasPhoto = true;
        return { mode: this.mode, why: this.why };
      } catch (e) {
        why = `onnxruntime-web could not run the graph: ${e.message || e}`;
      }
    }
    await this.graph?.release();
    this.graph = null;
    this.template ??= new PhotoView(makeCanvas(this.canvas.width, this.canvas.height), this.antialias);
    await this.template.setPhoto(bytes);
    this.mode = 'template'; this.why = why;
    this.hasPhoto = true;
    return { mode: this.mode, why };
  }

  setMotion(weights, pose) {
    this.weights = weights; this.pose = pose;
    this.template?.setMotion(weights, pose);
    this.pending = true;
  }

  draw(rgba) {
    const size = this.graph.size;
    this.frame.getContext('2d').putImageData(new ImageData(rgba, size, size), 0, 0);
    this.ctx.imageSmoothingQuality = 'high';
    this.ctx.drawImage(this.frame, 0, 0, this.canvas.width, this.canvas.height);
    this.frames++;
    this.onFrame?.(this.frame, 'graph');
  }

  /** Draws the newest motion: the graph runs one frame at a time (a newer motion that arrives
   * meanwhile is drawn next; older ones are skipped, never queued). */
  render() {
    if (!this.hasPhoto) return;
    if (this.mode === 'template') {
      this.template.render();
      this.ctx.drawImage(this.template.renderer.domElement, 0, 0, this.canvas.width, this.canvas.height);
      this.frames++;
      this.onFrame?.(this.template.renderer.domElement, 'template');
      return;
    }
    if (this.busy || !this.pending || !this.weights) return;
    this.busy = true; this.pending = false;
    const graph = this.graph;
    const t0 = performance.now();
    this.running = graph.run(this.weights, this.pose).then((rgba) => {
      if (graph !== this.graph) return; // a newer photo replaced it meanwhile
      this.runMs.push(performance.now() - t0);
      if (this.runMs.length > 100) this.runMs.shift();
      this.draw(rgba);
    }).catch((e) => {
      console.warn('render graph:', e);
    }).finally(() => { this.busy = false; });
  }

  /** Renders the current motion and resolves once it is drawn (captures and tests). */
  async renderNow() {
    if (this.mode !== 'graph') { this.render(); return; }
    await this.running;
    this.pending = true;
    this.render();
    await this.running;
  }
}
