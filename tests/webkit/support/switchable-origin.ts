import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the origin serves: the build as it is, or the build with the service worker of the release before. */
export type Release = 'current' | 'previous';

/**
 * A small proxy in front of the preview server, on a port of its own: a fresh origin, so each
 * journey starts with empty storage and no service worker. WebDriver cannot take a browser
 * offline, so the journey switches this off instead (the server stops answering, as with no
 * network); and it can serve the previous release's service worker to fake a deploy.
 */
export class SwitchableOrigin {
  release: Release = 'current';
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #target: URL;
  #online = true;
  #port = 0;

  private constructor(target: string) {
    this.#target = new URL(target);
    this.#server = createServer((incoming, outgoing) => {
      const headers = { ...incoming.headers, host: this.#target.host };
      // Uncompressed, so that the previous release's worker can be written out of it.
      delete headers['accept-encoding'];
      const upstream = request({ host: this.#target.hostname, port: this.#target.port, method: incoming.method, path: incoming.url, headers }, (response) => {
        if (this.release === 'previous' && incoming.url?.split('?')[0] === '/service-worker.js') {
          // Byte-different from the real worker: the browser takes the real one for a new release.
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const body = Buffer.concat([...chunks, Buffer.from('\n// the previous release\n')]);
            const headers = { ...response.headers, 'content-length': String(body.length) };
            delete headers.etag;
            outgoing.writeHead(response.statusCode ?? 200, headers).end(body);
          });
          return;
        }
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      });
      upstream.on('error', () => outgoing.destroy());
      incoming.pipe(upstream);
    });
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  /** Opens a new origin in front of `target` (the preview server's address). */
  static async open(target: string): Promise<SwitchableOrigin> {
    const origin = new SwitchableOrigin(target);
    await new Promise<void>((resolve) => origin.#server.listen(0, resolve));
    origin.#port = (origin.#server.address() as AddressInfo).port;
    return origin;
  }

  /** The origin's address; localhost, so the browser treats it as secure and allows a service worker. */
  get url(): string {
    return `http://localhost:${this.#port}`;
  }

  /** Stops answering at all: connections are refused, as for a device with no network. */
  async goOffline(): Promise<void> {
    if (!this.#online) return;
    this.#online = false;
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const socket of this.#sockets) socket.destroy();
    await closed;
  }

  /** Stops the proxy for good. */
  close(): Promise<void> {
    return this.goOffline();
  }
}
