/**
 * The bench's `--http2` mode: the built site served as a real host serves it, HTTP/2 over
 * TLS (one connection, every request multiplexed on it), by the same file handler as the
 * default HTTP/1.1 server (scripts/lib/static-server.ts). The certificate is self-signed,
 * made at run time with `openssl` for 127.0.0.1 and thrown away afterwards; Chromium
 * accepts it through `--ignore-certificate-errors-spki-list`, which trusts this one key
 * only (chromiumArgs), not every certificate.
 */
import { spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createSecureServer, type ServerHttp2Session } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listenOn, staticHandler, type Served } from '../static-server.ts';

export interface SelfSigned {
  key: Buffer;
  cert: Buffer;
  /** Base64 SHA-256 of the certificate's public key (SubjectPublicKeyInfo), as Chromium's SPKI list takes it. */
  spki: string;
}

/** A throw-away certificate for `host` (an IP address), valid one day. */
export function selfSigned(host = '127.0.0.1'): SelfSigned {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  try {
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${host}`,
        '-addext',
        `subjectAltName=IP:${host}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (made.error || made.status !== 0)
      throw new Error(
        `--http2 needs openssl to make a self-signed certificate (apt-get install -y openssl): ${made.error?.message ?? made.stderr}`,
      );
    const cert = readFileSync(join(dir, 'cert.pem'));
    const der = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
    return { key: readFileSync(join(dir, 'key.pem')), cert, spki: createHash('sha256').update(der).digest('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Chromium's flags to accept `tls`'s certificate, and only it. */
export const chromiumArgs = (tls: SelfSigned): string[] => [`--ignore-certificate-errors-spki-list=${tls.spki}`];

/** `root` served over HTTP/2 with TLS at https://127.0.0.1:<port>/ (no HTTP/1.1 fallback). */
export async function serveStaticHttp2(root: string, tls: SelfSigned, { base = '/', host = '127.0.0.1' } = {}): Promise<Served> {
  let sent = 0;
  const server = createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: false });
  const sessions = new Set<ServerHttp2Session>();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  server.on(
    'request',
    staticHandler(root, base, (bytes) => {
      sent += bytes;
    }),
  );
  const port = await listenOn(server, 0, host);
  return {
    server,
    url: `https://${host}:${port}${base}`,
    bytesSent: () => sent,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // HTTP/2 sessions stay open after the browser is gone: close them, or close() waits for them.
        for (const session of sessions) session.close();
      }),
  };
}
