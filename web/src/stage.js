// What is drawn: the 3D head (with lights and camera) on one canvas and each remote participant's
// animated photo on a canvas of its own (a FaceView each: its own renderer, its own motion).
// Runs in the render worker (OffscreenCanvas) or, where that is missing, on the page's main
// thread.
import * as THREE from 'three';
import { Head, softwareGL } from './head.js';
import { FaceView } from './face-view.js';

export class Stage {
  constructor(headCanvas, { software = softwareGL() } = {}) {
    this.software = software;
    const antialias = !software; // MSAA in software GL costs more than it shows
    this.antialias = antialias;
    this.renderer = new THREE.WebGLRenderer({ canvas: headCanvas, antialias, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(1);
    this.renderer.setSize(headCanvas.width, headCanvas.height, false);
    this.scene = new THREE.Scene();
    this.scene.background = new THREE.Color(0x202028);
    this.camera = new THREE.PerspectiveCamera(30, headCanvas.width / headCanvas.height, 0.01, 20);
    this.scene.add(new THREE.HemisphereLight(0xffffff, 0x404050, 1.6));
    const key = new THREE.DirectionalLight(0xffffff, 1.8);
    key.position.set(0.6, 0.8, 1.2);
    this.scene.add(key);
    this.head = new Head();
    // Metres in VR: the head is ~0.2 m wide, 0.8 m in front of the viewer's (or camera's) eyes.
    const holder = new THREE.Group();
    holder.scale.setScalar(0.2);
    holder.position.set(0, 0.02, -0.8);
    holder.add(this.head.group);
    this.scene.add(holder);
    this.faces = new Map(); // participant id -> FaceView on its 2D canvas
    this.headFrames = 0;
    this.droppedFaceFrames = 0; // frames of faces since dropped: photoFrames only ever grows

  }

  addFace(id, canvas) {
    const face = new FaceView(canvas, this.antialias);
    this.faces.set(id, face);
    return face;
  }

  async dropFace(id) {
    const face = this.faces.get(id);
    this.faces.delete(id);
    this.droppedFaceFrames += face?.frames ?? 0;
    await face?.graph?.release();
  }

  /** The first participant's face (the one the 3D head follows), or null. */
  get photo() { return this.faces.values().next().value ?? null; }

  /** weights, pose: the 3D head's motion; faces: {id: {weights, pose}} each photo's own. */
  setMotion(weights, pose, faces = {}) {
    this.head.setMotion(weights, pose);
    for (const [id, m] of Object.entries(faces)) this.faces.get(id)?.setMotion(m.weights, m.pose);
  }

  render() {
    this.renderer.render(this.scene, this.camera);
    this.headFrames++;
    for (const face of this.faces.values()) face.render();
  }

  /** Photo frames drawn in this call, counting faces that have since left. */
  get photoFrames() {
    let n = this.droppedFaceFrames;
    for (const f of this.faces.values()) n += f.frames;
    return n;
  }
}
