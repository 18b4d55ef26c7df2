import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SMALL_BODY_LIMIT } from '../host/guard';
import { startHost, type Host } from '../host/server';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
let host: Host | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function startIn(dir: string): Promise<Host> {
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Minga</title>');
  host = await startHost({ dbPath: join(dir, 'm.sqlite'), backupsDir: join(dir, 'b'), downloadsDir: dir, rendererDir });
  return host;
}

/** A raw request, so the test can send the Host and Origin headers a browser would not let a page set. */
function send(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string; chunked?: boolean },
): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} },
      (res) => {
        if (res.headers['content-type'] === 'text/event-stream') {
          resolve({ status: res.statusCode!, body: '' });
          res.destroy();
          return;
        }
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      },
    );
    // The host may close the connection while a refused body is still being sent.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (options.chunked && options.body) {
      const body = Buffer.from(options.body);
      for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024));
      req.end();
    } else req.end(options.body);
  });
}

describe('loopback host (issue 5, security)', () => {
  it('checks Host and Origin on every route: static files, /events and /rpc', async () => {
    const { url } = await startIn(tempDir());
    const own = new URL(url).host;
    const foreignHost = { host: `evil.example:${new URL(url).port}` };
    const foreignOrigin = { host: own, origin: 'https://evil.example' };
    const rpc = { method: 'POST', path: '/rpc/coop.get', body: '{}' };

    expect((await send(url, { path: '/index.html', headers: { host: own } })).status).toBe(200);
    expect((await send(url, { path: '/events', headers: { host: own } })).status).toBe(200);
    expect((await send(url, { ...rpc, headers: { host: own, origin: url } })).status).toBe(200);
    for (const headers of [foreignHost, foreignOrigin]) {
      expect((await send(url, { path: '/index.html', headers })).status).toBe(403);
      expect((await send(url, { path: '/events', headers })).status).toBe(403);
      expect((await send(url, { ...rpc, headers })).status).toBe(403);
    }
  });

  it('refuses a body above the limit with 413, declared or not, and dispatches nothing', async () => {
    const started = await startIn(tempDir());
    const headers = { host: new URL(started.url).host, origin: started.url, 'content-type': 'application/json' };
    const name = 'x'.repeat(SMALL_BODY_LIMIT);
    const body = JSON.stringify({ name, framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' });
    expect((await send(started.url, { method: 'POST', path: '/rpc/coop.setup', headers, body })).status).toBe(413);
    expect((await send(started.url, { method: 'POST', path: '/rpc/coop.setup', headers, body, chunked: true })).status).toBe(413);
    expect(await started.dispatch('coop.get', {})).toEqual({ ok: true, value: null });
  });

  it('lets an import body through: its file travels base64, well above 1 MiB, and reaches the dispatcher', async () => {
    const started = await startIn(tempDir());
    const headers = { host: new URL(started.url).host, origin: started.url, 'content-type': 'application/json' };
    const csv = `lastNames,firstNames,joinDate\n${'Núñez,José,2020-01-02\n'.repeat(120_000)}`;
    // A mapping the contract refuses, so the dispatcher answers at once instead of reading 120,000 rows.
    const body = JSON.stringify({ fileBase64: Buffer.from(csv).toString('base64'), mapping: { lastNames: -1 } });
    expect(body.length).toBeGreaterThan(3 * SMALL_BODY_LIMIT);
    const answer = await send(started.url, { method: 'POST', path: '/rpc/members.importPreview', headers, body });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: 'mapping.lastNames' }] } });
  });
});
