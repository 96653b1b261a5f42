// A procedural 3D head with the 52 ARKit morph targets, built at start-up (no model file).
// Units: face widths (the head is ~1 wide); +y up, +z toward the viewer, the subject's left is +x.
// Every part (skin, eyes, lids, brows, nose, lips, mouth interior, teeth, tongue) is one merged
// BufferGeometry with vertex colours; each ARKit shape is a displacement field over it, so
// mesh.morphTargetInfluences[i] = weight i drives the face directly.
import * as THREE from 'three';
import { ARKIT_BLENDSHAPES, NUM_BLENDSHAPES } from './motion.js';

const RX = 0.5; const RY = 0.65; const RZ = 0.55;
const EYE_X = 0.17; const EYE_Y = 0.08; const EYE_R = 0.07;
const MOUTH_Y = -0.31; const MOUTH_W = 0.15;
const BROW_Y = 0.2;
const HINGE_Y = -0.02; const HINGE_Z = -0.12; const JAW_ANGLE = 0.24;
const D2R = Math.PI / 180;

const COLORS = {
  skin: [0.86, 0.66, 0.55], hair: [0.2, 0.13, 0.08], lip: [0.72, 0.33, 0.36],
  mouth: [0.16, 0.03, 0.05], teeth: [0.95, 0.93, 0.88], tongue: [0.85, 0.4, 0.45],
  brow: [0.25, 0.16, 0.1], white: [0.97, 0.97, 0.95], iris: [0.3, 0.45, 0.6],
  pupil: [0.04, 0.04, 0.04], lash: [0.15, 0.1, 0.08],
};

const clamp = (x, a, b) => Math.min(b, Math.max(a, x));
const smooth = (e0, e1, x) => { const t = clamp((x - e0) / (e1 - e0), 0, 1); return t * t * (3 - 2 * t); };
const taper = (y) => 1 - 0.3 * clamp(-y / RY, 0, 1) ** 2; // narrower jaw and chin

/** z of the front of the skin at (x, y). */
export function surfaceZ(x, y) {
  const rx = RX * taper(y);
  return RZ * Math.sqrt(Math.max(0, 1 - (x / rx) ** 2 - (y / RY) ** 2));
}

// Rotation of a point about the jaw hinge (an x axis through HINGE_Y, HINGE_Z): + opens the jaw.
function jawDelta(p, angle) {
  const y = p[1] - HINGE_Y; const z = p[2] - HINGE_Z;
  const c = Math.cos(angle); const s = Math.sin(angle);
  return [0, y * c - z * s - y, y * s + z * c - z];
}

// What the jaw shapes do to a point that rides the jaw fully (lower lip, lower teeth, tongue).
function jawShapes(p, name) {
  switch (name) {
    case 'jawOpen': return jawDelta(p, JAW_ANGLE);
    case 'jawForward': return [0, 0, 0.04];
    case 'jawLeft': return [0.05, 0, 0];
    case 'jawRight': return [-0.05, 0, 0];
    default: return null;
  }
}

