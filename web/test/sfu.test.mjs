// channelOf: the channel a Janus-relayed message belongs to, from its packet kind (as shared/sfu.py).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { channelOf } from '../src/sfu.js';
import { Bye, encode, Hello } from '../src/protocol.js';

test('media packets are media, the rest control', () => {
  assert.equal(channelOf(Uint8Array.of(0x95, 0x11)), 'media'); // fixarray, v1 media header
  assert.equal(channelOf(Uint8Array.of(0x95, 0x21)), 'media'); // v2 media
  assert.equal(channelOf(Uint8Array.of(0xdc, 0x00, 0x10, 0x11)), 'media'); // array16
  assert.equal(channelOf(encode(new Hello('a', ['opus']))), 'control');
  assert.equal(channelOf(encode(new Bye('done'))), 'control');
  for (const junk of [[], [0x95], [0xc1, 0x11], [0x95, 0xcc, 0x11]]) assert.equal(channelOf(Uint8Array.from(junk)), 'control');
});
