import assert from 'node:assert/strict';
import { test } from 'node:test';
import { photoGraphUrl } from '../src/photo-graph.js';

test('the photo graph endpoint is a WebSocket on the server that serves the page', () => {
  assert.equal(photoGraphUrl('http://example.org:8765/?room=a', { bytes: 12 }), 'ws://example.org:8765/photo-graph?bytes=12');
  assert.equal(photoGraphUrl('wss://example.org/', { bytes: 3, room: 'r 1', token: 'v1.9.x' }),
    'wss://example.org/photo-graph?bytes=3&room=r+1&token=v1.9.x');
  assert.equal(photoGraphUrl('https://example.org/app/', { bytes: 3, room: 'r' }), 'wss://example.org/photo-graph?bytes=3');
});
