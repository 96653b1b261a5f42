// The immersive (WebXR) view: every remote participant's animated photo, life-size, side by side
// on an arc at a table's distance with their eyes at the viewer's eye height, each panel turned
// toward the viewer, and the 3D head (where chosen, or while no photo has come) beside them.
// Units are metres in the session's 'local' reference space: the origin is the viewer's head
// when the session starts. A panel shows the frames the page's 2D view draws (the photo's frame
// graph on onnxruntime-web, or the template warp where there is none): the render worker hands
// each drawn frame over as an ImageBitmap (setFrame), so nothing is rendered twice.
import * as THREE from 'three';
import { Head } from './head.js';

export const VIEW_DISTANCE = 1.0; // m: across a small table (comfortable: 0.8-1.2 m)
export const FACE_WIDTH = 0.22; // m: a life-size adult face, cheek to cheek
export const PANEL_GAP = 0.12; // m between neighbouring panels
export const MAX_SPAN = 1.75; // rad (100°): wider rows move back rather than wrap round the viewer
const HEAD_EYE_Y = 0.08; // head.js: the eyes sit 0.08 head units above the head's centre
const PHOTO_WIDTH = [0.35, 1.2]; // m: limits where the photo's face estimate is off

/** Where the face sits in a frame graph's square crop (fractions of the side, y down): Python's
 * crop (receiver/render/photo.py CropConfig: side 2.3 face heights, centred on the face oval,
 * its centre 0.12 side below the face's), measured on the bundled portrait's landmarks. */
export const GRAPH_LAYOUT = Object.freeze({ cx: 0.5, eyeY: 0.3, faceW: 0.37 });

/**
 * Where things go. faces: one layout per panel, left to right ({cx, eyeY, faceW}: fractions of
 * the square picture, y down). Returns {panels: [{x, y, z, width, yaw}], head: {x, y, z, scale,
 * yaw} | null, distance}: the picture's centre in metres, yaw in radians (+ turns toward +x)
 * so that the panel faces the viewer.
 */
export function vrLayout(faces, showHead) {
  const widths = faces.map((f) => Math.min(PHOTO_WIDTH[1], Math.max(PHOTO_WIDTH[0], FACE_WIDTH / f.faceW)));
  const arc = widths.reduce((a, w) => a + w, 0) + PANEL_GAP * Math.max(0, widths.length - 1);
  const distance = Math.max(VIEW_DISTANCE, arc / MAX_SPAN);
  let along = -arc / 2; // arc length from the row's middle (straight ahead)
  const panels = faces.map((face, i) => {
    const width = widths[i];
    const angle = (along + width / 2) / distance; // + to the right
    along += width + PANEL_GAP;
    // the face's centre on the arc, its eye line at eye height (y = 0)
    const dx = -(face.cx - 0.5) * width; // picture centre from the face centre, along the panel
    return {
      x: distance * Math.sin(angle) + dx * Math.cos(angle),
      y: (face.eyeY - 0.5) * width,
      z: -distance * Math.cos(angle) + dx * Math.sin(angle),
      width, yaw: -angle,
    };
  });
  let head = null;
  if (showHead || !panels.length) {
    const angle = panels.length ? (-arc / 2 - 0.2) / distance : 0;
    const x = distance * Math.sin(angle);
    const z = -distance * Math.cos(angle);
    head = { x, y: -HEAD_EYE_Y * FACE_WIDTH, z, scale: FACE_WIDTH, yaw: Math.atan2(-x, -z) };
  }
  return { panels, head, distance };
}

/** One participant's panel: a framed plane whose texture is a canvas the frames are copied to. */
class Panel {
  constructor(id) {
    this.id = id;
    this.canvas = typeof document !== 'undefined' ? document.createElement('canvas') : new OffscreenCanvas(256, 256);
    this.canvas.width = this.canvas.height = 256;
    this.ctx = this.canvas.getContext('2d');
    this.ctx.fillStyle = '#202028';
    this.ctx.fillRect(0, 0, 256, 256);
    this.texture = new THREE.CanvasTexture(this.canvas);
    this.texture.colorSpace = THREE.SRGBColorSpace;
    this.group = new THREE.Group();
    const picture = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), new THREE.MeshBasicMaterial({ map: this.texture, toneMapped: false }));
    const frame = new THREE.Mesh(new THREE.PlaneGeometry(1.04, 1.04), new THREE.MeshStandardMaterial({ color: 0x15151a, roughness: 0.8 }));
    frame.position.z = -0.005;
    this.group.add(frame, picture);
    this.layout = GRAPH_LAYOUT;
    this.source = null; // 'graph' | 'template': which renderer drew the frame shown
    this.frames = 0;
  }

  /** bitmap: an ImageBitmap (or canvas) of the 2D view's frame, copied at its own size. */
  setFrame(bitmap, source) {
    if (this.canvas.width !== bitmap.width || this.canvas.height !== bitmap.height) {
      this.canvas.width = bitmap.width; this.canvas.height = bitmap.height;
      this.texture.dispose(); // three.js allocates the GPU texture anew at the new size
    }
    this.ctx.drawImage(bitmap, 0, 0);
    this.texture.needsUpdate = true;
    this.source = source;
    this.frames++;
  }

  dispose() { this.texture.dispose(); }
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
    this.panels = new Map(); // participant id -> Panel, in the order they came
    this.layout = null;
    this.frames = 0;
    this.place();
  }

  /** A participant's panel (made on first use); layout: where the face is in its pictures. */
  setFace(id, layout = GRAPH_LAYOUT) {
    let panel = this.panels.get(id);
    if (!panel) {
      panel = new Panel(id);
      this.panels.set(id, panel);
      this.scene.add(panel.group);
    }
    panel.layout = layout;
    this.place();
    return panel;
  }

  dropFace(id) {
    const panel = this.panels.get(id);
    if (!panel) return;
    this.scene.remove(panel.group);
    panel.dispose();
    this.panels.delete(id);
    this.place();
  }

  /** The frame the 2D view just drew for participant ``id`` (source: its renderer's mode). */
  setFrame(id, bitmap, source) { this.panels.get(id)?.setFrame(bitmap, source); }

  setShowHead(show) { this.showHead = show; this.place(); }

  place() {
    const panels = [...this.panels.values()];
    this.layout = vrLayout(panels.map((p) => p.layout), this.showHead);
    this.layout.panels.forEach((at, i) => {
      const g = panels[i].group;
      g.position.set(at.x, at.y, at.z);
      g.rotation.set(0, at.yaw, 0);
      g.scale.setScalar(at.width);
      at.id = panels[i].id;
    });
    const { head } = this.layout;
    this.headHolder.visible = !!head;
    if (head) {
      this.headHolder.position.set(head.x, head.y, head.z);
      this.headHolder.scale.setScalar(head.scale);
      this.headHolder.rotation.set(0, head.yaw, 0);
    }
  }

  /** What the panels show, for the page's stats and the tests. */
  panelStats() {
    return [...this.panels.values()].map((p) => ({ id: p.id, source: p.source, frames: p.frames, width: p.canvas.width }));
  }

  setMotion(weights, pose) { this.head.setMotion(weights, pose); }

  render() {
    this.renderer.render(this.scene, this.camera);
    this.frames++;
  }

  dispose() {
    for (const panel of this.panels.values()) panel.dispose();
    this.renderer.dispose();
  }
}
