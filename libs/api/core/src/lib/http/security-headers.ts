import type { ServerResponse } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers helmet would set with `options`, worked out once.
 *
 * Without nonces helmet's headers depend on nothing in the request, yet @fastify/helmet builds a
 * new helmet (and parses the whole Content-Security-Policy again) for every request: ~5 % of the
 * CPU of `GET /api/health` under load (tools/bench/README.md). So helmet runs once, against a
 * response that only records what it is told, and every reply gets the recorded headers.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  } as unknown as ServerResponse;
  let failure: unknown;
  helmet(options)({} as never, recorder, (error?: unknown) => (failure = error));
  if (failure) throw failure;
  return headers;
}

/** Every answer, JSON, file or error, carries the security headers of `options`. */
export function registerSecurityHeaders(app: NestFastifyApplication, options: HelmetOptions): void {
  const headers = securityHeaders(options);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
}
