/**
 * Certificates for a mutual-TLS test: a throwaway CA, a server certificate for 127.0.0.1 (and localhost) and a
 * client certificate, all signed by that CA, made with the openssl CLI (argument arrays, no shell) in a private
 * temporary directory. Valid for one day; remove() deletes the directory.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { removeTree } from '../../src/cache/fs.js';

export interface TlsCerts {
  readonly dir: string;
  readonly caCert: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly clientCert: string;
  readonly clientKey: string;
  /** A second CA's client certificate: well formed, but not trusted by the server. */
  readonly strangerCert: string;
  readonly strangerKey: string;
  remove(): Promise<void>;
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

async function openssl(args: readonly string[], cwd: string): Promise<void> {
  await run('openssl', args, { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, timeoutMs: 60_000 });
}

async function makeCa(dir: string, name: string): Promise<{ cert: string; key: string }> {
  const cert = path.join(dir, `${name}.pem`);
  const key = path.join(dir, `${name}-key.pem`);
  await openssl(
    [
      'req',
      '-x509',
      ...EC_KEY,
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      `/CN=go-container-ci test ${name}`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  return { cert, key };
}

/** A leaf certificate signed by `ca`, with the given extensions (written to a file openssl reads). */
async function makeLeaf(
  dir: string,
  name: string,
  ca: { cert: string; key: string },
  extensions: readonly string[],
): Promise<{ cert: string; key: string }> {
  const key = path.join(dir, `${name}-key.pem`);
  const csr = path.join(dir, `${name}.csr`);
  const cert = path.join(dir, `${name}.pem`);
  const ext = path.join(dir, `${name}.ext`);
  writeFileSync(ext, `${extensions.join('\n')}\n`);
  await openssl(['req', ...EC_KEY, '-keyout', key, '-out', csr, '-subj', `/CN=${name}`], dir);
  await openssl(
    [
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      ca.cert,
      '-CAkey',
      ca.key,
      '-CAcreateserial',
      '-days',
      '1',
      '-extfile',
      ext,
      '-out',
      cert,
    ],
    dir,
  );
  return { cert, key };
}

export async function makeTlsCerts(prefix: string): Promise<TlsCerts> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `gcc-tls-${prefix}-`));
  const ca = await makeCa(dir, 'ca');
  const server = await makeLeaf(dir, 'server', ca, [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth',
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ]);
  const clientExt = [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=clientAuth',
  ];
  const client = await makeLeaf(dir, 'client', ca, clientExt);
  const strangerCa = await makeCa(dir, 'stranger-ca');
  const stranger = await makeLeaf(dir, 'stranger', strangerCa, clientExt);
  return {
    dir,
    caCert: ca.cert,
    serverCert: server.cert,
    serverKey: server.key,
    clientCert: client.cert,
    clientKey: client.key,
    strangerCert: stranger.cert,
    strangerKey: stranger.key,
    remove: () => removeTree(dir),
  };
}
