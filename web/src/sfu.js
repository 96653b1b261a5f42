// A room through Janus (VideoRoom, data channels only), like shared/sfu.py: the same role
// interface as Mesh (linkOpen/linkMessage/linkClosed/heartbeat, openLinks()). The page publishes
// once (`control` + `media` channels to Janus; the mic's media and the photo go there) and
// subscribes to every other publisher. Janus relays a publisher's channels onto one channel per
// subscriber, so a message's channel is read back from its packet kind (channelOf). Nothing
// flows from subscribers to publishers: a participant says "ready" by changing its display name
// after each subscription opens, and the publishers then resend their photo.
import { Link } from './mesh.js';

const KEEPALIVE_MS = 20000;

/** 'media' for a media packet (v1 or v2), 'control' for anything else (shared/sfu.py's channel_of). */
export function channelOf(data) {
  if (data.length < 2) return 'control';
  const first = data[0];
  const offset = first >= 0x90 && first <= 0x9f ? 1 : first === 0xdc ? 3 : first === 0xdd ? 5 : -1;
  if (offset < 0 || data.length <= offset || data[offset] >= 0x80) return 'control';
  return (data[offset] & 0x0f) === 1 ? 'media' : 'control';
}

class Janus {
  constructor(url, onEvent) {
    Object.assign(this, { url, onEvent, waiting: new Map(), next: 1, session: null });
  }

  connect() {
    return new Promise((resolve, reject) => {
      this.ws = new WebSocket(this.url, 'janus-protocol');
      this.ws.onopen = () => resolve();
      this.ws.onerror = () => reject(new Error(`cannot reach Janus at ${this.url}`));
      this.ws.onmessage = (ev) => this.dispatch(JSON.parse(ev.data));
    });
  }

  dispatch(msg) {
    const waiting = this.waiting.get(msg.transaction);
    if (waiting && (msg.janus !== 'ack' || waiting.ack)) { this.waiting.delete(msg.transaction); waiting.resolve(msg); return; }
    if (msg.janus === 'event' || msg.janus === 'hangup' || msg.janus === 'detached') this.onEvent(msg);
  }

  request(body, { ack = false } = {}) {
    const transaction = `t${this.next++}`;
    const msg = { ...body, transaction };
    if (this.session) msg.session_id = this.session;
    return new Promise((resolve, reject) => {
      this.waiting.set(transaction, { resolve, ack });
      this.ws.send(JSON.stringify(msg));
      setTimeout(() => { if (this.waiting.delete(transaction)) reject(new Error(`Janus did not answer ${body.janus}`)); }, 10000);
    }).then((reply) => {
      if (reply.janus === 'error') throw new Error(`Janus: ${reply.error?.reason}`);
      const data = reply.plugindata?.data;
      if (data?.error && data.error_code !== 427) throw new Error(`Janus: ${data.error}`);
      return reply;
    });
  }

  async attach() { return (await this.request({ janus: 'attach', plugin: 'janus.plugin.videoroom' })).data.id; }
  message(handle, body, jsep) { return this.request({ janus: 'message', handle_id: handle, body, ...(jsep ? { jsep } : {}) }); }
}

export class SfuRoom {
  constructor({ sfu, room, peer, name = 'browser', iceServers = [], idleTimeoutMs = 4000, heartbeatMs = 1000 }, role, log = () => {}) {
    Object.assign(this, { sfu, room: Number(room), peer, name, iceServers, idleTimeoutMs, heartbeatMs, role, log });
    if (!(this.room > 0)) throw new Error('with ?sfu= the room is a Janus room number');
    this.links = new Map(); // feed id -> Link (subscriptions)
    this.publishLink = null;
    this.announcements = 0;
    this.lastIntro = 0;
  }

  async start() {
    this.janus = new Janus(this.sfu, (msg) => this.onEvent(msg));
    await this.janus.connect();
    this.janus.session = (await this.janus.request({ janus: 'create' })).data.id;
    this.keepalive = setInterval(() => this.janus.request({ janus: 'keepalive' }, { ack: true }).catch(() => {}), KEEPALIVE_MS);
    this.presence = await this.janus.attach();
    const exists = await this.janus.message(this.presence, { request: 'exists', room: this.room });
    if (!exists.plugindata.data.exists) {
      await this.janus.message(this.presence, { request: 'create', room: this.room, publishers: 100 });
    }
    const joined = (await this.janus.message(this.presence, { request: 'join', ptype: 'publisher', room: this.room, display: this.name })).plugindata.data;
    this.ownId = joined.id;
    this.log(`joined Janus room ${this.room} as ${joined.id}; publishers here: ${joined.publishers.length}`);
    await this.publish();
    for (const p of joined.publishers) await this.subscribe(p.id);
    this.timer = setInterval(() => this.watchdog(), 250);
  }

  openLinks() { return [...this.links.values(), ...(this.publishLink ? [this.publishLink] : [])].filter((l) => l.isOpen && !l.closed); }

