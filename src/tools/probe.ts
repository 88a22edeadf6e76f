/**
 * Probes of a service under a smoke run: does the port accept a TCP connection, and what status does a GET of
 * a path answer. Each probe has its own short timeout and never throws: it says what it saw.
 */
import net from 'node:net';
import http from 'node:http';

export type TcpProbe = { readonly open: true } | { readonly open: false; readonly error: string };

/** Connects to host:port and closes at once. */
export function probeTcp(host: string, port: number, timeoutMs: number): Promise<TcpProbe> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (r: TcpProbe) => {
      socket.destroy();
      resolve(r);
    };
    socket.setTimeout(timeoutMs, () => done({ open: false, error: 'connect timed out' }));
    socket.once('connect', () => done({ open: true }));
    socket.once('error', (e: NodeJS.ErrnoException) => done({ open: false, error: e.code ?? e.message }));
  });
}

export type HttpProbe = { readonly status: number } | { readonly error: string };

/** GET http://host:port/path; the status line is enough, the body is dropped. */
export function probeHttp(host: string, port: number, path: string, timeoutMs: number): Promise<HttpProbe> {
  return new Promise((resolve) => {
    const req = http.get(
      {
        host,
        port,
        path,
        timeout: timeoutMs,
        agent: false,
        headers: { 'user-agent': 'go-container-ci smoke' },
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      },
    );
    req.once('timeout', () => req.destroy(new Error('no answer in time')));
    req.once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
}
