// A test gateway in front of the sandbox that accepts a canary SK for the demo T1's AK:
// it verifies the app's signature with the canary, then re-signs with the sandbox's demo SK.
// (The sandbox has no API to register an account key, so the canary cannot go to it directly.)
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signRequest, verifyRequest } from '../../../electron/core/infra/signing';

export interface Gateway {
  readonly url: string;
  close(): Promise<void>;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startCanaryGateway(opts: { upstream: string; ak: string; canarySk: string; upstreamSk: string }): Promise<Gateway> {
  const server = createServer(async (req, res) => {
    const body = await readAll(req);
    const headers: Array<[string, string]> = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
    const verified = verifyRequest(
      { method: req.method ?? 'GET', target: req.url ?? '/', headers, body },
      { lookupSecret: (ak) => (ak === opts.ak ? opts.canarySk : undefined), now: new Date() },
    );
    if (!verified.ok) {
      res.writeHead(401, { 'Content-Type': 'application/json', 'X-Request-Id': 'gateway-401' });
      res.end(JSON.stringify({ error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' }));
      return;
    }
    const pass: Record<string, string> = {};
    for (const [name, value] of headers) {
      const lower = name.toLowerCase();
      if (lower === 'content-type' || lower === 'x-domain-id' || lower === 'x-language') pass[lower] = value;
    }
    const signed = signRequest({ method: req.method ?? 'GET', url: `${opts.upstream}${req.url}`, headers: pass, body, ak: opts.ak, sk: opts.upstreamSk, date: new Date() });
    const up = request(`${opts.upstream}${req.url}`, { method: req.method, headers: signed.headers }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    up.end(Buffer.from(signed.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
