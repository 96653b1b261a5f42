// The immersive (WebXR) view: the other participant's animated photo, life-size, straight ahead
// at a table's distance with its eyes at the viewer's eye height, and the 3D head (where chosen,
// or while no photo has come) beside it, turned toward the viewer. Units are metres in the
// session's 'local' reference space: the origin is the viewer's head when the session starts.
import * as THREE from 'three';
import { Head } from './head.js';
import { DEFAULT_LAYOUT, PhotoView } from './photo.js';

export const VIEW_DISTANCE = 1.0; // m: across a small table (comfortable: 0.8-1.2 m)
export const FACE_WIDTH = 0.22; // m: a life-size adult face, cheek to cheek
const HEAD_EYE_Y = 0.08; // head.js: the eyes sit 0.08 head units above the head's centre
const PHOTO_WIDTH = [0.35, 1.2]; // m: limits where the photo's face estimate is off

/**
 * Where things go. face: the photo's face layout (photo.js: cx, eyeY, faceW as fractions of the
 * square crop, y down), or null with no photo. Returns {photo: {x, y, z, width} | null,
 * head: {x, y, z, scale, yaw} | null}: centres in metres, yaw in radians (+ turns toward +x).
 */
export function vrLayout(face, showHead) {
  let photo = null;
  if (face) {
    const width = Math.min(PHOTO_WIDTH[1], Math.max(PHOTO_WIDTH[0], FACE_WIDTH / face.faceW));
    // the face's centre straight ahead, its eye line at eye height (y = 0)
    photo = { x: -(face.cx - 0.5) * width, y: (face.eyeY - 0.5) * width, z: -VIEW_DISTANCE, width };
  }
  let head = null;
  if (showHead || !photo) {
    const x = photo ? photo.x - photo.width / 2 - 0.2 : 0;
    head = { x, y: -HEAD_EYE_Y * FACE_WIDTH, z: -VIEW_DISTANCE, scale: FACE_WIDTH, yaw: Math.atan2(-x, VIEW_DISTANCE) };
  }
  return { photo, head };
}

/** The scene drawn in the headset (three.js, main thread: WebXR renders from there). */
export class VRStage {
  constructor(canvas, { showHead = false, software = false } = {}) {
    this.renderer = new THREE.WebGLRenderer({ canvas, antialias: !software, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(1);
    this.scene = new THREE.Scene();
    this.scene.background = new THREE.Color(0x2a2a33);
    this.camera = new THREE.PerspectiveCamera(90, canvas.width / canvas.height, 0.05, 50); // replaced by the XR cameras
    // soft room light from above, a key light from the viewer's upper left, a weak fill
    this.scene.add(new THREE.HemisphereLight(0xfff6ee, 0x303040, 1.4));
    const key = new THREE.DirectionalLight(0xffffff, 1.6);
    key.position.set(-0.6, 0.8, 0.6);
    const fill = new THREE.DirectionalLight(0xdde6ff, 0.5);
    fill.position.set(0.8, 0.1, 0.5);
    this.scene.add(key, fill);
    // a floor 1.2 m below the eyes (seated), so the space reads as a room and not a void; two
    // halves with no vertex in the eyes' plane (z = 0), where w = 0 upsets software clipping
    const floorMaterial = new THREE.MeshStandardMaterial({ color: 0x3b3b44, roughness: 1 });
    for (const side of [-1, 1]) {
      const floor = new THREE.Mesh(new THREE.PlaneGeometry(80, 40), floorMaterial);
      floor.rotation.x = -Math.PI / 2;
      floor.position.set(0, -1.2, side * 20.3);
      this.scene.add(floor);
    }
    this.showHead = showHead;
    this.head = new Head();
    this.headHolder = new THREE.Group();
    this.headHolder.add(this.head.group);
    this.scene.add(this.headHolder);
    // the photo: drawn by PhotoView on a canvas of its own, shown on a plane as a texture
    const photoCanvas = typeof document !== 'undefined' ? document.createElement('canvas') : new OffscreenCanvas(512, 512);
    photoCanvas.width = photoCanvas.height = 512;
    this.photo = new PhotoView(photoCanvas, !software);
    this.photoTexture = new THREE.CanvasTexture(photoCanvas);
    this.photoTexture.colorSpace = THREE.SRGBColorSpace;
    this.panel = new THREE.Group();
    const picture = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), new THREE.MeshBasicMaterial({ map: this.photoTexture, toneMapped: false }));
    const frame = new THREE.Mesh(new THREE.PlaneGeometry(1.04, 1.04), new THREE.MeshStandardMaterial({ color: 0x15151a, roughness: 0.8 }));
    frame.position.z = -0.005;
    this.panel.add(frame, picture);
    this.scene.add(this.panel);
    this.layout = null;
    this.frames = 0;
    this.place();
  }

  async setPhoto(bytes) {
    await this.photo.setPhoto(bytes);
    this.place();
  }

  setShowHead(show) { this.showHead = show; this.place(); }

  place() {
    const face = this.photo.hasPhoto ? this.photo.layout ?? DEFAULT_LAYOUT : null;
    this.layout = vrLayout(face, this.showHead);
    const { photo, head } = this.layout;
    this.panel.visible = !!photo;
    if (photo) {
      this.panel.position.set(photo.x, photo.y, photo.z);
      this.panel.scale.setScalar(photo.width);
    }
    this.headHolder.visible = !!head;
    if (head) {
      this.headHolder.position.set(head.x, head.y, head.z);
      this.headHolder.scale.setScalar(head.scale);
      this.headHolder.rotation.set(0, head.yaw, 0);
    }
  }

  setMotion(weights, pose) {
    this.head.setMotion(weights, pose);
    this.photo.setMotion(weights, pose);
  }

  render() {
    if (this.panel.visible) { this.photo.render(); this.photoTexture.needsUpdate = true; }
    this.renderer.render(this.scene, this.camera);
    this.frames++;
  }

  dispose() {
    this.renderer.dispose();
    this.photo.renderer.dispose();
  }
}
