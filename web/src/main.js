// The page: join form, the 3D head and a photo view per remote participant (each with its own
// renderer and playout), stats, microphone sending, Enter VR (a panel per participant).
// Test hooks: window.photocallStats (counters, the decoded motion log, current weights) and
// window.photocall (the App: join(), startMic(), leave(), capture(), showTestFace()).
import { softwareGL } from './head.js';
import { iceServersFromParams } from './ice.js';
import { Mesh } from './mesh.js';
import { SfuRoom } from './sfu.js';
import { NUM_BLENDSHAPES, SAMPLE_RATE } from './motion.js';
import { Bye, Hello, Notice, VERSION_CAPABILITIES, encode, graphChunks, photoChunks } from './protocol.js';
import { requestPhotoGraphPatiently } from './photo-graph.js';
import { Participant, TickClock, emptyStats } from './receiver.js';
import { MotionWorker, playThroughWorklet } from './capture.js';
import { MicSender } from './sender.js';
import { wasmSupported } from './face-graph.js';
import { warmFaceWorker } from './graph-worker.js';
import { inflate } from './inflate.js';
import { LandmarkerError, preparePhoto } from './face-mesh.js';
import { Stage } from './stage.js';
import { GRAPH_LAYOUT, VRStage } from './vr.js';

const SENDER_CAPABILITIES = ['opus', 'motion-v1', 'photo'];
const $ = (id) => document.getElementById(id);

class App {
  constructor() {
    this.stats = emptyStats();
    this.stats.joined = false;
    this.stats.peer = null;
    this.stats.links = 0;
    this.stats.send = { started: false, device: '', packetsSent: 0, packetsWithheld: 0, bytesSent: 0, motionFramesSent: 0, samplesCaptured: 0, encodeErrors: 0, motionSource: null, chunkMs: null, motionOverloads: 0 };
    this.participants = new Map();
    this.tiles = new Map(); // participant id -> its photo view on the page ({canvas, weights, pose, mode, ...})
    this.photoRequests = new Map(); // ref -> resolve, for the worker's photo replies
    this.weights = new Float32Array(NUM_BLENDSHAPES);
    this.pose = new Float32Array(6);
    this.logLines = [];
    this.stats.renderedFrames = 0;
    this.stats.photoFrames = 0;
    this.setupScene();
    this.setupVR();
  }

  log(line) {
    console.log(`[photocall] ${line}`);
    this.logLines.push(`${new Date().toISOString().slice(11, 19)} ${line}`);
    if (this.logLines.length > 40) this.logLines.shift();
    $('log').textContent = this.logLines.join('\n');
  }

