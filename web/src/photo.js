// The received photo, animated in WebGL by a TEMPLATE warp: no face detection runs in the browser,
// so the warp assumes a frontal portrait centred in the (centre-cropped, square) photo, with the
// eyes at 42 % and the mouth at 66 % of its height. jawOpen moves the chin region down and opens
// a dark mouth cavity (with an upper-teeth band) at the mouth line; blinks pull the skin above
// each eye down over it; brows, smiles and head pose move their regions. Where the face is not
// where the template expects, the motion lands in the wrong place: say so to the user.
import * as THREE from 'three';
import { BLENDSHAPE_INDEX, NUM_BLENDSHAPES } from './motion.js';

const T = { eyeY: 0.42, eyeX: 0.12, mouthY: 0.66, mouthW: 0.085, chinY: 0.8, browY: 0.35 };
const clamp = (x, a, b) => Math.min(b, Math.max(a, x));
const smooth = (e0, e1, x) => { const t = clamp((x - e0) / (e1 - e0), 0, 1); return t * t * (3 - 2 * t); };
const bump = (d, r) => Math.max(0, 1 - (d / r) ** 2) ** 2;

// Displacement (in image units, y down) of the image point (u, v) for one shape.
function warp(name, u, v) {
  const dx = u - 0.5;
  const face = 1 - smooth(0.17, 0.27, Math.abs(dx));
  switch (name) {
    case 'jawOpen': {
      const below = smooth(T.mouthY - 0.005, T.mouthY + 0.01, v) * (1 - smooth(T.chinY, T.chinY + 0.12, v));
      return [0, 0.07 * below * face];
    }
    case 'eyeBlinkLeft': case 'eyeBlinkRight': {
      // The subject's left eye is on image right.
      const cx = 0.5 + (name.endsWith('Left') ? T.eyeX : -T.eyeX);
      const g = bump(u - cx, 0.06) * bump(v - (T.eyeY - 0.015), 0.045);
      return [0, 0.028 * g];
    }
    case 'browInnerUp': return [0, -0.025 * bump(Math.abs(dx) - 0.04, 0.07) * bump(v - T.browY, 0.06)];
    case 'browOuterUpLeft': case 'browOuterUpRight': case 'browDownLeft': case 'browDownRight': {
      const cx = 0.5 + (name.endsWith('Left') ? T.eyeX : -T.eyeX) + (name.includes('Outer') ? 0.03 : 0);
      const g = bump(u - cx, 0.08) * bump(v - T.browY, 0.06);
      return [0, (name.includes('Down') ? 0.02 : -0.025) * g];
    }
    case 'mouthSmileLeft': case 'mouthSmileRight': {
      const cx = 0.5 + (name.endsWith('Left') ? T.mouthW : -T.mouthW);
      const g = bump(Math.hypot(u - cx, v - T.mouthY), 0.06);
      return [Math.sign(cx - 0.5) * 0.012 * g, -0.018 * g];
    }
    case 'mouthPucker': {
      const g = bump(Math.hypot(dx / 1.5, v - T.mouthY), 0.08);
      return [-0.35 * dx * g, 0];
    }
    default: return null;
  }
}

function cavityTexture() {
  const c = document.createElement('canvas');
  c.width = 128; c.height = 64;
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

  /** bytes: the photo (JPEG/PNG/WebP). Centre-crops to a square and builds the warp mesh. */
  async setPhoto(bytes) {
    const bitmap = await createImageBitmap(new Blob([bytes]));
    const side = Math.min(bitmap.width, bitmap.height);
    const c = document.createElement('canvas');
    c.width = c.height = 512;
    c.getContext('2d').drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, 512, 512);
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
        const d = warp(name, u, v);
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
    const w = T.mouthW * 1.7;
    const g = new THREE.PlaneGeometry(w, 0.002, 8, 2);
    const pos = g.attributes.position;
    const jaw = new Float32Array(pos.count * 3);
    for (let i = 0; i < pos.count; i++) if (pos.getY(i) < 0) jaw[3 * i + 1] = -0.07;
    g.morphAttributes.position = [new THREE.BufferAttribute(jaw, 3)];
    g.morphTargetsRelative = true;
    g.translate(0, 0.5 - T.mouthY, 0.01);
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
    if (this.hasPhoto) this.renderer.render(this.scene, this.camera);
  }
}
