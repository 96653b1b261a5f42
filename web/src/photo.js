// The received photo, animated in WebGL by a TEMPLATE warp. Where the photo carries its owner's
// landmarks (a browser sender's, photo-landmarks.js) they place the layout; otherwise
// a skin-colour heuristic finds the largest skin-coloured blob (YCbCr rule) in the centre-cropped
// photo and places a fixed face layout in it (eye line, mouth line, chin from the blob's height);
// with no plausible blob it assumes a centred frontal portrait. jawOpen moves the chin
// region down and opens a dark mouth cavity (with an upper-teeth band) at the mouth line; blinks
// pull the skin above each eye down over it; brows, smiles, pucker and head pose move their
// regions. Where the heuristic misplaces the face, the motion lands in the wrong place.
import * as THREE from 'three';
import { makeCanvas } from './head.js';
import { BLENDSHAPE_INDEX, NUM_BLENDSHAPES } from './motion.js';
import { readLandmarks } from './photo-landmarks.js';

/** The assumed layout (image units, y down) when no face-like skin region is found. */
export const DEFAULT_LAYOUT = Object.freeze({ cx: 0.5, eyeY: 0.42, eyeX: 0.12, mouthY: 0.66, mouthW: 0.085, chinY: 0.8, browY: 0.35, faceW: 0.34 });

/**
 * Face layout from RGBA pixels (size x size): the largest 4-connected skin-coloured region (a
 * strict YCbCr rule, so beige backgrounds and blond hair mostly stay out). Its top and bottom
 * give the face height H; eyes at top + 0.46 H, mouth at top + 0.73 H, chin at the bottom, width
 * 0.75 H, centred on the region's lower half (hair that passes the rule sits in the upper half).
 * Returns DEFAULT_LAYOUT when the region is implausibly small or large.
 */
export function findFace(rgba, size) {
  const skin = new Uint8Array(size * size);
  for (let i = 0; i < size * size; i++) {
    const r = rgba[4 * i]; const g = rgba[4 * i + 1]; const b = rgba[4 * i + 2];
    const y = 0.299 * r + 0.587 * g + 0.114 * b;
    const cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
    const cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
    skin[i] = y > 60 && cb > 77 && cb < 120 && cr > 140 && cr < 173 ? 1 : 0;
  }
  const label = new Int32Array(size * size).fill(-1);
  let best = null;
  for (let start = 0; start < size * size; start++) {
    if (!skin[start] || label[start] >= 0) continue;
    const stack = [start]; label[start] = start;
    const members = [];
    while (stack.length) {
      const i = stack.pop(); const x = i % size; const y = (i / size) | 0;
      members.push(i);
      for (const j of [x > 0 ? i - 1 : -1, x < size - 1 ? i + 1 : -1, y > 0 ? i - size : -1, y < size - 1 ? i + size : -1]) {
        if (j >= 0 && skin[j] && label[j] < 0) { label[j] = start; stack.push(j); }
      }
    }
    if (!best || members.length > best.length) best = members;
  }
  if (!best || best.length < 0.02 * size * size || best.length > 0.5 * size * size) return { ...DEFAULT_LAYOUT, found: false };
  const ys = best.map((i) => (i / size) | 0);
  const top = Math.min(...ys) / size; const bottom = (Math.max(...ys) + 1) / size;
  const h = bottom - top;
  const mid = (top + h / 2) * size;
  const lower = best.filter((i) => ((i / size) | 0) >= mid).map((i) => i % size).sort((p, q) => p - q);
  const cx = ((lower.length ? lower[lower.length >> 1] : best[0] % size) + 0.5) / size;
  const faceW = 0.75 * h;
  if (faceW < 0.1 || faceW > 0.9) return { ...DEFAULT_LAYOUT, found: false };
  return {
    cx, faceW, found: true,
    browY: top + 0.33 * h, eyeY: top + 0.46 * h, eyeX: 0.2 * faceW,
    mouthY: top + 0.73 * h, mouthW: 0.17 * faceW, chinY: bottom,
  };
}

const clamp = (x, a, b) => Math.min(b, Math.max(a, x));
const smooth = (e0, e1, x) => { const t = clamp((x - e0) / (e1 - e0), 0, 1); return t * t * (3 - 2 * t); };

