// One RTCPeerConnection per other peer in the room, like shared/peer.py: the peer whose id sorts
// first offers and creates the two data channels (`control` reliable, `media` unordered with
// maxRetransmits 0); SDP is sent once ICE gathering is complete (aiortc does not trickle), and
// browser-style {type: 'candidate'} messages are accepted too. ICE servers: none (host candidates)
// unless given (`?ice=` in the page's address, web/src/ice.js).
import { Signaling } from './signaling.js';

const CHANNELS = ['control', 'media'];

function waitForGathering(pc, timeoutMs = 3000) {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { if (pc.iceGatheringState === 'complete') { pc.removeEventListener('icegatheringstatechange', done); resolve(); } };
    pc.addEventListener('icegatheringstatechange', done);
    setTimeout(resolve, timeoutMs);
  });
}

export class Link {
  constructor(remote, pc) {
    Object.assign(this, { remote, pc, channels: {}, isOpen: false, closed: false, lastRx: performance.now(), lastTx: performance.now() });
    this.counters = { rxMessages: 0, rxBytes: 0, txMessages: 0, txBytes: 0, mediaDroppedFull: 0 };
  }

  send(label, data) {
    const ch = this.channels[label];
    if (this.closed || !ch || ch.readyState !== 'open') return false;
    // Late media is useless: drop it rather than queue it behind a congested channel.
    if (label === 'media' && ch.bufferedAmount > 32 * 1024) { this.counters.mediaDroppedFull++; return false; }
    ch.send(data);
    this.counters.txMessages++;
    this.counters.txBytes += data.byteLength;
    this.lastTx = performance.now();
    return true;
  }
}

export class Mesh {
  /** role: {linkOpen(link), linkMessage(link, label, Uint8Array), linkClosed(link, reason), heartbeat() -> Uint8Array} */
  constructor({ url, room, peer, token = null, idleTimeoutMs = 4000, heartbeatMs = 1000, iceServers = [] }, role, log = () => {}) {
    Object.assign(this, { url, room, peer, token, idleTimeoutMs, heartbeatMs, iceServers, role, log });
    this.links = new Map();
    this.timer = null;
  }

  async start() {
    this.signaling = new Signaling(this.url, this.room, this.peer, this.token, {
      peerJoined: (p) => this.maybeOffer(p),
      peerLeft: (p) => { const l = this.links.get(p); if (l) this.drop(l, 'left the room'); },
      signal: (from, data) => this.onSignal(from, data).catch((e) => this.log(`signal from ${from} failed: ${e}`)),
      error: (code, message) => this.log(`signaling server: ${code}: ${message}`),
      closed: () => this.log('signaling connection closed'),
    });
    const peers = await this.signaling.connect();
    this.log(`joined room ${this.room} as ${this.peer}; peers here: ${peers.join(', ') || 'none'}`);
    for (const p of peers) await this.maybeOffer(p);
    this.timer = setInterval(() => this.watchdog(), 250);
  }

  openLinks() { return [...this.links.values()].filter((l) => l.isOpen && !l.closed); }

  newLink(remote) {
    const pc = new RTCPeerConnection({ iceServers: this.iceServers });
    const link = new Link(remote, pc);
    this.links.set(remote, link);
    pc.ondatachannel = (ev) => this.watchChannel(link, ev.channel);
    pc.onconnectionstatechange = () => {
      if (['failed', 'closed'].includes(pc.connectionState) && !link.closed) this.drop(link, `connection ${pc.connectionState}`);
    };
    return link;
  }

  async maybeOffer(remote) {
    if (remote === this.peer || this.links.has(remote) || this.peer > remote) return; // smaller id offers
    const link = this.newLink(remote);
    const { pc } = link;
    this.watchChannel(link, pc.createDataChannel('control'));
    this.watchChannel(link, pc.createDataChannel('media', { ordered: false, maxRetransmits: 0 }));
    await pc.setLocalDescription(await pc.createOffer());
    await waitForGathering(pc);
    this.signaling.send(remote, { type: 'offer', sdp: pc.localDescription.sdp });
  }

  async onSignal(remote, data) {
    if (!data || typeof data !== 'object') return;
    if (data.type === 'offer') {
      const old = this.links.get(remote);
      if (old) this.drop(old, 'renegotiated');
      const link = this.newLink(remote);
      await link.pc.setRemoteDescription({ type: 'offer', sdp: String(data.sdp) });
      await link.pc.setLocalDescription(await link.pc.createAnswer());
      await waitForGathering(link.pc);
      this.signaling.send(remote, { type: 'answer', sdp: link.pc.localDescription.sdp });
    } else if (data.type === 'answer' && this.links.has(remote)) {
      await this.links.get(remote).pc.setRemoteDescription({ type: 'answer', sdp: String(data.sdp) });
    } else if (data.type === 'candidate' && this.links.has(remote) && data.candidate) {
      await this.links.get(remote).pc.addIceCandidate({ candidate: String(data.candidate), sdpMid: data.sdpMid, sdpMLineIndex: data.sdpMLineIndex });
    }
  }

  watchChannel(link, channel) {
    const label = channel.label;
    if (!CHANNELS.includes(label) || link.channels[label]) { this.log(`peer ${link.remote} opened an unexpected channel ${label}`); return; }
    channel.binaryType = 'arraybuffer';
    link.channels[label] = channel;
    const onOpen = () => {
      if (!link.isOpen && CHANNELS.every((k) => link.channels[k]?.readyState === 'open')) {
        link.isOpen = true;
        link.lastRx = performance.now();
        this.log(`link to ${link.remote} open`);
        this.role.linkOpen(link);
      }
    };
    channel.onopen = onOpen;
    channel.onmessage = (ev) => {
      if (link.closed) return;
      const data = typeof ev.data === 'string' ? new TextEncoder().encode(ev.data) : new Uint8Array(ev.data);
      link.lastRx = performance.now();
      link.counters.rxMessages++;
      link.counters.rxBytes += data.length;
      this.role.linkMessage(link, label, data);
    };
    if (channel.readyState === 'open') onOpen();
  }

  drop(link, reason) {
    if (link.closed) return;
    link.closed = true;
    if (this.links.get(link.remote) === link) this.links.delete(link.remote);
    this.log(`link to ${link.remote} closed: ${reason}`);
    try { this.role.linkClosed(link, reason); } finally { link.pc.close(); }
  }

  watchdog() {
    const now = performance.now();
    for (const link of [...this.links.values()]) {
      if (!link.isOpen) continue;
      if (now - link.lastRx > this.idleTimeoutMs) this.drop(link, `nothing received for ${this.idleTimeoutMs / 1000} s`);
      else if (now - link.lastTx > this.heartbeatMs) link.send('control', this.role.heartbeat());
    }
  }

  close() {
    clearInterval(this.timer);
    for (const link of [...this.links.values()]) this.drop(link, 'closing');
    this.signaling?.close();
  }
}
