// The static server the browser tests and the bench use: close() stops it even while a client
// still holds a connection in the middle of a request (a browser's request in flight as a test
// ends). Before, close() waited for that connection for ever and a browser test's afterAll hung.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';

describe('serveStatic close()', () => {
  it('resolves while a client holds a connection with a request half sent', async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-close-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    const served = await serveStatic(root);
    const { port } = new URL(served.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => {}); // the server resets the connection: that is what is asked of it
    await new Promise<void>((done) => socket.once('connect', () => done()));
    socket.write('GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // no blank line: the request is not over
    const ended = new Promise<void>((done) => socket.once('close', () => done()));
    await served.close();
    await ended;
    expect(socket.destroyed).toBe(true);
  });
});
