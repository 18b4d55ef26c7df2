/**
 * The loopback host: serves the built renderer and the real dispatcher over HTTP, bound to 127.0.0.1
 * only, with the same CSP as the app. End-to-end tests drive it in Chromium; developers can run the
 * renderer in a browser against it (`npm run dev:host`).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { contentSecurityPolicy } from '../../electron/main/csp';
import { resolveAppPath } from '../../electron/main/protocol';
import type { Events } from '../../shared/contract';
import { createDispatcher, type Dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { openDatabaseSession, type DatabaseSession } from '../../electron/services/core/session';
import { checkAllDomains } from '../../electron/services/domains';
import { bodyLimitFor, requestRefusal, SMALL_BODY_LIMIT } from './guard';
import { createHostPlatform } from './platform';

export interface HostOptions {
  dbPath: string;
  backupsDir: string;
  downloadsDir: string;
  rendererDir: string;
  port?: number;
  actor?: string;
}

export interface Host {
  url: string;
  dispatch: Dispatch;
  session: DatabaseSession;
  queueOpenPath(path: string): void;
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

class BodyTooLarge extends Error {}

/** Reads the body up to `limit` bytes; a sender that lied about (or left out) its length is cut off there. */
function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        request.pause();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Answers and closes the connection: the rest of a refused body is never read. */
function refuse(response: ServerResponse, status: 403 | 413): void {
  response.writeHead(status, { 'content-type': 'text/plain', connection: 'close' }).end(status === 413 ? 'Body too large' : 'Forbidden');
}

export async function startHost(options: HostOptions): Promise<Host> {
  const session = await openDatabaseSession({
    path: options.dbPath,
    backupsDir: options.backupsDir,
    actor: options.actor ?? 'host',
    // Restore (and leaving the demo, which swaps in an empty file) checks the candidate as the app does.
    check: checkAllDomains,
  });
  let origin = '';
  const platform = createHostPlatform(options.downloadsDir, { appUrl: () => origin });
  const streams = new Set<ServerResponse>();
  const progress = (event: Events['task.progress']) => {
    for (const stream of streams) stream.write(`event: task.progress\ndata: ${JSON.stringify(event)}\n\n`);
  };
  const dispatch = createDispatcher(createHandlers({ session, platform, progress }), {
    validateOutput: true,
    onChanged: (change) => {
      for (const stream of streams) stream.write(`event: data.changed\ndata: ${JSON.stringify(change)}\n\n`);
    },
    onInternalError: (method, error) => console.error(`[host] ${method} failed:`, error),
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', origin);
    const method = request.method === 'POST' && url.pathname.startsWith('/rpc/') ? decodeURIComponent(url.pathname.slice(5)) : null;
    // Every route, /events and the static files included: only this address, only pages it served.
    const limit = method === null ? SMALL_BODY_LIMIT : bodyLimitFor(method);
    const refusal = requestRefusal(request.headers, origin, limit);
    if (refusal !== null) {
      refuse(response, refusal);
      return;
    }
    if (method !== null) {
      let input: unknown;
      try {
        input = JSON.parse(await readBody(request, limit));
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          refuse(response, 413);
          return;
        }
        input = undefined;
      }
      const result = await dispatch(method, input);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      return;
    }
    if (request.method === 'GET' && url.pathname === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    if (request.method !== 'GET') {
      response.writeHead(405).end();
      return;
    }
    const file = resolveAppPath(options.rendererDir, `app://minga${url.pathname}`);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': contentSecurityPolicy(),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[host]', error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    dispatch,
    session,
    queueOpenPath: platform.queueOpenPath,
    async close() {
      for (const stream of streams) stream.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A browser may still hold keep-alive connections; closing must not wait for it to let go.
      server.closeAllConnections();
      await closed;
      session.close();
    },
  };
}