// What the mouth shapes do to a point of the lips at u = x / MOUTH_W (upper or lower lip).
function lipShapes(p, name, upper) {
  const u = clamp(p[0] / MOUTH_W, -1, 1);
  const cL = Math.max(0, u) ** 2; const cR = Math.max(0, -u) ** 2;
  const sL = smooth(-0.4, 0.4, u); const sR = 1 - sL;
  const mid = 1 - 0.6 * u * u;
  switch (name) {
    case 'mouthSmileLeft': return [0.03 * cL, 0.05 * cL, -0.02 * cL];
    case 'mouthSmileRight': return [-0.03 * cR, 0.05 * cR, -0.02 * cR];
    case 'mouthFrownLeft': return [0, -0.04 * cL, 0];
    case 'mouthFrownRight': return [0, -0.04 * cR, 0];
    case 'mouthDimpleLeft': return [0.02 * cL, 0, -0.025 * cL];
    case 'mouthDimpleRight': return [-0.02 * cR, 0, -0.025 * cR];
    case 'mouthStretchLeft': return [0.045 * cL, -0.01 * cL, -0.01 * cL];
    case 'mouthStretchRight': return [-0.045 * cR, -0.01 * cR, -0.01 * cR];
    case 'mouthPressLeft': return [0, (upper ? -0.01 : 0.012) * sL, 0];
    case 'mouthPressRight': return [0, (upper ? -0.01 : 0.012) * sR, 0];
    case 'mouthLowerDownLeft': return upper ? null : [0, -0.045 * sL * mid, 0.005];
    case 'mouthLowerDownRight': return upper ? null : [0, -0.045 * sR * mid, 0.005];
    case 'mouthUpperUpLeft': return upper ? [0, 0.035 * sL * mid, 0.005] : null;
    case 'mouthUpperUpRight': return upper ? [0, 0.035 * sR * mid, 0.005] : null;
    case 'mouthLeft': return [0.05, 0, 0];
    case 'mouthRight': return [-0.05, 0, 0];
    case 'mouthFunnel': return [-0.15 * p[0], (upper ? 0.025 : -0.03) * mid, 0.03];
    case 'mouthPucker': return [-0.4 * p[0], (upper ? -0.005 : 0.005), 0.045 * mid];
    case 'mouthRollLower': return upper ? null : [0, 0.012, -0.025];
    case 'mouthRollUpper': return upper ? [0, -0.01, -0.025] : null;
    case 'mouthShrugLower': return upper ? null : [0, 0.02, 0.01];
    case 'mouthShrugUpper': return upper ? [0, 0.015, 0.005] : null;
    case 'mouthClose': return upper ? [0, -0.01, 0] : [0, 0.05, 0.01];
    default: return upper ? null : jawShapes(p, name);
  }
}

const gauss = (dx, dy, sx, sy) => Math.exp(-((dx / sx) ** 2) - ((dy / sy) ** 2));

// The skin: jaw region rotates, mouth surroundings follow the lips, cheeks/brows/nose regions.
function skinShapes(p, name) {
  const [x, y, z] = p;
  const front = smooth(-0.25, 0.05, z);
  const jaw = smooth(MOUTH_Y + 0.01, MOUTH_Y - 0.06, y) * front * smooth(-0.75, -0.55, y);
  const mouthNear = gauss(x, y - MOUTH_Y, 0.2, 0.09) * front;
  const side = x > 0 ? 'Left' : 'Right';
  const sx = Math.sign(x);
  const j = jawShapes(p, name);
  if (j) return j.map((v) => v * jaw);
  if (name.startsWith('mouth')) {
    const l = lipShapes(p, name, y > MOUTH_Y);
    return l && l.map((v) => v * mouthNear);
  }
  const browNear = gauss(Math.abs(x) - EYE_X, y - BROW_Y, 0.12, 0.07) * front;
  const inner = 1 - smooth(0.05, 0.3, Math.abs(x));
  switch (name) {
    case `browDown${side}`: return [0, -0.03 * browNear, 0];
    case `browOuterUp${side}`: return [0, 0.035 * browNear * (1 - inner), 0];
    case 'browInnerUp': return [0, 0.04 * browNear * inner, 0];
    case 'cheekPuff': { const g = gauss(Math.abs(x) - 0.27, y + 0.25, 0.12, 0.12) * front; return [0.06 * sx * g, 0, 0.02 * g]; }
    case `cheekSquint${side}`: { const g = gauss(Math.abs(x) - 0.24, y + 0.06, 0.09, 0.07) * front; return [0, 0.025 * g, 0.01 * g]; }
    case `noseSneer${side}`: { const g = gauss(Math.abs(x) - 0.05, y + 0.1, 0.06, 0.06) * front; return [0, 0.02 * g, 0]; }
    default: return null;
  }
}

function addPart(parts, geometry, color, shapes, colorAt = null) {
  const g = geometry.index ? geometry : geometry; // keep indexed geometries as they are
  const pos = g.attributes.position;
  const n = pos.count;
  const base = new Float32Array(n * 3);
  const colors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const p = [pos.getX(i), pos.getY(i), pos.getZ(i)];
    base.set(p, 3 * i);
    colors.set(colorAt ? colorAt(p, i) : color, 3 * i);
  }
  const index = g.index ? Array.from(g.index.array) : Array.from({ length: n }, (_, i) => i);
  parts.push({ base, colors, index, shapes });
}