  // Rendering goes to a worker (OffscreenCanvas) where the browser has one; else the main thread.
  setupScene() {
    const head = $('head');
    this.stats.softwareGL = softwareGL();
    this.stats.faces = {};
    if (typeof Worker !== 'undefined' && 'transferControlToOffscreen' in head) {
      this.worker = new Worker('render-worker.js');
      this.captures = new Map();
      this.worker.onmessage = (ev) => this.onWorker(ev.data);
      this.worker.onerror = (e) => this.log(`render worker: ${e.message}`);
      const h = head.transferControlToOffscreen();
      const threads = Number(new URLSearchParams(location.search).get('threads')) || undefined;
      this.worker.postMessage({ type: 'init', head: h, threads }, [h]);
      this.stats.renderer = 'worker';
    } else {
      this.stage = new Stage(head, { software: this.stats.softwareGL });
      this.stats.renderer = 'main thread';
    }
    const loop = () => { this.frame(); requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  }

  onWorker(m) {
    if (m.type === 'stats') {
      this.stats.renderedFrames = m.headFrames;
      this.stats.photoFrames = m.photoFrames;
      this.stats.faces = m.faces;
      const first = Object.values(m.faces)[0];
      this.stats.graphRunMs = first?.graphRunMs ?? null;
    } else if (m.type === 'frame') {
      this.xrStage?.setFrame(m.face, m.bitmap, m.mode);
      m.bitmap.close();
    } else if (m.type === 'photo') {
      this.photoRequests.get(m.ref)?.(m);
      this.photoRequests.delete(m.ref);
    } else if (m.type === 'capture' || m.type === 'bench') {
      this.captures.get(m.id)?.(m);
      this.captures.delete(m.id);
    }
  }

  // --- a photo view per remote participant ----------------------------------------------------
  /** The participant's tile (made on first use): a canvas of its own, drawn by its own FaceView
   * in the render worker (or here), and a panel of its own in VR. */
  tile(id, name = id) {
    let t = this.tiles.get(id);
    if (t) return t;
    const figure = document.createElement('figure');
    figure.className = 'face';
    figure.dataset.peer = id;
    const caption = document.createElement('figcaption');
    const who = document.createElement('b');
    who.textContent = name === id ? id : `${name} (${id})`; // Python senders all default to "photocall"
    const mode = document.createElement('span');
    mode.className = 'hint mode';
    mode.textContent = '(no photo yet)';
    caption.append(who, ' ', mode);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 480;
    figure.append(caption, canvas);
    $('faces').append(figure);
    $('faces').classList.toggle('many', this.tiles.size >= 1);
    t = { id, figure, canvas, modeEl: mode, weights: new Float32Array(NUM_BLENDSHAPES), pose: new Float32Array(6), mode: null, layout: GRAPH_LAYOUT };
    this.tiles.set(id, t);
    if (this.worker) {
      const offscreen = canvas.transferControlToOffscreen();
      this.worker.postMessage({ type: 'face', face: id, canvas: offscreen }, [offscreen]);
    } else {
      this.stage.addFace(id, canvas).onFrame = (source, m) => this.xrStage?.setFrame(id, source, m);
    }
    this.xrStage?.setFace(id, t.layout);
    return t;
  }

  dropTile(id) {
    const t = this.tiles.get(id);
    if (!t) return;
    t.figure.remove();
    this.tiles.delete(id);
    $('faces').classList.toggle('many', this.tiles.size > 1);
    if (this.worker) this.worker.postMessage({ type: 'drop', face: id });
    else this.stage.dropFace(id);
    this.xrStage?.dropFace(id);
    delete this.stats.faces[id];
    this.showModes();
  }

  /** Test hook: a face shown without a call (motion stays zero): the photo at ``photoUrl`` and,
   * where given, its gzipped frame graph at ``graphUrl``. Resolves to {mode, why}. */
  async showTestFace({ face = 'test', photoUrl, graphUrl = null }) {
    const get = async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    };
    const bytes = await get(photoUrl);
    const graph = graphUrl && await inflate(await get(graphUrl));
    this.tile(face);
    const m = await this.toRenderer({ face, bytes, graph, awaitGraph: false, why: 'a test face without a graph' });
    this.showMode(m, face);
    return { mode: m.mode, why: m.why };
  }