// Displacement (in image units, y down) of the image point (u, v) for one shape, for layout T.
// Sizes scale with the face width (DEFAULT_LAYOUT's 0.34 is scale 1).
function warp(T, name, u, v) {
  const k = T.faceW / DEFAULT_LAYOUT.faceW;
  const bump = (d, r) => Math.max(0, 1 - (d / (r * k)) ** 2) ** 2;
  const dx = u - T.cx;
  const face = 1 - smooth(0.5 * T.faceW, 0.8 * T.faceW, Math.abs(dx));
  switch (name) {
    case 'jawOpen': {
      const below = smooth(T.mouthY - 0.005, T.mouthY + 0.01, v) * (1 - smooth(T.chinY, T.chinY + 0.12, v));
      return [0, 0.05 * k * below * face];
    }
    case 'eyeBlinkLeft': case 'eyeBlinkRight': {
      // The subject's left eye is on image right.
      const cx = T.cx + (name.endsWith('Left') ? T.eyeX : -T.eyeX);
      const g = bump(u - cx, 0.06) * bump(v - (T.eyeY - 0.015 * k), 0.045);
      return [0, 0.028 * k * g];
    }
    case 'browInnerUp': return [0, -0.025 * k * bump(Math.abs(dx) - 0.04 * k, 0.07) * bump(v - T.browY, 0.06)];
    case 'browOuterUpLeft': case 'browOuterUpRight': case 'browDownLeft': case 'browDownRight': {
      const side = name.endsWith('Left') ? 1 : -1;
      const cx = T.cx + side * (T.eyeX + (name.includes('Outer') ? 0.03 * k : 0));
      const g = bump(u - cx, 0.08) * bump(v - T.browY, 0.06);
      return [0, (name.includes('Down') ? 0.02 : -0.025) * k * g];
    }
    case 'mouthSmileLeft': case 'mouthSmileRight': {
      const side = name.endsWith('Left') ? 1 : -1;
      const g = bump(Math.hypot(u - (T.cx + side * T.mouthW), v - T.mouthY), 0.06);
      return [side * 0.012 * k * g, -0.018 * k * g];
    }
    case 'mouthPucker': {
      const g = bump(Math.hypot(dx / 1.5, v - T.mouthY), 0.08);
      return [-0.35 * dx * g, 0];
    }
    default: return null;
  }
}

function cavityTexture() {
  const c = makeCanvas(128, 64);
  const g = c.getContext('2d');
  const grad = g.createRadialGradient(64, 32, 4, 64, 32, 62);
  grad.addColorStop(0, 'rgba(40,6,10,1)');
  grad.addColorStop(0.75, 'rgba(70,15,20,0.95)');
  grad.addColorStop(1, 'rgba(70,15,20,0)');
  g.fillStyle = grad;
  g.beginPath(); g.ellipse(64, 32, 62, 31, 0, 0, 2 * Math.PI); g.fill();
  g.fillStyle = 'rgba(240,236,225,0.95)'; // the upper teeth, fixed to the upper half
  g.beginPath(); g.ellipse(64, 6, 40, 12, 0, 0, Math.PI); g.fill();
  return new THREE.CanvasTexture(c);
}

// face-mesh ids (receiver/render/rig.py names them)
const LM = { forehead: 10, chin: 152, edgeR: 234, edgeL: 454, eyes: [33, 133, 362, 263], eyeR: [33, 133], eyeL: [362, 263], lips: [13, 14], mouthR: 61, mouthL: 291, brows: [105, 334] };

/** The template's layout from a photo's 478 landmarks (pixels of a width x height picture that
 * PhotoView centre-crops to a square): where the landmarks say the face is, not a guess. */
export function layoutFromLandmarks(points, width, height) {
  const side = Math.min(width, height);
  const ox = (width - side) / 2; const oy = (height - side) / 2;
  const u = (i) => (points[i][0] - ox) / side;
  const v = (i) => (points[i][1] - oy) / side;
  const mean = (ids, f) => ids.reduce((a, i) => a + f(i), 0) / ids.length;
  const faceW = u(LM.edgeL) - u(LM.edgeR);
  return {
    cx: (u(LM.edgeL) + u(LM.edgeR)) / 2, faceW, found: true, source: 'landmarks',
    browY: mean(LM.brows, v), eyeY: mean(LM.eyes, v), eyeX: (mean(LM.eyeL, u) - mean(LM.eyeR, u)) / 2,
    mouthY: mean(LM.lips, v), mouthW: (u(LM.mouthL) - u(LM.mouthR)) / 2, chinY: v(LM.chin),
  };
}

