// The square crop around a face, as the Python sender prepares a photo (pure arithmetic, tested
// against receiver/render/photo.py crop_box and border.py fit_crop in web/test/crop.test.mjs).
export const CROP_SIDE = 2.3; // CropConfig.side: face heights (forehead top to chin)
export const CROP_DROP = 0.12; // CropConfig.drop: centre below the face's, as a share of the side
export const BORDER = Object.freeze({ maxShift: 0.12, minSide: 0.85 }); // border.py BorderConfig
const FOREHEAD = 10; const CHIN = 152; const EDGE_R = 234; const EDGE_L = 454; // rig.py's ids

/** [x0, y0, side] of the square around the face whose 478 landmarks ([x, y, z] pixels) are given. */
export function cropBox(points, { side: k = CROP_SIDE, drop = CROP_DROP } = {}) {
  const [top, chin] = [points[FOREHEAD], points[CHIN]];
  const faceHeight = Math.hypot(chin[0] - top[0], chin[1] - top[1]);
  const side = k * faceHeight;
  const cx = (points[EDGE_R][0] + points[EDGE_L][0]) / 2;
  const cy = (top[1] + chin[1]) / 2 + drop * side;
  return [cx - side / 2, cy - side / 2, side];
}

/** border.py fit_crop: shrink (to minSide at most) and shift (maxShift of the side at most) the
 * crop into a width x height photo, keeping the face where it was as far as that allows. */
export function fitCrop([x0, y0, side], width, height, { maxShift, minSide } = BORDER) {
  const newSide = Math.max(minSide * side, Math.min(side, width, height));
  x0 += (side - newSide) / 2; y0 += (side - newSide) / 2;
  const limit = maxShift * newSide;
  const shift = (start, length) => {
    if (start < 0 && start + newSide <= length) return start + Math.min(-start, limit, length - (start + newSide));
    if (start + newSide > length && start >= 0) return start - Math.min(start + newSide - length, limit, start);
    return start;
  };
  return [shift(x0, width), shift(y0, height), newSide];
}

/** The landmarks in the pixels of the crop ``box`` resized to ``size`` (photo.py prepare_photo). */
export function cropLandmarks(points, [x0, y0, side], size) {
  const k = size / side;
  return points.map(([x, y, z]) => [(x - x0) * k, (y - y0) * k, z * k]);
}
