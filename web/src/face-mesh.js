// The page's own photo, checked and framed like the Python sender's: MediaPipe's face mesh (the
// legacy @mediapipe/face_mesh solution, whose model ships inside the package and is served from
// the page's own face_mesh/ folder, never a CDN) finds the 478 landmarks of the largest face; a
// photo with no face is refused with a message; the photo is cropped square around the face as
// the Python sender's preparation does (crop.js: photo.py crop_box, border.py fit_crop), and the
// landmarks, mapped into that crop, travel inside its JPEG (photo-landmarks.js), so a Python
// receiver frames the photo by them. Where the crop still lies past the photo's border, the
// edge pixels are stretched outwards (Python mirrors and blurs there: close, not the same).
import { cropBox, cropLandmarks, fitCrop } from './crop.js';
import { withLandmarks } from './photo-landmarks.js';

const FOLDER = 'face_mesh/';
let loading = null;

// face_mesh.js is a classic script (it sets window.FaceMesh), not a module: loaded by a tag.
function loadScript() {
  loading ??= new Promise((resolve, reject) => {
    if (typeof document === 'undefined') { reject(new Error('the face mesh runs on the page, not in a worker')); return; }
    const s = document.createElement('script');
    s.src = `${FOLDER}face_mesh.js`;
    s.onload = () => resolve(window.FaceMesh);
    s.onerror = () => reject(new Error(`${FOLDER}face_mesh.js did not load`));
    document.head.append(s);
  });
  return loading;
}

let mesh = null;

/** The landmarker itself failed (not the photo's fault): the page sends the photo unchecked. */
export class LandmarkerError extends Error {}

/** The landmarker (made once): 478 landmarks (refined irises) of at most one face, still images. */
async function landmarker() {
  if (mesh) return mesh;
  const FaceMesh = await loadScript();
  const m = new FaceMesh({ locateFile: (file) => `${FOLDER}${file}` });
  m.setOptions({ maxNumFaces: 1, refineLandmarks: true, staticImageMode: true, minDetectionConfidence: 0.5 });
  await m.initialize();
  mesh = m;
  return mesh;
}

/** The 478 landmarks of the face in ``image`` (a canvas) in its pixels ([x, y, z], z in x's
 * scale, MediaPipe's convention as shared/landmarks.py), or null when it finds no face. */
export async function findLandmarks(image) {
  const m = await landmarker();
  const result = await new Promise((resolve, reject) => {
    m.onResults(resolve);
    m.send({ image }).catch(reject);
  });
  const face = result.multiFaceLandmarks?.[0];
  if (!face || face.length !== 478) return null;
  const { width, height } = image;
  return face.map((p) => [p.x * width, p.y * height, p.z * width]);
}

/** A photo file's bytes -> {crop: JPEG bytes (side x side), landmarks in crop pixels, box:
 * [x0, y0, side] in the photo's pixels, size: [w, h]}; throws an Error whose message the page
 * shows when the photo has no face. */
export async function preparePhoto(bytes, side = 512) {
  const bitmap = await createImageBitmap(new Blob([bytes]), { imageOrientation: 'from-image' });
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width; canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  bitmap.close();
  let points;
  try {
    points = await findLandmarks(canvas);
  } catch (e) {
    throw new LandmarkerError(`the face finder (MediaPipe face mesh) could not run in this browser: ${e.message || e}`);
  }
  if (!points) throw new Error('no face was found in this photo: choose a photo where one face looks at the camera');
  const box = fitCrop(cropBox(points), canvas.width, canvas.height);
  const out = document.createElement('canvas');
  out.width = out.height = side;
  const g = out.getContext('2d');
  // past the photo's border: its edge pixels stretched outwards (border.py fills likewise)
  g.imageSmoothingQuality = 'high';
  const k = side / box[2];
  g.drawImage(canvas, 0, 0, canvas.width, 1, (0 - box[0]) * k, -side, canvas.width * k, side + (0 - box[1]) * k); // above
  g.drawImage(canvas, 0, canvas.height - 1, canvas.width, 1, (0 - box[0]) * k, (canvas.height - box[1]) * k, canvas.width * k, side * 2); // below
  g.drawImage(canvas, 0, 0, 1, canvas.height, -side, (0 - box[1]) * k, side + (0 - box[0]) * k, canvas.height * k); // left
  g.drawImage(canvas, canvas.width - 1, 0, 1, canvas.height, (canvas.width - box[0]) * k, (0 - box[1]) * k, side * 2, canvas.height * k); // right
  g.drawImage(canvas, (0 - box[0]) * k, (0 - box[1]) * k, canvas.width * k, canvas.height * k);
  const blob = await new Promise((resolve) => out.toBlob(resolve, 'image/jpeg', 0.92));
  const landmarks = cropLandmarks(points, box, side);
  return {
    crop: withLandmarks(new Uint8Array(await blob.arrayBuffer()), landmarks), // sent with the photo
    landmarks,
    box,
    size: [canvas.width, canvas.height],
    points,
  };
}
