/**
 * A real HTTP server on 127.0.0.1 that receives webhooks. Each path answers
 * from its own script of behaviours (a status code, or `hang`: never answer),
 * the last one repeating; it keeps every request and which it acknowledged.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour = number | 'hang';

export interface Request {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Answered with a 2xx: the message arrived. */
  acknowledged: boolean;
}

export async function startReceiver(scripts: Record<string, Behaviour[]> = {}) {
  const requests: Request[] = [];
  const hanging: ServerResponse[] = [];
  const listeners: ((r: Request) => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const mine = requests.filter((r) => r.path === path).length;
      const script = scripts[path] ?? [200];
      const behaviour = script[Math.min(mine, script.length - 1)]!;
      const request: Request = { path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), acknowledged: typeof behaviour === 'number' && behaviour < 300 };
      requests.push(request);
      for (const l of listeners) l(request);
      if (behaviour === 'hang') {
        hanging.push(res);
        return;
      }
      res.writeHead(behaviour, { 'Content-Type': 'text/plain' }).end(behaviour < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    requests,
    acknowledged: (path?: string) => requests.filter((r) => r.acknowledged && (path === undefined || r.path === path)),
    setScript: (path: string, script: Behaviour[]) => {
      scripts[path] = script;
    },
    onRequest: (listener: (r: Request) => void) => listeners.push(listener),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
