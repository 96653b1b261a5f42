// The signaling schema of issue 3 over a browser WebSocket: join a room, relay opaque `data` to
// one peer, hear who joins and leaves. Events go to the handlers given to the constructor.
export class SignalingError extends Error {
  constructor(code, message) { super(`${code}: ${message}`); this.code = code; }
}

export class Signaling {
  /** url: ws://host:port/; handlers: {peerJoined(id), peerLeft(id), signal(from, data), error(code, msg), closed()} */
  constructor(url, room, peer, token, handlers) {
    Object.assign(this, { url, room, peer, token, handlers });
    this.ws = null;
  }

  /** Opens the socket and joins; resolves with the peers already in the room. */
  connect() {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url);
      this.ws = ws;
      let joined = false;
      ws.onopen = () => {
        const msg = { type: 'join', room: this.room, peer: this.peer };
        if (this.token) msg.token = this.token;
        ws.send(JSON.stringify(msg));
      };
      ws.onerror = () => { if (!joined) reject(new SignalingError('unreachable', `cannot reach ${this.url}`)); };
      ws.onclose = () => { if (joined) this.handlers.closed?.(); else reject(new SignalingError('closed', 'the server closed the connection')); };
      ws.onmessage = (ev) => {
        let msg;
        try { msg = JSON.parse(ev.data); } catch { return; }
        switch (msg.type) {
          case 'joined': joined = true; resolve(Array.isArray(msg.peers) ? msg.peers : []); break;
          case 'peer-joined': this.handlers.peerJoined?.(msg.peer); break;
          case 'peer-left': this.handlers.peerLeft?.(msg.peer); break;
          case 'signal': this.handlers.signal?.(msg.from, msg.data); break;
          case 'error':
            if (!joined) reject(new SignalingError(msg.code, msg.message));
            else this.handlers.error?.(msg.code, msg.message);
            break;
          default: break;
        }
      };
    });
  }

  send(to, data) {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify({ type: 'signal', to, data }));
  }

  close() {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify({ type: 'leave' }));
    this.ws?.close();
  }
}