function skin(parts) {
  const g = new THREE.SphereGeometry(0.5, 72, 56);
  const pos = g.attributes.position;
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i) * 2; const y = pos.getY(i) * 2; const z = pos.getZ(i) * 2; // unit sphere
    const yy = y * RY;
    pos.setXYZ(i, x * RX * taper(yy), yy, z * RZ * (z < 0 ? 0.95 : 1));
  }
  const hairAt = ([x, y, z]) => {
    const hairline = 0.36 + 0.08 * Math.abs(x) - 0.3 * smooth(0.1, 0.45, -z + 0.3);
    return y > hairline || (z < -0.15 && y > -0.2) ? COLORS.hair : COLORS.skin;
  };
  addPart(parts, g, null, skinShapes, hairAt);
}

function eye(parts, sx) {
  const cx = sx * EYE_X; const cy = EYE_Y; const cz = surfaceZ(cx, cy) - 0.035;
  const side = sx > 0 ? 'Left' : 'Right';
  const g = new THREE.SphereGeometry(EYE_R, 32, 24);
  const eyeColor = ([x, y, z]) => {
    const ang = Math.acos(clamp(z / EYE_R, -1, 1));
    return ang < 0.18 ? COLORS.pupil : ang < 0.42 ? COLORS.iris : COLORS.white;
  };
  const look = (p, name) => {
    let ax = 0; let ay = 0; // rotation about x (pitch, + looks down) and y (+ looks toward +x)
    const a = 0.35;
    if (name === `eyeLookUp${side}`) ax = -a;
    else if (name === `eyeLookDown${side}`) ax = a;
    else if (name === `eyeLookOut${side}`) ay = sx * a;
    else if (name === `eyeLookIn${side}`) ay = -sx * a;
    else return null;
    const [x, y, z] = p;
    const y1 = y * Math.cos(ax) - z * Math.sin(ax); const z1 = y * Math.sin(ax) + z * Math.cos(ax);
    const x2 = x * Math.cos(ay) + z1 * Math.sin(ay); const z2 = -x * Math.sin(ay) + z1 * Math.cos(ay);
    return [x2 - x, y1 - y, z2 - z];
  };
  const start = parts.length;
  addPart(parts, g, null, look, eyeColor);
  const part = parts[start];
  for (let i = 0; i < part.base.length; i += 3) { part.base[i] += cx; part.base[i + 1] += cy; part.base[i + 2] += cz; }
  part.shapes = (p, name) => look([p[0] - cx, p[1] - cy, p[2] - cz], name);
  lid(parts, cx, cy, cz, side, true);
  lid(parts, cx, cy, cz, side, false);
}

// An eyelid: a patch of a sphere just outside the eyeball, from its fixed rim (top or bottom) to a
// moving edge. A vertex at fraction v of the way to the edge stays at that fraction when the edge moves.
function lid(parts, cx, cy, cz, side, upper) {
  const r = EYE_R + 0.006;
  const rim = (upper ? 75 : -75) * D2R;
  const open = (upper ? 28 : -32) * D2R;
  const nu = 24; const nv = 10;
  const at = (phi, v, edge) => {
    const psi = rim + v * (edge - rim);
    return [cx + r * Math.cos(psi) * Math.sin(phi), cy + r * Math.sin(psi), cz + r * Math.cos(psi) * Math.cos(phi)];
  };
  const verts = []; const meta = []; const index = [];
  for (let j = 0; j <= nv; j++) {
    for (let i = 0; i <= nu; i++) {
      const phi = (-65 + (130 * i) / nu) * D2R; const v = j / nv;
      verts.push(...at(phi, v, open)); meta.push([phi, v]);
    }
  }
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const a = j * (nu + 1) + i; const b = a + nu + 1;
      if (upper) index.push(a, b, a + 1, a + 1, b, b + 1); else index.push(a, a + 1, b, a + 1, b + 1, b);
    }
  }
  const edges = upper
    ? { [`eyeBlink${side}`]: -30, [`eyeWide${side}`]: 48, [`eyeSquint${side}`]: 18 }
    : { [`eyeSquint${side}`]: -12, [`cheekSquint${side}`]: -22, [`eyeBlink${side}`]: -31 };
  const base = new Float32Array(verts);
  const colors = new Float32Array(verts.length);
  meta.forEach(([, v], k) => colors.set(v > 0.85 ? COLORS.lash : COLORS.skin, 3 * k));
  const byPosition = new Map(meta.map((m, k) => [k, m]));
  parts.push({
    base, colors, index,
    shapes: (p, name, k) => {
      if (!(name in edges)) return null;
      const [phi, v] = byPosition.get(k);
      const a = at(phi, v, open); const b = at(phi, v, edges[name] * D2R);
      return [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    },
  });
}

