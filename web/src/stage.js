// What is drawn: the 3D head (with lights and camera) on one canvas and the animated photo on
// another. Runs in the render worker (OffscreenCanvas) or, where that is missing and for WebXR,
// on the page's main thread.
import * as THREE from 'three';
import { Head, softwareGL } from './head.js';
import { FaceView } from './face-view.js';

export class Stage {
  constructor(headCanvas, photoCanvas, { software = softwareGL() } = {}) {
    this.software = software;
    const antialias = !software; // MSAA in software GL costs more than it shows
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
    this.photo = photoCanvas ? new FaceView(photoCanvas, antialias) : null; // 2D canvas
    this.headFrames = 0;
  }

  setMotion(weights, pose) {
    this.head.setMotion(weights, pose);
    this.photo?.setMotion(weights, pose);
  }

  render() {
    this.renderer.render(this.scene, this.camera);
    this.headFrames++;
    if (!this.renderer.xr.isPresenting) this.photo?.render();
  }

  get photoFrames() { return this.photo?.frames ?? 0; }
}