export class PhotoView {
  constructor(canvas, antialias = true) {
    this.renderer = new THREE.WebGLRenderer({ canvas, antialias, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(1);
    this.scene = new THREE.Scene();
    this.scene.background = new THREE.Color(0x202028);
    this.camera = new THREE.OrthographicCamera(-0.5, 0.5, 0.5, -0.5, 0.1, 10);
    this.camera.position.z = 2;
    this.group = new THREE.Group();
    this.scene.add(this.group);
    this.mesh = null;
    this.hasPhoto = false;
  }

  /** bytes: the photo (JPEG/PNG/WebP). Centre-crops to a square and builds the warp mesh,
   * placed by the landmarks the photo carries (photo-landmarks.js) or else by the skin-colour
   * heuristic. */
  async setPhoto(bytes) {
    const bitmap = await createImageBitmap(new Blob([bytes]));
    const side = Math.min(bitmap.width, bitmap.height);
    const c = makeCanvas(512, 512);
    c.getContext('2d').drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, 512, 512);
    const small = makeCanvas(64, 64);
    const sg = small.getContext('2d', { willReadFrequently: true });
    sg.drawImage(c, 0, 0, 64, 64);
    const given = readLandmarks(bytes, [bitmap.width, bitmap.height]);
    this.layout = given ? layoutFromLandmarks(given, bitmap.width, bitmap.height) : { ...findFace(sg.getImageData(0, 0, 64, 64).data, 64), source: 'skin' };
    const texture = new THREE.CanvasTexture(c);
    texture.colorSpace = THREE.SRGBColorSpace;
    if (this.mesh) { this.group.remove(this.mesh); this.group.remove(this.cavity); }
    this.mesh = this.buildPlane(texture);
    this.cavity = this.buildCavity();
    this.group.add(this.mesh, this.cavity);
    this.hasPhoto = true;
  }

  buildPlane(texture) {
    const g = new THREE.PlaneGeometry(1, 1, 96, 96);
    const pos = g.attributes.position;
    g.morphAttributes.position = Object.keys(BLENDSHAPE_INDEX).map((name) => {
      const m = new Float32Array(pos.count * 3);
      for (let i = 0; i < pos.count; i++) {
        const u = pos.getX(i) + 0.5; const v = 0.5 - pos.getY(i);
        const d = warp(this.layout, name, u, v);
        if (d) { m[3 * i] = d[0]; m[3 * i + 1] = -d[1]; }
      }
      return new THREE.BufferAttribute(m, 3);
    });
    g.morphTargetsRelative = true;
    const mesh = new THREE.Mesh(g, new THREE.MeshBasicMaterial({ map: texture }));
    mesh.morphTargetInfluences = new Array(NUM_BLENDSHAPES).fill(0);
    return mesh;
  }

  // The mouth cavity: collapsed to a line while jawOpen is 0; its lower edge rides the jaw warp.
  buildCavity() {
    const T = this.layout;
    const k = T.faceW / DEFAULT_LAYOUT.faceW;
    const w = T.mouthW * 1.7;
    const g = new THREE.PlaneGeometry(w, 0.002, 8, 2);
    const pos = g.attributes.position;
    const jaw = new Float32Array(pos.count * 3);
    for (let i = 0; i < pos.count; i++) if (pos.getY(i) < 0) jaw[3 * i + 1] = -0.05 * k;
    g.morphAttributes.position = [new THREE.BufferAttribute(jaw, 3)];
    g.morphTargetsRelative = true;
    g.translate(T.cx - 0.5, 0.5 - T.mouthY, 0.01);
    const mesh = new THREE.Mesh(g, new THREE.MeshBasicMaterial({ map: cavityTexture(), transparent: true, depthWrite: false }));
    mesh.morphTargetInfluences = [0];
    return mesh;
  }

  setMotion(weights, pose) {
    if (!this.mesh) return;
    for (let i = 0; i < NUM_BLENDSHAPES; i++) this.mesh.morphTargetInfluences[i] = weights[i];
    this.cavity.morphTargetInfluences[0] = weights[BLENDSHAPE_INDEX.jawOpen];
    this.group.rotation.set(pose[0] * 0.5, pose[1] * 0.5, -pose[2], 'YXZ');
    this.group.position.set(pose[3] * 0.3, -pose[4] * 0.3, 0);
  }

  render() {
    if (!this.hasPhoto) return;
    this.renderer.render(this.scene, this.camera);
    this.frames = (this.frames ?? 0) + 1;
  }
}
