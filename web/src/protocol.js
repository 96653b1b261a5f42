// photocall wire protocol v1 (shared/PROTOCOL.md) in JavaScript: encode/decode the packets of
// the `media` and `control` data channels. Pure functions over bytes; decode() either returns a
// packet or throws ProtocolError, never anything else.
import { decode as msgpackDecode, encode as msgpackEncode } from '@msgpack/msgpack';
import { decodeFrame, encodeFrame, FrameError } from './motion.js';

export const PROTOCOL_VERSION = 1;
/** Media versions this client speaks (advertised in Hello as "protocol-N"). */
export const SUPPORTED_VERSIONS = [1, 2];
export const VERSION_CAPABILITIES = SUPPORTED_VERSIONS.map((v) => `protocol-${v}`);
const MAX_MOTION_BYTES = 8192;
export const MAX_PACKET_BYTES = 65536;
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const MAX_CHUNK_BYTES = 60000;
export const MAX_CHUNKS = 36;
export const MAX_GRAPH_BYTES = 16 * 1024 * 1024; // a photo's gzipped render graph
export const MAX_GRAPH_CHUNKS = 1049; // 16,000-byte chunks
export const GRAPH_CHUNK_BYTES = 16000; // shared/packets.py: small messages, so heartbeats pass between them
const MAX_OPUS_BYTES = 4000; // one Opus packet (RFC 6716 §3)
const MAX_FRAMES = 16;

export const KIND = { media: 1, hello: 2, photoChunk: 3, clockSync: 4, notice: 5, bye: 6, graphChunk: 7 };
const KIND_NAMES = Object.fromEntries(Object.entries(KIND).map(([k, v]) => [v, k]));

export class ProtocolError extends Error {}

/** seq: uint16; timestamp: uint32 (48 kHz sample of the first audio sample); opus: Uint8Array;
 * motion: MotionFrame[] with ABSOLUTE timestamps (stored relative to `timestamp` mod 2**32). */
export class MediaPacket {
  constructor(seq, timestamp, opus, motion = []) {
    Object.assign(this, { kind: 'media', seq, timestamp, opus, motion });
  }
}
/** Protocol v2's media packet: motion is the coded bytes of its frames (Uint8Array; motion_v2.js
 * turns them into MotionFrames with the stream's state). */
export class MediaPacketV2 {
  constructor(seq, timestamp, opus, motion) {
    Object.assign(this, { kind: 'mediaV2', seq, timestamp, opus, motion });
  }
}
export class Hello {
  constructor(name, capabilities) { Object.assign(this, { kind: 'hello', name, capabilities }); }
}
/** A chunk of the gzipped ONNX render graph of the sender's photo photoId (face-graph.js). */
export class GraphChunk {
  constructor(photoId, index, count, data) { Object.assign(this, { kind: 'graphChunk', photoId, index, count, data }); }
}
export class PhotoChunk {
  constructor(photoId, index, count, data) { Object.assign(this, { kind: 'photoChunk', photoId, index, count, data }); }
}
/** sample, monotonicNs: BigInt (they may exceed 2**53). */
export class ClockSync {
  constructor(sample, monotonicNs) { Object.assign(this, { kind: 'clockSync', sample: BigInt(sample), monotonicNs: BigInt(monotonicNs) }); }
}
export class Notice {
  constructor(code, message) { Object.assign(this, { kind: 'notice', code, message }); }
}
export class Bye {
  constructor(reason = '') { Object.assign(this, { kind: 'bye', reason }); }
}

const header = (kind) => (PROTOCOL_VERSION << 4) | kind;
const utf8 = new TextEncoder();

function isUint(v, max) {
  return (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max)
    || (typeof v === 'bigint' && v >= 0n && v <= BigInt(max));
}
function checkUint(name, v, max) {
  if (!isUint(v, max)) throw new ProtocolError(`${name} must be an integer in 0..${max}, got ${v}`);
  return Number(v);
}
function checkStr(name, v, maxBytes) {
  if (typeof v !== 'string') throw new ProtocolError(`${name} must be a string`);
  if (utf8.encode(v).length > maxBytes) throw new ProtocolError(`${name} is longer than ${maxBytes} bytes`);
  return v;
}
function checkBin(name, v, maxBytes) {
  if (!(v instanceof Uint8Array)) throw new ProtocolError(`${name} must be bytes`);
  if (v.length > maxBytes) throw new ProtocolError(`${name} is ${v.length} bytes; the limit is ${maxBytes}`);
  return v;
}