  async publish() {
    const pc = new RTCPeerConnection({ iceServers: this.iceServers });
    const link = (this.publishLink = new Link('sfu', pc));
    for (const [label, opts] of [['control', {}], ['media', { ordered: false, maxRetransmits: 0 }]]) {
      const ch = pc.createDataChannel(label, opts);
      ch.binaryType = 'arraybuffer';
      link.channels[label] = ch;
      ch.onopen = () => { link.isOpen = Object.values(link.channels).every((c) => c.readyState === 'open'); };
    }
    await pc.setLocalDescription(await pc.createOffer());
    const reply = await this.janus.message(this.presence, { request: 'publish', data: true }, { type: 'offer', sdp: pc.localDescription.sdp });
    await pc.setRemoteDescription(reply.jsep);
  }

  async subscribe(feed) {
    if (feed === this.ownId || this.links.has(String(feed))) return;
    const handle = await this.janus.attach();
    const reply = await this.janus.message(handle, { request: 'join', ptype: 'subscriber', room: this.room, streams: [{ feed }] });
    const pc = new RTCPeerConnection({ iceServers: this.iceServers });
    const link = new Link(String(feed), pc);
    link.handle = handle;
    this.links.set(link.remote, link);
    pc.ondatachannel = (ev) => this.watchRelay(link, ev.channel);
    pc.onconnectionstatechange = () => { if (['failed', 'closed'].includes(pc.connectionState)) this.drop(link, `connection ${pc.connectionState}`); };
    await pc.setRemoteDescription(reply.jsep);
    pc.createDataChannel('subscriber'); // Janus relays nothing until our side of SCTP has spoken
    await pc.setLocalDescription(await pc.createAnswer());
    await this.janus.message(handle, { request: 'start' }, { type: 'answer', sdp: pc.localDescription.sdp });
  }

  watchRelay(link, channel) {
    channel.binaryType = 'arraybuffer';
    channel.onopen = () => {
      if (link.isOpen) return;
      link.isOpen = true;
      link.lastRx = performance.now();
      this.role.linkOpen(link);
      this.janus.message(this.presence, { request: 'configure', display: `${this.name} #${++this.announcements}` }).catch(() => {});
    };
    channel.onmessage = (ev) => {
      if (link.closed) return;
      const data = typeof ev.data === 'string' ? new TextEncoder().encode(ev.data) : new Uint8Array(ev.data);
      link.lastRx = performance.now();
      link.counters.rxMessages++;
      link.counters.rxBytes += data.length;
      if (!link.isOpen) channel.onopen();
      this.role.linkMessage(link, channelOf(data), data);
    };
    if (channel.readyState === 'open') channel.onopen();
  }

  onEvent(msg) {
    if (msg.janus !== 'event' || msg.sender !== this.presence) {
      const link = [...this.links.values()].find((l) => l.handle === msg.sender);
      if (link && msg.janus !== 'event') this.drop(link, msg.janus);
      return;
    }
    const data = msg.plugindata?.data || {};
    for (const p of data.publishers || []) this.subscribe(p.id).catch((e) => this.log(`subscribing to ${p.id} failed: ${e.message}`));
    for (const key of ['unpublished', 'leaving']) { const l = this.links.get(String(data[key])); if (l) this.drop(l, 'left the room'); }
    if (data.display && data.id !== undefined && data.id !== this.ownId) this.audienceReady();
  }

  // Someone subscribed: our photo again (at most once a second; the role sends it).
  audienceReady() {
    const link = this.publishLink;
    if (!link?.isOpen || this.introDue) return;
    const wait = Math.max(0, this.lastIntro + 1000 - performance.now());
    this.introDue = setTimeout(() => {
      this.introDue = null;
      this.lastIntro = performance.now();
      link.send('control', this.role.heartbeat());
      if (this.role.myPhoto) this.role.sendPhoto(link);
    }, wait);
  }

  drop(link, reason) {
    if (link.closed) return;
    link.closed = true;
    this.links.delete(link.remote);
    this.log(`link to ${link.remote} closed: ${reason}`);
    try { this.role.linkClosed(link, reason); } finally { link.pc.close(); }
  }

  watchdog() {
    const now = performance.now();
    for (const link of [...this.links.values()]) if (link.isOpen && now - link.lastRx > this.idleTimeoutMs) this.drop(link, `nothing received for ${this.idleTimeoutMs / 1000} s`);
    const pub = this.publishLink;
    if (pub?.isOpen && now - pub.lastTx > this.heartbeatMs) pub.send('control', this.role.heartbeat());
  }

  close() {
    clearInterval(this.timer);
    clearInterval(this.keepalive);
    clearTimeout(this.introDue);
    for (const link of [...this.links.values()]) this.drop(link, 'closing');
    this.publishLink?.pc.close();
    this.janus?.request({ janus: 'destroy' }).catch(() => {});
    setTimeout(() => this.janus?.ws.close(), 200);
  }
}
