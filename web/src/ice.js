// ICE servers from the page's address, in the CLI's form (shared/ice.py): repeat `ice=` with
// stun:HOST[:PORT], turn:USER:PASS@HOST[:PORT][?transport=udp|tcp] or turns:USER:PASS@HOST[:PORT]
// (USER and PASS percent-encoded, so a time-limited "EXPIRY:USER" name is EXPIRY%3AUSER). None by
// default: host candidates only. A bad one throws an Error saying what is wrong.
const URL_RE = /^([A-Za-z]+):(?:([^@/?#]*)@)?([^:/?#@[\]]+)(?::([0-9]{1,5}))?(?:\?transport=([A-Za-z]+))?$/;
const DEFAULT_PORT = { stun: 3478, turn: 3478, turns: 5349 };

export function parseIceServer(text) {
  const m = URL_RE.exec(String(text).trim());
  if (!m) throw new Error(`${JSON.stringify(text)} is not a STUN/TURN URL: expected stun:HOST:PORT or turn:USER:PASS@HOST:PORT`);
  const [, rawScheme, userinfo, host, rawPort, rawTransport] = m;
  const scheme = rawScheme.toLowerCase();
  if (!(scheme in DEFAULT_PORT)) throw new Error(`${JSON.stringify(text)}: unknown scheme ${JSON.stringify(rawScheme)} (stun, turn or turns)`);
  const port = rawPort ? Number(rawPort) : DEFAULT_PORT[scheme];
  if (port < 1 || port > 65535) throw new Error(`${JSON.stringify(text)}: port ${port} is out of range`);
  if (scheme === 'stun') {
    if (userinfo !== undefined || rawTransport) throw new Error(`${JSON.stringify(text)}: a STUN server takes no credentials or transport`);
    return { urls: `stun:${host}:${port}` };
  }
  const transport = (rawTransport || (scheme === 'turns' ? 'tcp' : 'udp')).toLowerCase();
  if (!['udp', 'tcp'].includes(transport) || (scheme === 'turns' && transport !== 'tcp')) {
    throw new Error(`${JSON.stringify(text)}: transport must be udp or tcp (turns: tcp only)`);
  }
  const i = userinfo === undefined ? -1 : userinfo.indexOf(':');
  if (i <= 0 || i === userinfo.length - 1) throw new Error(`${JSON.stringify(text)}: a TURN server needs USER:PASS@ in the URL`);
  return {
    urls: `${scheme}:${host}:${port}?transport=${transport}`,
    username: decodeURIComponent(userinfo.slice(0, i)),
    credential: decodeURIComponent(userinfo.slice(i + 1)),
  };
}

/** RTCIceServer list of every `ice` parameter of a URLSearchParams. */
export function iceServersFromParams(params) {
  return params.getAll('ice').map(parseIceServer);
}