// msgpack bin with the smallest length prefix (what msgpack-python writes).
function binHeader(n) {
  if (n < 256) return [0xc4, n];
  if (n < 65536) return [0xc5, n >> 8, n & 255];
  return [0xc6, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function encodeMedia(p) {
  const seq = checkUint('seq', p.seq, 0xffff);
  const ts = checkUint('timestamp', p.timestamp, 0xffffffff);
  checkBin('opus', p.opus, MAX_OPUS_BYTES);
  if (p.motion.length > MAX_FRAMES) throw new ProtocolError(`${p.motion.length} motion frames; the limit is ${MAX_FRAMES}`);
  let frames;
  try {
    frames = p.motion.map((f) => {
      let dt = (f.timestamp - ts) % 2 ** 32;
      if (dt >= 2 ** 31) dt -= 2 ** 32;
      if (dt < -(2 ** 31)) dt += 2 ** 32;
      return encodeFrame(f, dt);
    });
  } catch (e) {
    if (e instanceof FrameError) throw new ProtocolError(e.message);
    throw e;
  }
  const n = 4 + frames.length;
  // seq and timestamp are fixed-width uint16 / uint32 so that packet size does not depend on value.
  const parts = [n < 16 ? [0x90 | n] : [0xdc, n >> 8, n & 255], [header(KIND.media)],
    [0xcd, seq >> 8, seq & 255], [0xce, (ts >>> 24) & 255, (ts >> 16) & 255, (ts >> 8) & 255, ts & 255],
    binHeader(p.opus.length), p.opus];
  for (const f of frames) parts.push(binHeader(f.length), f);
  const size = parts.reduce((s, a) => s + a.length, 0);
  if (size > MAX_PACKET_BYTES) throw new ProtocolError(`packet is ${size} bytes; the limit is ${MAX_PACKET_BYTES}`);
  const out = new Uint8Array(size);
  let k = 0;
  for (const a of parts) { out.set(a, k); k += a.length; }
  return out;
}

function encodeMediaV2(p) {
  const seq = checkUint('seq', p.seq, 0xffff);
  const ts = checkUint('timestamp', p.timestamp, 0xffffffff);
  checkBin('opus', p.opus, MAX_OPUS_BYTES);
  checkBin('motion', p.motion, MAX_MOTION_BYTES);
  const parts = [[0x95, 0x21], [0xcd, seq >> 8, seq & 255],
    [0xce, (ts >>> 24) & 255, (ts >> 16) & 255, (ts >> 8) & 255, ts & 255],
    binHeader(p.opus.length), p.opus, binHeader(p.motion.length), p.motion];
  const out = new Uint8Array(parts.reduce((n, a) => n + a.length, 0));
  let k = 0;
  for (const a of parts) { out.set(a, k); k += a.length; }
  return out;
}

/** The versions a peer's Hello capabilities advertise ([1] when none: a peer from before v2). */
export function peerVersions(capabilities) {
  const found = new Set();
  for (const c of capabilities) {
    const n = typeof c === 'string' && c.startsWith('protocol-') ? c.slice(9) : '';
    if (/^[0-9]{1,5}$/.test(n)) found.add(Number(n));
  }
  return found.size ? [...found].sort((a, b) => a - b) : [1];
}

/** The media version to send a peer with these Hello capabilities: the highest both speak.
 * Throws ProtocolError naming both sides' versions when none is shared. */
export function negotiate(capabilities, mine = SUPPORTED_VERSIONS) {
  const theirs = peerVersions(capabilities);
  const shared = theirs.filter((v) => mine.includes(v));
  if (!shared.length) throw new ProtocolError(`no shared protocol version: the peer speaks ${theirs.join(', ')}; this peer speaks ${mine.join(', ')}`);
  return Math.max(...shared);
}

function validate(p) {
  switch (p.kind) {
    case 'hello':
      checkStr('name', p.name, 64);
      if (!Array.isArray(p.capabilities) || p.capabilities.length > 16) throw new ProtocolError('capabilities must be an array of at most 16 strings');
      p.capabilities.forEach((c) => checkStr('capability', c, 32));
      return [p.name, p.capabilities];
    case 'photoChunk': case 'graphChunk': {
      const max = p.kind === 'photoChunk' ? MAX_CHUNKS : MAX_GRAPH_CHUNKS;
      checkUint('photo_id', p.photoId, 0xffffffff);
      const count = checkUint('count', p.count, max);
      if (count < 1) throw new ProtocolError('count must be at least 1');
      const index = checkUint('index', p.index, max);
      if (index >= count) throw new ProtocolError(`index ${index} is not below count ${count}`);
      checkBin('data', p.data, MAX_CHUNK_BYTES);
      if (p.data.length === 0) throw new ProtocolError(`${p.kind === 'photoChunk' ? 'photo' : 'graph'} chunk data is empty`);
      return [p.photoId, p.index, p.count, p.data];
    }
    case 'clockSync':
      checkUint('sample', p.sample, 2n ** 63n);
      checkUint('monotonic_ns', p.monotonicNs, 2n ** 63n);
      return [p.sample, p.monotonicNs];
    case 'notice':
      return [checkStr('code', p.code, 32), checkStr('message', p.message, 512)];
    case 'bye':
      return [checkStr('reason', p.reason, 512)];
    default:
      throw new ProtocolError(`unknown packet kind ${p.kind}`);
  }
}

/** The bytes of one packet (Uint8Array). Throws ProtocolError for out-of-range fields. */
export function encode(packet) {
  if (packet.kind === 'media') return encodeMedia(packet);
  if (packet.kind === 'mediaV2') return encodeMediaV2(packet);
  const fields = validate(packet);
  // Integers below 2**32 go as numbers (msgpack picks the smallest width); larger ones as BigInt,
  // which @msgpack/msgpack writes as uint 64 like msgpack-python (a Number would become a float).
  const norm = fields.map((v) => (typeof v === 'bigint' && v < 2n ** 32n ? Number(v) : v));
  const out = msgpackEncode([header(KIND[packet.kind]), ...norm], { useBigInt64: true });
  if (out.length > MAX_PACKET_BYTES) throw new ProtocolError(`packet is ${out.length} bytes; the limit is ${MAX_PACKET_BYTES}`);
  return out;
}

function expectLength(items, n, what) {
  if (items.length !== n) throw new ProtocolError(`${what} has ${items.length} fields, expected ${n}`);
}

/** One packet from its bytes (Uint8Array or ArrayBuffer). Throws ProtocolError only. */
export function decode(data) {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > MAX_PACKET_BYTES) throw new ProtocolError(`packet is ${bytes.length} bytes; the limit is ${MAX_PACKET_BYTES}`);
  if (bytes.length === 0) throw new ProtocolError('empty packet');
  let items;
  try {
    items = msgpackDecode(bytes, { useBigInt64: true, maxDepth: 4 });
  } catch (e) {
    throw new ProtocolError(`not msgpack: ${e.message}`);
  }
  if (!Array.isArray(items) || items.length === 0) throw new ProtocolError('a packet is a non-empty msgpack array');
  const h = items[0];
  if (typeof h !== 'number' || !Number.isInteger(h) || h < 0 || h > 255) throw new ProtocolError('bad header byte');
  if (h === 0x21) {
    if (items.length !== 5) throw new ProtocolError(`MediaPacketV2 has 4 fields, got ${items.length - 1}`);
    const seq = checkUint('seq', items[1], 0xffff);
    const ts = checkUint('timestamp', items[2], 0xffffffff);
    const opus = checkBin('opus', items[3], MAX_OPUS_BYTES);
    const motion = checkBin('motion', items[4], MAX_MOTION_BYTES);
    return new MediaPacketV2(seq, ts, opus, motion); // motion_v2.js decodes it with the stream state
  }
  if (h >> 4 !== PROTOCOL_VERSION) throw new ProtocolError(`protocol version ${h >> 4} is not ${PROTOCOL_VERSION}`);
  const kind = KIND_NAMES[h & 15];
  if (!kind) throw new ProtocolError(`unknown packet kind ${h & 15}`);
  if (kind === 'media') {
    if (items.length < 4) throw new ProtocolError('media packet has fewer than 4 fields');
    const seq = checkUint('seq', items[1], 0xffff);
    const ts = checkUint('timestamp', items[2], 0xffffffff);
    const opus = checkBin('opus', items[3], MAX_OPUS_BYTES);
    if (items.length > 4 + MAX_FRAMES) throw new ProtocolError(`${items.length - 4} motion frames; the limit is ${MAX_FRAMES}`);
    const motion = items.slice(4).map((f) => {
      checkBin('motion frame', f, 9 + 52 + 12);
      try {
        return decodeFrame(f, ts);
      } catch (e) {
        throw new ProtocolError(e.message);
      }
    });
    return new MediaPacket(seq, ts, opus, motion);
  }
  let p;
  if (kind === 'hello') { expectLength(items, 3, 'hello'); p = new Hello(items[1], items[2]); }
  else if (kind === 'photoChunk') { expectLength(items, 5, 'photo chunk'); p = new PhotoChunk(items[1], items[2], items[3], items[4]); }
  else if (kind === 'graphChunk') { expectLength(items, 5, 'graph chunk'); p = new GraphChunk(items[1], items[2], items[3], items[4]); }
  else if (kind === 'clockSync') {
    expectLength(items, 3, 'clock sync');
    checkUint('sample', items[1], 2n ** 63n);
    checkUint('monotonic_ns', items[2], 2n ** 63n);
    p = new ClockSync(items[1], items[2]);
  }
  else if (kind === 'notice') { expectLength(items, 3, 'notice'); p = new Notice(items[1], items[2]); }
  else { expectLength(items, 2, 'bye'); p = new Bye(items[1]); }
  validate(p);
  if (p.kind === 'photoChunk' || p.kind === 'graphChunk') { p.photoId = Number(p.photoId); p.index = Number(p.index); p.count = Number(p.count); }
  return p;
}

/** A photo (JPEG/PNG/WebP bytes) as the PhotoChunks that carry it. */
export function photoChunks(photo, photoId) {
  if (photo.length > MAX_PHOTO_BYTES) throw new ProtocolError(`photo is ${photo.length} bytes; the limit is ${MAX_PHOTO_BYTES}`);
  if (photo.length === 0) throw new ProtocolError('photo is empty');
  const count = Math.ceil(photo.length / MAX_CHUNK_BYTES);
  return Array.from({ length: count }, (_, i) => new PhotoChunk(photoId, i, count,
    photo.subarray(i * MAX_CHUNK_BYTES, (i + 1) * MAX_CHUNK_BYTES)));
}

/** A photo's gzipped render graph as the GraphChunks that carry it (shared/photo.py graph_chunks). */
export function graphChunks(graph, photoId) {
  if (graph.length === 0 || graph.length > MAX_GRAPH_BYTES) throw new ProtocolError(`render graph is ${graph.length} bytes; 1 to ${MAX_GRAPH_BYTES} are allowed`);
  const count = Math.ceil(graph.length / GRAPH_CHUNK_BYTES);
  return Array.from({ length: count }, (_, i) => new GraphChunk(photoId, i, count,
    graph.subarray(i * GRAPH_CHUNK_BYTES, (i + 1) * GRAPH_CHUNK_BYTES)));
}

/** Reassembles photos by photo_id; add() returns the whole photo once complete, else null. */
export class PhotoAssembler {
  constructor() { this.pending = new Map(); }
  add(chunk) {
    let entry = this.pending.get(chunk.photoId);
    if (!entry) {
      entry = { count: chunk.count, parts: new Array(chunk.count), have: 0 };
      this.pending.set(chunk.photoId, entry);
      // Keep only a few partial photos so a misbehaving peer cannot grow memory without bound.
      if (this.pending.size > 4) this.pending.delete(this.pending.keys().next().value);
    }
    if (entry.count !== chunk.count) throw new ProtocolError(`photo ${chunk.photoId}: count changed from ${entry.count} to ${chunk.count}`);
    if (!entry.parts[chunk.index]) entry.have++;
    entry.parts[chunk.index] = chunk.data;
    if (entry.have < entry.count) return null;
    this.pending.delete(chunk.photoId);
    const total = entry.parts.reduce((s, a) => s + a.length, 0);
    if (total > MAX_PHOTO_BYTES) throw new ProtocolError(`photo is ${total} bytes; the limit is ${MAX_PHOTO_BYTES}`);
    const out = new Uint8Array(total);
    let k = 0;
    for (const a of entry.parts) { out.set(a, k); k += a.length; }
    return out;
  }
}

/** Reassembles one sender's render graphs (gzipped ONNX, <= 16 MiB): at most one incomplete
 * graph is held (a chunk of another photo's graph drops it), so a peer cannot grow memory. */
export class GraphAssembler {
  constructor() { this.entry = null; }
  add(chunk) {
    let entry = this.entry;
    if (!entry || entry.photoId !== chunk.photoId) {
      entry = this.entry = { photoId: chunk.photoId, count: chunk.count, parts: new Array(chunk.count), have: 0, bytes: 0 };
    }
    if (entry.count !== chunk.count) { this.entry = null; throw new ProtocolError(`graph of photo ${chunk.photoId}: count changed from ${entry.count} to ${chunk.count}`); }
    if (entry.parts[chunk.index]) { this.entry = null; throw new ProtocolError(`graph of photo ${chunk.photoId}: chunk ${chunk.index} arrived twice`); }
    entry.parts[chunk.index] = chunk.data;
    entry.have++;
    entry.bytes += chunk.data.length;
    if (entry.bytes > MAX_GRAPH_BYTES) { this.entry = null; throw new ProtocolError(`render graph is over ${MAX_GRAPH_BYTES} bytes`); }
    if (entry.have < entry.count) return null;
    this.entry = null;
    const out = new Uint8Array(entry.bytes);
    let k = 0;
    for (const a of entry.parts) { out.set(a, k); k += a.length; }
    return out;
  }
}

/** Unwraps a counter of `bits` bits that may arrive out of order into a monotonic integer. */
export class Unwrapper {
  constructor(bits) { this.modulus = 2 ** bits; this.last = null; }
  unwrap(value) {
    if (this.last === null) { this.last = value; return value; }
    const m = this.modulus;
    let delta = (value - (this.last % m) + m) % m;
    if (delta >= m / 2) delta -= m;
    const out = this.last + delta;
    if (out > this.last) this.last = out;
    return out;
  }
}

// One Opus packet of 20, 40 or 60 ms per media packet; 80-120 ms under a wire budget
// (`photocall send --max-kbps`): shared/codec.py's VALID_PACKET_MS.
export const VALID_SAMPLES = [960, 1920, 2880, 3840, 4800, 5760];

/** The Opus packet of `samples` that holds no audio and says "silence from here until the next
 * packet" (shared/codec.py dtx_packet): DTX frames, RFC 6716 §3.2.1. 20/40/60 ms: one TOC byte
 * (SILK wideband, code 0); 80-120 ms: code 3, that many 20 ms frames of zero bytes. */
export function dtxPacket(samples) {
  if (!VALID_SAMPLES.includes(samples)) throw new RangeError(`no DTX packet of ${samples} samples`);
  const single = { 960: 9, 1920: 10, 2880: 11 };
  if (samples in single) return Uint8Array.of(single[samples] << 3);
  return Uint8Array.of((9 << 3) | 3, samples / 960);
}

/** An Opus packet of DTX frames only (dtxPacket): no audio, the sender fell silent. */
export function isDtx(opus) {
  if (opus.length === 1) return true;
  return opus.length === 2 && (opus[0] & 3) === 3 && (opus[1] & 0xc0) === 0 && (opus[1] & 0x3f) > 0;
}
