// The page's ?ice= servers parse as the CLI's --ice-server does (shared/ice.py, tests/test_ice_servers.py).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { iceServersFromParams, parseIceServer } from '../src/ice.js';

test('stun and turn forms become RTCIceServer entries', () => {
  assert.deepEqual(parseIceServer('stun:10.0.0.1'), { urls: 'stun:10.0.0.1:3478' });
  assert.deepEqual(parseIceServer('turn:alice:s3cret@turn.example.org:3479'),
    { urls: 'turn:turn.example.org:3479?transport=udp', username: 'alice', credential: 's3cret' });
  assert.equal(parseIceServer('turns:a:b@h').urls, 'turns:h:5349?transport=tcp');
  const rest = parseIceServer('turn:1700000000%3Aalice:a%2Fb%40c%3D@h:3478');
  assert.deepEqual([rest.username, rest.credential], ['1700000000:alice', 'a/b@c=']);
  const params = new URLSearchParams('room=r&ice=stun:s:1&ice=turn:u:p@h:2');
  assert.deepEqual(iceServersFromParams(params).map((s) => s.urls), ['stun:s:1', 'turn:h:2?transport=udp']);
  assert.deepEqual(iceServersFromParams(new URLSearchParams('room=r')), []);
});

test('a bad server says what is wrong', () => {
  for (const [text, says] of [
    ['stun.example.org:3478', 'is not a STUN/TURN URL'],
    ['tern:a:b@h', 'unknown scheme'],
    ['stun:h:70000', 'out of range'],
    ['stun:u:p@h', 'takes no credentials'],
    ['turn:h', 'needs USER:PASS@'],
    ['turns:a:b@h?transport=udp', 'transport must be udp or tcp'],
  ]) assert.throws(() => parseIceServer(text), (e) => e.message.includes(says), text);
});
