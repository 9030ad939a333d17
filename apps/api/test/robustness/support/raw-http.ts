import { type IncomingHttpHeaders, request } from 'node:http';

export interface RawRequest {
  method: string;
  /** Sent exactly as given: percent sequences, odd dots and all. */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * One request on a fresh connection, byte for byte as given (fetch would normalise the path and
 * refuse some headers). A fresh connection each time, so a socket the server closed after a
 * malformed request can never fail the next one. Rejects on a network error or no answer in time.
 */
export function send(baseUrl: string, raw: RawRequest, timeoutMs = 30_000): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const headers: Record<string, string | number> = { ...raw.headers };
  if (raw.body) headers['content-length'] = raw.body.length;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: url.hostname, port: url.port, method: raw.method, path: raw.path, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(raw.body);
  });
}