function brow(parts, sx) {
  const side = sx > 0 ? 'Left' : 'Right';
  const pts = [0.06, 0.13, 0.2, 0.27].map((ax, k) => {
    const x = sx * ax; const y = BROW_Y + [0, 0.012, 0.014, 0.0][k];
    return new THREE.Vector3(x, y, surfaceZ(x, y) + 0.008);
  });
  const g = new THREE.TubeGeometry(new THREE.CatmullRomCurve3(pts), 16, 0.016, 6, false);
  addPart(parts, g, COLORS.brow, (p, name) => {
    const t = smooth(0.06, 0.27, Math.abs(p[0])); // 0 inner .. 1 outer
    if (name === `browDown${side}`) return [0, -0.035 * (1.2 - 0.4 * t), 0.004];
    if (name === 'browInnerUp') return [0, 0.05 * (1 - t), 0];
    if (name === `browOuterUp${side}`) return [0, 0.045 * t, 0];
    return null;
  });
}

function nose(parts) {
  const g = new THREE.ConeGeometry(0.055, 0.2, 16, 4);
  g.rotateX(Math.PI / 2 - 0.35); // tip toward the viewer and a little down
  g.scale(1, 1.3, 1);
  g.translate(0, -0.08, surfaceZ(0, -0.08) + 0.02);
  addPart(parts, g, COLORS.skin, (p, name) => {
    if (name === 'noseSneerLeft' && p[0] > 0) return [0.005, 0.02 * smooth(0, 0.04, p[0]), 0];
    if (name === 'noseSneerRight' && p[0] < 0) return [-0.005, 0.02 * smooth(0, 0.04, -p[0]), 0];
    return null;
  });
}

function lip(parts, upper) {
  const n = 9;
  const pts = Array.from({ length: n }, (_, k) => {
    const u = -1 + (2 * k) / (n - 1);
    const x = u * MOUTH_W;
    const y = MOUTH_Y + (upper ? 0.022 : -0.024) * (1 - u * u) + (upper ? 0.002 : -0.002);
    return new THREE.Vector3(x, y, surfaceZ(x, y) + 0.004 - 0.02 * u * u);
  });
  const radius = upper ? 0.02 : 0.024;
  const g = new THREE.TubeGeometry(new THREE.CatmullRomCurve3(pts), 32, radius, 8, false);
  addPart(parts, g, COLORS.lip, (p, name) => lipShapes(p, name, upper));
}

// The mouth opening: a dark sheet between the lips, collapsed while the mouth is closed; its upper
// half follows the upper lip and its lower half the lower lip, so it shows wherever they part.
function mouthInterior(parts) {
  const nu = 24; const nv = 8; const verts = []; const index = []; const halves = [];
  for (let j = 0; j <= nv; j++) {
    for (let i = 0; i <= nu; i++) {
      const u = -1 + (2 * i) / nu; const v = -1 + (2 * j) / nv;
      const x = u * MOUTH_W * 0.95; const y = MOUTH_Y + v * 0.004 * (1 - u * u);
      verts.push(x, y, surfaceZ(x, MOUTH_Y) + 0.006 - 0.02 * u * u);
      halves.push(v > 0);
    }
  }
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) { const a = j * (nu + 1) + i; const b = a + nu + 1; index.push(a, a + 1, b, a + 1, b + 1, b); }
  }
  const colors = new Float32Array(verts.length);
  for (let k = 0; k < halves.length; k++) colors.set(COLORS.mouth, 3 * k);
  parts.push({ base: new Float32Array(verts), colors, index, shapes: (p, name, k) => lipShapes(p, name, halves[k]) });
}

function teeth(parts, upper) {
  const g = new THREE.BoxGeometry(0.2, 0.03, 0.03, 8, 1, 1);
  const y = MOUTH_Y + (upper ? 0.006 : -0.01);
  g.translate(0, y, surfaceZ(0, MOUTH_Y) - 0.012);
  const pos = g.attributes.position; // bend the row along the face
  for (let i = 0; i < pos.count; i++) pos.setZ(i, pos.getZ(i) - 1.2 * pos.getX(i) ** 2);
  addPart(parts, g, COLORS.teeth, (p, name) => (upper ? null : jawShapes(p, name)));
}

