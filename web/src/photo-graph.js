// My photo's render graph, made by the photocall server that serves this page
// (signaling/photo_graph.py: the same preparation and ONNX export as `photocall send`), so the
// pages that receive my photo animate it with the real renderer, as they do a Python sender's.
// One WebSocket per photo: the photo goes up as one binary message, the gzipped graph comes back
// as one; a refusal is a JSON {status, error} with HTTP's status codes (no face: 422). A busy
// server (429: this address has one under way; 503: its queue is full) is asked again later.
export const PHOTO_GRAPH_PATH = '/photo-graph';

export class PhotoGraphError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

/** The endpoint's URL on the server at ``base`` (an http(s) or ws(s) URL). */
export function photoGraphUrl(base, { bytes, room = null, token = null }) {
  const url = new URL(PHOTO_GRAPH_PATH, base);
  url.protocol = url.protocol === 'https:' || url.protocol === 'wss:' ? 'wss:' : 'ws:';
  url.searchParams.set('bytes', String(bytes));
  if (token) { url.searchParams.set('room', room); url.searchParams.set('token', token); }
  return url.href;
}

/** Resolves to the gzipped graph (Uint8Array); rejects with a PhotoGraphError saying why. */
export function requestPhotoGraph(base, photo, { room = null, token = null } = {}) {
  return new Promise((resolve, reject) => {
    let ws;
    try {
      ws = new WebSocket(photoGraphUrl(base, { bytes: photo.length, room, token }));
    } catch (e) {
      reject(new PhotoGraphError(0, `cannot reach the server's photo preparation: ${e.message}`));
      return;
    }
    ws.binaryType = 'arraybuffer';
    let settled = false;
    const settle = (fn, value) => { if (!settled) { settled = true; fn(value); } };
    ws.onopen = () => ws.send(photo);
    ws.onmessage = (ev) => {
      if (typeof ev.data !== 'string') { settle(resolve, new Uint8Array(ev.data)); return; }
      let answer;
      try { answer = JSON.parse(ev.data); } catch { answer = { status: 0, error: ev.data.slice(0, 200) }; }
      settle(reject, new PhotoGraphError(answer.status, `the server did not prepare the photo (${answer.status}): ${answer.error}`));
    };
    ws.onclose = (ev) => {
      const why = ev.code === 1009 ? 'the photo is larger than announced' : ev.code === 1006 ? 'this server offers no photo preparation, or cannot be reached' : `closed (${ev.code} ${ev.reason})`;
      settle(reject, new PhotoGraphError(ev.code, `the server did not prepare the photo: ${why}`));
    };
  });
}

const BUSY = [429, 503]; // another preparation from this address, or the server's queue is full
/** requestPhotoGraph, asked again while the server is busy (every ``waitMs``, ``tries`` in all). */
export async function requestPhotoGraphPatiently(base, photo, auth, { tries = 6, waitMs = 5000 } = {}) {
  for (let i = 1; ; i++) {
    try {
      return await requestPhotoGraph(base, photo, auth);
    } catch (e) {
      if (!BUSY.includes(e.status) || i >= tries) throw e;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
