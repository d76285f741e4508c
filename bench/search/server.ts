/**
 * A static file server for the browser benchmark, behaving like a typical static host: text
 * files gzip-compressed when the browser accepts it, Pagefind's pre-compressed index as is. It
 * logs every response's transferred bytes, so a run can count what one query cost.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(Object.keys(TYPES));

export interface Transfer {
  path: string;
  bytes: number;
}

export interface StaticServer {
  origin: string;
  log: Transfer[];
  close(): Promise<void>;
}

/** Serves `mounts` (URL prefix → folder; the longest prefix wins). */
export async function serve(mounts: Record<string, string>): Promise<StaticServer> {
  const log: Transfer[] = [];
  const gzipped = new Map<string, Buffer>();
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p))!;
    let file = normalize(join(mounts[prefix]!, path.slice(prefix.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      log.push({ path, bytes: 0 });
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const body = gzipped.get(file) ?? gzipSync(readFileSync(file));
      gzipped.set(file, body);
      response
        .writeHead(200, {
          ...headers,
          'Content-Encoding': 'gzip',
          'Content-Length': String(body.length),
        })
        .end(body);
      log.push({ path, bytes: body.length });
    } else {
      const size = statSync(file).size;
      response.writeHead(200, { ...headers, 'Content-Length': String(size) });
      createReadStream(file).pipe(response);
      log.push({ path, bytes: size });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