function tongue(parts) {
  const g = new THREE.SphereGeometry(0.06, 16, 12);
  g.scale(1.1, 0.35, 1);
  g.translate(0, MOUTH_Y - 0.02, surfaceZ(0, MOUTH_Y) - 0.05);
  addPart(parts, g, COLORS.tongue, (p, name) => {
    if (name === 'tongueOut') return [0, -0.02, 0.09];
    return jawShapes(p, name);
  });
}

function neck(parts) {
  const g = new THREE.CylinderGeometry(0.2, 0.24, 0.5, 24, 1, true);
  g.translate(0, -0.72, -0.05);
  addPart(parts, g, COLORS.skin, () => null);
}

/** Builds the merged geometry: position, color, normal, and 52 relative morph targets. */
export function buildHeadGeometry() {
  const parts = [];
  skin(parts);
  eye(parts, 1); eye(parts, -1);
  brow(parts, 1); brow(parts, -1);
  nose(parts);
  mouthInterior(parts);
  teeth(parts, true); teeth(parts, false);
  tongue(parts);
  lip(parts, true); lip(parts, false);
  neck(parts);
  const total = parts.reduce((s, p) => s + p.base.length / 3, 0);
  const position = new Float32Array(total * 3);
  const color = new Float32Array(total * 3);
  const morphs = ARKIT_BLENDSHAPES.map(() => new Float32Array(total * 3));
  const index = [];
  let offset = 0;
  for (const part of parts) {
    const n = part.base.length / 3;
    position.set(part.base, 3 * offset);
    color.set(part.colors, 3 * offset);
    for (const i of part.index) index.push(i + offset);
    for (let k = 0; k < n; k++) {
      const p = [part.base[3 * k], part.base[3 * k + 1], part.base[3 * k + 2]];
      ARKIT_BLENDSHAPES.forEach((name, s) => {
        const d = part.shapes(p, name, k);
        if (d) morphs[s].set(d, 3 * (offset + k));
      });
    }
    offset += n;
  }
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(position, 3));
  geometry.setAttribute('color', new THREE.BufferAttribute(color, 3));
  geometry.setIndex(index);
  geometry.computeVertexNormals();
  geometry.morphAttributes.position = morphs.map((m, s) => {
    const a = new THREE.BufferAttribute(m, 3);
    a.name = ARKIT_BLENDSHAPES[s];
    return a;
  });
  geometry.morphTargetsRelative = true;
  return geometry;
}

/** The head as a three.js mesh; setMotion(weights, pose) drives it. */
export class Head {
  constructor() {
    this.geometry = buildHeadGeometry();
    this.material = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.65, metalness: 0 });
    this.mesh = new THREE.Mesh(this.geometry, this.material);
    this.mesh.morphTargetInfluences = new Array(NUM_BLENDSHAPES).fill(0);
    this.mesh.morphTargetDictionary = Object.fromEntries(ARKIT_BLENDSHAPES.map((n, i) => [n, i]));
    this.group = new THREE.Group();
    this.group.add(this.mesh);
  }

  /** weights: 52 ARKit weights; pose: pitch, yaw, roll (rad), x, y, z (face widths, y down). */
  setMotion(weights, pose) {
    for (let i = 0; i < NUM_BLENDSHAPES; i++) this.mesh.morphTargetInfluences[i] = weights[i];
    // pitch > 0 tips the face down, yaw > 0 turns it to image right, roll > 0 is clockwise.
    this.group.rotation.set(pose[0], pose[1], -pose[2], 'YXZ');
    this.group.position.set(pose[3], -pose[4], pose[5]);
  }
}

/** True where WebGL runs in software (SwiftShader, llvmpipe): there MSAA costs more than it shows. */
export function softwareGL() {
  try {
    const gl = makeCanvas(1, 1).getContext('webgl2');
    const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software/i.test(name);
  } catch {
    return false;
  }
}

/** A canvas on the main thread or in a worker (OffscreenCanvas where there is no document). */
export function makeCanvas(width, height) {
  if (typeof document === 'undefined') return new OffscreenCanvas(width, height);
  const c = document.createElement('canvas');
  c.width = width; c.height = height;
  return c;
}