  /** Test and benchmark hook: the render worker runs the frame graphs at ``urls`` (gzipped
   * ONNX) over ``frames`` ([{w, p}]); see graph-bench.js. */
  async benchGraphs({ urls, frames, keep = 0, repeat = 1, optimization = 'basic', hold = false, workers = true }) {
    if (!this.worker) throw new Error('no render worker in this browser');
    const fetched = await Promise.all(urls.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }));
    const t0 = performance.now();
    const graphs = [];
    for (const bytes of fetched) graphs.push(await inflate(bytes));
    const inflateMs = graphs.length ? (performance.now() - t0) / graphs.length : 0;
    const id = (this.captureId = (this.captureId ?? 0) + 1);
    const m = await new Promise((resolve) => {
      this.captures.set(id, resolve);
      this.worker.postMessage({ type: 'bench', id, graphs: graphs.map((g) => g.buffer), frames, keep, repeat, optimization, hold, workers }, graphs.map((g) => g.buffer));
    });
    if (m.error) throw new Error(m.error);
    return { ...m.result, inflateMs };
  }

  /** Test hook: renders the current face now and returns PNG data URLs of both canvases. */
  /** face: a participant id (default: the first tile, whose motion the 3D head also shows);
   * motion: {w, p} to render instead of the current motion. */
  async capture(face = null, motion = null) {
    const tile = face != null ? this.tiles.get(face) : this.tiles.values().next().value;
    face = tile?.id ?? null;
    const weights = Float32Array.from(motion?.w ?? (tile ? tile.weights : this.weights)); const pose = Float32Array.from(motion?.p ?? (tile ? tile.pose : this.pose));
    const toUrl = (blob) => blob && new Promise((resolve) => { const r = new FileReader(); r.onload = () => resolve(r.result); r.readAsDataURL(blob); });
    if (!this.worker) {
      this.stage.setMotion(weights, pose, face != null ? { [face]: { weights, pose } } : {}); this.stage.render();
      const view = face != null ? this.stage.faces.get(face) : null;
      if (view?.hasPhoto) await view.renderNow();
      return { jaw: weights[17], head: $('head').toDataURL(), photo: view?.hasPhoto ? tile.canvas.toDataURL() : null };
    }
    const id = (this.captureId = (this.captureId ?? 0) + 1);
    const m = await new Promise((resolve) => { this.captures.set(id, resolve); this.worker.postMessage({ type: 'capture', id, face, weights, pose }); });
    return { jaw: weights[17], head: await toUrl(m.head), photo: await toUrl(m.photo) };
  }

  async setupVR() {
    const button = $('vr-button');
    if (!navigator.xr) return;
    let ok = false;
    try { ok = await navigator.xr.isSessionSupported('immersive-vr'); } catch { ok = false; }
    this.stats.vrSupported = ok;
    if (!ok) return;
    button.hidden = false;
    button.onclick = async () => {
      if (this.xrStage) { await this.xrStage.renderer.xr.getSession()?.end(); return; }
      let session;
      try {
        session = await navigator.xr.requestSession('immersive-vr', { optionalFeatures: ['local-floor'] });
      } catch (e) {
        this.log(`VR could not start: ${e.message}`);
        return;
      }
      // WebXR renders from the main thread: a stage of its own, on a canvas of its own, shown
      // on the page as the VR preview (a mirror of what the headset's eyes get). Its panels
      // show the frames the page's photo views draw (the render worker sends each one over).
      const canvas = document.createElement('canvas');
      canvas.width = 1024; canvas.height = 512;
      const stage = new VRStage(canvas, { showHead: $('vr-head').checked, software: this.stats.softwareGL });
      this.xrStage = stage;
      for (const t of this.tiles.values()) stage.setFace(t.id, t.layout);
      if (this.worker) this.worker.postMessage({ type: 'vr', on: true });
      else for (const [id, view] of this.stage.faces) if (view.lastFrame) stage.setFrame(id, view.lastFrame, view.mode);
      stage.renderer.xr.enabled = true;
      stage.renderer.xr.setReferenceSpaceType('local');
      await stage.renderer.xr.setSession(session);
      stage.renderer.setAnimationLoop(() => {
        stage.setMotion(this.weights, this.pose); stage.render();
        this.stats.vr = { frames: stage.frames, layout: stage.layout, panels: stage.panelStats() };
      });
      $('vr-preview').replaceChildren(canvas);
      $('vr-preview-section').hidden = false;
      button.textContent = 'Exit VR';
      session.addEventListener('end', () => {
        button.textContent = 'Enter VR';
        stage.renderer.setAnimationLoop(null);
        this.worker?.postMessage({ type: 'vr', on: false });
        stage.dispose();
        $('vr-preview-section').hidden = true;
        $('vr-preview').replaceChildren();
        this.xrStage = null;
      });
    };
    $('vr-head').onchange = () => this.xrStage?.setShowHead($('vr-head').checked);
  }

  /** Joins a room; opts: {room, peer, token, name, url, iceServers, sfu} (sfu: a Janus WebSocket URL). */
  async join({ room, peer, token = null, name = 'browser', url = null, iceServers = [], sfu = null }) {
    if (this.mesh) return;
    this.name = name.slice(0, 32);
    this.ctx = new AudioContext({ sampleRate: SAMPLE_RATE, latencyHint: 'interactive' });
    this.ctx.resume().catch(() => {});
    this.output = this.ctx.destination;
    const wsUrl = url || `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/`;
    try {
      this.mesh = sfu ? new SfuRoom({ sfu, room, peer, name: this.name, iceServers }, this, (l) => this.log(l))
        : new Mesh({ url: wsUrl, room, peer, token: token || null, iceServers }, this, (l) => this.log(l));
      await this.mesh.start();
    } catch (e) {
      this.mesh = null;
      this.status(`Could not join: ${e.message}`);
      throw e;
    }
    Object.assign(this.stats, { joined: true, peer, room });
    // my photo's render graph comes from the photocall server: the signaling server's, or
    // through an SFU the one that served this page
    this.prepareAt = { base: sfu ? location.href : wsUrl, room, token: token || null };
    if (this.myPhoto) this.makeGraph();
    this.tickClock = new TickClock();
    this.tickTimer = setInterval(() => this.tick(), 10);
    this.status(`In room "${room}" as ${peer}. Waiting for others…`);
    $('mic-button').disabled = false;
    $('leave-button').disabled = false;
    $('join-button').disabled = true;
  }

  status(text) { $('status').textContent = text; }

  // --- the mesh's role ----------------------------------------------------------------------
  linkOpen(link) {
    this.participants.get(link.remote)?.close(); // a peer that came back replaces its old self
    const p = new Participant(link.remote, this.ctx, this.output, this.stats, (photo) => this.showPhoto(photo, link, p));
    p.onGraph = (photoId, graph, why) => this.showGraph(p, photoId, graph, why);
    p.link = link;
    this.participants.set(link.remote, p);
    this.stats.links = this.mesh.openLinks().length;
    link.send('control', this.heartbeat());
    if (this.myPhoto) this.sendPhoto(link);
    this.status(`Connected with ${[...this.participants.keys()].join(', ')}.`);
  }

  linkMessage(link, label, data) {
    const p = this.participants.get(link.remote);
    p?.onMessage(label, data);
    if (p) this.offerGraph(p); // its Hello may ask for my photo's render graph
    if (p?.mismatch) { // PROTOCOL.md "Version negotiation": log it and tell the peer, once
      this.log(`${link.remote}: ${p.mismatch}`);
      link.send('control', encode(new Notice('protocol-mismatch', p.mismatch)));
      p.mismatch = null;
    }
  }

  linkClosed(link, reason) {
    // Like the Python receiver, a departed peer first plays out what is buffered, then goes.
    const p = this.participants.get(link.remote);
    if (p && p.link !== link) return; // an old link of a peer that came back: the new one stays
    if (p) p.gone = true;
    else this.dropTile(link.remote);
    if (this.mesh) this.stats.links = this.mesh.openLinks().length;
    const others = [...this.participants.values()].filter((q) => !q.gone).map((q) => q.remote);
    this.status(others.length ? `Connected with ${others.join(', ')}.` : `${link.remote} left (${reason}). Waiting for others…`);
  }

  // Hello doubles as the keepalive (Python peers drop a link silent for 4 s). Not ClockSync: the
  // browser cannot read CLOCK_MONOTONIC, so its clock would mislead a receiver's latency numbers.
  heartbeat() {
    const caps = this.mic ? (this.myPhoto ? SENDER_CAPABILITIES : SENDER_CAPABILITIES.filter((c) => c !== 'photo')) : ['render'];
    const render = wasmSupported() ? ['wants-render-graph'] : []; // face-graph.js
    const offer = this.myPhoto && this.graphJob ? ['render-graph'] : []; // my photo's graph, from the server
    return encode(new Hello(this.name, [...caps, ...VERSION_CAPABILITIES, ...render, ...offer]));
  }

  // --- sending --------------------------------------------------------------------------------
  /** My photo: its face found (478 landmarks, face-mesh.js), cropped square around the face as
   * the Python sender's preparation does, and sent as that crop; a photo without a face is
   * refused with a message. Resolves to {ok, landmarks, box} or {ok: false, error}. */
  async setPhoto(file) {
    const note = $('my-photo-note');
    note.textContent = 'Looking for the face in your photo…';
    let prepared;
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      prepared = await preparePhoto(bytes);
    } catch (e) {
      if (e instanceof LandmarkerError) { // not the photo's fault: send it as it is, and say so
        note.textContent = `Your photo is sent unchecked and uncropped: ${e.message}`;
        this.myPhoto = bytes;
        this.myPhotoId = Math.floor(Math.random() * 2 ** 32);
        this.stats.myPhoto = { ok: true, unchecked: e.message, bytes: bytes.length };
        this.makeGraph();
        for (const link of this.mesh?.openLinks() ?? []) this.sendPhoto(link);
        return this.stats.myPhoto;
      }
      const error = `Your photo was not used: ${e.message || e}`;
      note.textContent = error;
      note.classList.add('error');
      this.stats.myPhoto = { ok: false, error };
      this.log(error);
      return this.stats.myPhoto;
    }
    note.classList.remove('error');
    this.myPhoto = prepared.crop;
    this.myPhotoId = Math.floor(Math.random() * 2 ** 32);
    this.stats.myPhoto = { ok: true, landmarks: prepared.landmarks, box: prepared.box, size: prepared.size, bytes: prepared.crop.length };
    note.textContent = `Your photo: face found (478 landmarks), cropped around it as the Python sender does, sent with its landmarks (${prepared.crop.length} bytes).`;
    this.makeGraph();
    for (const link of this.mesh?.openLinks() ?? []) this.sendPhoto(link);
    return this.stats.myPhoto;
  }

  /** Test hook: setPhoto of the file at ``url``. */
  async setPhotoFromUrl(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return this.setPhoto(await response.blob());
  }

  sendPhoto(link) {
    try {
      link.send('control', this.heartbeat()); // first: says whether a render graph will follow
      for (const chunk of photoChunks(this.myPhoto, this.myPhotoId)) link.send('control', encode(chunk));
    } catch (e) {
      this.log(`photo not sent: ${e.message}`);
    }
    // through an SFU no Hello of a receiver reaches me: the graph goes with every photo sent
    if (this.graphJob && link === this.mesh?.publishLink) this.sendGraph(link, this.graphJob);
  }

  /** Asks the server for my photo's render graph (signaling/photo_graph.py: the same preparation
   * as `photocall send`), once per photo, so receiving pages animate it with the real renderer;
   * where the server cannot, each receiver is told why and keeps the template warp. */
  makeGraph() {
    if (!this.prepareAt || !this.myPhoto) return;
    const photoId = this.myPhotoId;
    const started = performance.now();
    const note = $('my-graph-note');
    note.textContent = 'Your photo is being prepared by the server into its render graph (the real renderer, for the others\' pages)…';
    note.classList.remove('error');
    this.stats.myGraph = { state: 'preparing' };
    const job = { photoId, promise: requestPhotoGraphPatiently(this.prepareAt.base, this.myPhoto, this.prepareAt) };
    this.graphJob = job;
    job.promise.then((graph) => {
      if (this.graphJob !== job) return;
      const ms = performance.now() - started;
      this.stats.myGraph = { state: 'ready', bytes: graph.length, ms };
      note.textContent = `Your photo's render graph is ready (${(graph.length / 1e6).toFixed(1)} MB, ${(ms / 1000).toFixed(1)} s): the others' pages animate your photo with the real renderer.`;
    }, (e) => {
      if (this.graphJob !== job) return;
      this.stats.myGraph = { state: 'failed', error: e.message, status: e.status ?? null };
      note.textContent = `No render graph for your photo (${e.message}): the others' pages show it by the FALLBACK template warp.`;
      note.classList.add('error');
      this.log(`my photo's render graph: ${e.message}`);
    });
    for (const p of this.participants.values()) this.offerGraph(p);
  }

  /** Sends my photo's graph to a participant whose Hello asks for one, once per photo. */
  offerGraph(p) {
    const job = this.graphJob;
    if (!job || !p.link || p.graphSentFor === job.photoId || !p.capabilities.includes('wants-render-graph')) return;
    if (this.mesh?.publishLink) return; // through an SFU: sent with the photo (sendPhoto)
    p.graphSentFor = job.photoId;
    this.sendGraph(p.link, job);
  }

  sendGraph(link, job) {
    job.promise.then((graph) => {
      if (this.graphJob !== job || link.closed) return;
      for (const chunk of graphChunks(graph, job.photoId)) link.send('control', encode(chunk));
      this.stats.graphsSent = (this.stats.graphsSent ?? 0) + 1;
    }, (e) => {
      if (this.graphJob !== job || link.closed) return;
      link.send('control', encode(new Notice('render-graph-failed', e.message.slice(0, 500))));
    });
  }

  async startMic() {
    if (this.mic) return;
    this.mic = new MicSender(this.ctx, (bytes) => {
      for (const l of this.mesh.openLinks()) {
        const version = this.participants.get(l.remote)?.mediaVersion; // 1 until its Hello says more
        if (version) l.send('media', bytes[version]);
      }
    }, this.stats.send);
    try {
      await this.mic.start();
      $('mic-button').textContent = 'Stop my microphone';
      const source = this.stats.send.motionSource;
      this.log(`sending microphone "${this.stats.send.device}" (Opus 16 kbit/s in 40 ms packets; motion: ${source === 'model' ? 'the learned mouth model (onnxruntime-web)' : `loudness fallback, the model cannot run here (${source.slice(10)})`})`);
      this.showMotionSource(source);
    } catch (e) {
      this.mic = null;
      this.log(`microphone: ${e.message}`);
      throw e;
    }
  }

  showMotionSource(source) {
    $('motion-note').textContent = source === 'model'
      ? 'Your face motion comes from the learned audio-to-motion model, run in this page (onnxruntime-web, WebAssembly).'
      : `Your face motion is a simple FALLBACK (loudness opens the jaw, random blinks): the learned model cannot run in this browser (${source.slice(10)}).`;
  }

  /** Test hook: mono 48 kHz float32 samples (base64) through the capture worklet and the page's
   * motion model, 20 ms at a time; returns the motion frames, the samples the worklet delivered
   * and the median cost per 20 ms chunk. */
  async motionOfSamples(b64, seed = 0) {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const samples = new Float32Array(bytes.buffer);
    const frames = []; const costs = []; const chunks = [];
    const worker = new MotionWorker((got, ms) => { frames.push(...got); if (ms != null) costs.push(ms); });
    await worker.start(seed);
    await playThroughWorklet(samples, SAMPLE_RATE, (pcm) => { chunks.push(pcm.slice()); worker.push(pcm); });
    const { modelMs } = await worker.flush();
    worker.stop();
    const heard = new Float32Array(chunks.length * chunks[0].length);
    chunks.forEach((c, i) => heard.set(c, i * c.length));
    let text = ''; const u8 = new Uint8Array(heard.buffer);
    for (let i = 0; i < u8.length; i += 0x8000) text += String.fromCharCode(...u8.subarray(i, i + 0x8000));
    costs.sort((a, b) => a - b);
    return {
      frames: frames.map((f) => ({ t: f.t, w: Array.from(f.w), p: Array.from(f.p) })),
      heard: btoa(text),
      chunkMs: { median: costs[Math.floor(costs.length / 2)], p90: costs[Math.floor(costs.length * 0.9)], n: costs.length },
      modelMs,
    };
  }

  stopMic() {
    this.mic?.stop();
    this.mic = null;
    $('mic-button').textContent = 'Send my microphone';
  }

  leave() {
    for (const l of this.mesh?.openLinks() ?? []) l.send('control', encode(new Bye('left')));
    this.stopMic();
    this.mesh?.close();
    this.mesh = null;
    clearInterval(this.tickTimer);
    this.stats.joined = false;
    $('join-button').disabled = false;
    $('leave-button').disabled = true;
    $('mic-button').disabled = true;
    this.status('Not connected.');
  }

  // --- receiving ----------------------------------------------------------------------------
  // A photo is shown at once (still, while its render graph is on its way, where its sender
  // offers one), then animated by its graph; by the template warp only where it must.
  async showPhoto(bytes, link, participant) {
    const from = link.remote;
    participant.photo = bytes;
    const awaitGraph = wasmSupported() && participant.capabilities.includes('render-graph');
    if (awaitGraph && this.worker) this.worker.postMessage({ type: 'warm' });
    else if (awaitGraph && wasmSupported()) warmFaceWorker(); // rendering on this thread
    this.tile(from, participant.name || from);
    try {
      const m = await this.toRenderer({ face: from, bytes, graph: null, awaitGraph, why: this.noGraphReason(participant) });
      $('photo-note').textContent = `Photos from ${[...this.tiles.keys()].join(', ')}.`;
      this.stats.photoShown = true;
      link.send('control', encode(new Notice('photo-accepted', 'photo ready'))); // the sender may start
      this.showMode(m, from);
    } catch (e) {
      $('photo-note').textContent = `The photo from ${from} could not be shown: ${e.message}`;
      link.send('control', encode(new Notice('photo-rejected', `the browser could not decode it: ${e.message}`.slice(0, 500))));
    }
  }

  noGraphReason(participant) {
    if (!wasmSupported()) return 'this browser has no WebAssembly SIMD, so onnxruntime-web cannot run here';
    if (participant.capabilities.includes('render-graph')) return '';
    return 'its sender sends no render graph (a browser sender gets one from a photocall server that prepares photos; this one did not offer it)';
  }

  async showGraph(participant, photoId, graph, why) {
    if (!participant.photo || photoId !== participant.photoId) return; // a graph for another photo
    this.stats.graphArrivedAt = performance.now();
    try {
      const bytes = graph && await inflate(graph);
      const m = await this.toRenderer({ face: participant.remote, bytes: participant.photo, graph: bytes, awaitGraph: false, why: `its sender could not make the render graph: ${why}` });
      this.stats.graphFirstFrameMs = performance.now() - this.stats.graphArrivedAt;
      this.showMode(m, participant.remote);
    } catch (e) {
      this.log(`render graph from ${participant.remote}: ${e.message}`);
    }
  }

  /** Hands participant ``face``'s photo (and its graph) to its renderer, in the worker or here;
   * resolves to {mode, why, layout}. */
  async toRenderer({ face, bytes, graph, awaitGraph, why }) {
    let m;
    if (!this.worker) {
      const view = this.stage.faces.get(face);
      m = { ...(await view.setPhoto(bytes, graph, { awaitGraph, why })), layout: view.mode === 'template' ? view.template.layout : null };
    } else {
      const ref = (this.photoRef = (this.photoRef ?? 0) + 1);
      m = await new Promise((resolve) => {
        this.photoRequests.set(ref, resolve);
        this.worker.postMessage({ type: 'photo', ref, face, bytes, graph, awaitGraph, why }, graph ? [graph.buffer] : []);
      });
      if (!m.ok) throw new Error(m.error);
    }
    const t = this.tiles.get(face);
    if (t) {
      t.layout = m.layout ?? GRAPH_LAYOUT; // where the face sits in the frames: the VR panel's size
      this.xrStage?.setFace(face, t.layout);
    }
    return m;
  }

  showMode({ mode, why, layout = null }, from) {
    this.stats.photoMode = mode;
    this.stats.faceModes = { ...this.stats.faceModes, [from]: mode };
    const text = {
      graph: 'the real renderer: the photo\'s frame graph on onnxruntime-web (WebAssembly), as in the Python receiver',
      waiting: `still photo: waiting for its render graph from ${from}`,
      template: `FALLBACK template warp (${layout?.source === 'landmarks' ? 'placed by the landmarks its owner sent with the photo' : 'a skin-colour heuristic places the face'}): ${why}`,
    }[mode];
    const t = this.tiles.get(from);
    if (t) { t.mode = mode; t.modeText = text; t.modeEl.textContent = `(${text})`; }
    this.showModes();
    this.log(`photo of ${from}: ${text}`);
  }

  // The section's heading: each face's renderer, named.
  showModes() {
    const tiles = [...this.tiles.values()].filter((t) => t.modeText);
    $('photo-mode').textContent = tiles.length === 1 ? `(${tiles[0].modeText})`
      : tiles.length ? `(${tiles.map((t) => `${t.id}: ${t.mode === 'graph' ? 'the real renderer (onnxruntime-web)' : t.mode === 'template' ? 'FALLBACK template warp' : 'still photo'}`).join('; ')})`
        : '(the photo\'s frame graph on onnxruntime-web, where its sender sends one)';
  }

  tick() {
    this.tickClock.tick(performance.now() / 1000);
    const lead = this.tickClock.lead();
    this.stats.scheduleLeadMs = Math.round(lead * 1000);
    for (const [remote, p] of this.participants) {
      p.tick(lead);
      if (p.gone && p.drained()) { p.close(); this.participants.delete(remote); this.dropTile(remote); }
    }
  }

  frame() {
    // Every participant's photo moves with its own motion, sampled at its own playout clock; the
    // 3D head shows the first participant that has sent motion (or, with none, my own).
    let shown = false;
    const faces = {};
    this.scratch ??= { weights: new Float32Array(NUM_BLENDSHAPES), pose: new Float32Array(6) };
    for (const [id, p] of this.participants) {
      const t = this.tiles.get(id) ?? this.scratch;
      if (!p.face(t.weights, t.pose)) continue;
      if (t !== this.scratch) faces[id] = { weights: t.weights, pose: t.pose };
      if (!shown) { this.weights.set(t.weights); this.pose.set(t.pose); shown = true; }
    }
    if (!shown && this.mic) { this.weights.set(this.mic.lastWeights); this.pose.set(this.mic.lastPose); } // preview of own motion
    if (this.worker) {
      this.worker.postMessage({ type: 'motion', weights: this.weights, pose: this.pose, faces });
    } else {
      // Software WebGL on the main thread stalls it on every frame; at most 20 fps there leaves
      // the network, decoder and audio scheduler time to run.
      const now = performance.now();
      if (!this.stage.software || now - (this.lastFrame ?? 0) >= 48) {
        this.lastFrame = now;
        this.stage.setMotion(this.weights, this.pose, faces);
        this.stage.render();
        this.stats.renderedFrames = this.stage.headFrames;
        this.stats.photoFrames = this.stage.photoFrames;
        for (const [id, f] of this.stage.faces) this.stats.faces[id] = { mode: f.mode, frames: f.frames };
      }
    }
    this.stats.currentWeights = Array.from(this.weights);
    this.stats.currentPose = Array.from(this.pose);
    const now = performance.now();
    if (!this.lastStats || now - this.lastStats > 250) { this.lastStats = now; this.showStats(); }
  }

  showStats() {
    const s = this.stats;
    const j = s.jitter;
    s.send.chunkMs = this.mic?.medianChunkMs() ?? null;
    $('stats').textContent = [
      `links ${s.links}  packets ${s.packetsReceived} (media ${s.mediaPackets}, control ${s.controlPackets}, bad ${s.protocolErrors})`,
      `motion frames ${s.motionFramesReceived}  audio packets ${s.audioPacketsReceived}  decoded ${s.audioFramesDecoded} (${(s.audioSamplesDecoded / SAMPLE_RATE).toFixed(1)} s)`,
      j ? `jitter buffer target ${j.targetMs.toFixed(0)} ms depth ${j.depthMs.toFixed(0)} ms late ${j.late} lost ${j.lost} underruns ${j.underruns}` : 'jitter buffer idle',
      `slots ${s.audioSlotsScheduled} concealed ${s.audioSlotsConcealed} late ${s.audioLate} decode errors ${s.decodeErrors}`,
      `jawOpen ${this.weights[17].toFixed(2)}  rendered frames ${s.renderedFrames}`,
      `sent ${s.send.packetsSent} packets (${s.send.packetsWithheld} withheld: silent), ${s.send.motionFramesSent} motion frames${s.send.motionSource ? ` (motion: ${s.send.motionSource})` : ''}${this.mic?.medianChunkMs() != null ? `, ${this.mic.medianChunkMs().toFixed(2)} ms per 20 ms chunk` : ''}`,
    ].join('\n');
  }
}

function main() {
  const app = new App();
  window.photocall = app;
  window.photocallStats = app.stats;
  const form = $('join');
  const params = new URLSearchParams(location.search);
  for (const key of ['room', 'peer', 'token', 'name']) if (params.get(key)) form.elements[key].value = params.get(key);
  if (!form.elements.peer.value) form.elements.peer.value = `web-${Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')}`;
  let iceServers = [];
  try {
    iceServers = iceServersFromParams(params);
  } catch (e) {
    app.log(`ice: ${e.message}; joining without ICE servers`);
  }
  const opts = () => ({ room: form.elements.room.value.trim(), peer: form.elements.peer.value.trim(), token: form.elements.token.value.trim(), name: form.elements.name.value.trim() || 'browser', iceServers, sfu: params.get('sfu') });
  form.addEventListener('submit', (ev) => { ev.preventDefault(); app.join(opts()).catch(() => {}); });
  form.elements.photo.addEventListener('change', () => { const f = form.elements.photo.files[0]; if (f) app.setPhoto(f); });
  $('leave-button').onclick = () => app.leave();
  $('mic-button').onclick = () => (app.mic ? app.stopMic() : app.startMic().catch(() => {}));
  if (!window.isSecureContext || typeof AudioDecoder === 'undefined') {
    // WebCodecs, getUserMedia and WebXR exist only in secure contexts (https, or localhost).
    app.log('No WebCodecs here (the page needs https or http://localhost): faces still move, but audio cannot be decoded or sent.');
  }
  if (params.get('autojoin') === '1') app.join(opts()).catch(() => {});
}

main();
