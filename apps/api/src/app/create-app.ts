import multipart from '@fastify/multipart';
// For the type of `reply.sendFile`, which @fastify/static adds (registered by useStaticAssets).
import type {} from '@fastify/static';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  answerFrameworkError,
  type AppConfig,
  createOpenApiDocument,
  createValidationPipe,
  InputGuardPipe,
  LumenFastifyAdapter,
  registerRequestBody,
  registerSecurityHeaders,
} from '@lumen/api/core';
import { AppModule } from './app.module';

const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/**
 * Builds the whole HTTP application; `main.ts` and the API tests both start it this way.
 *
 * On Fastify, not Express: on this 2-core box Nest on Express answers at most ~4,500 requests/s
 * of a route that does nothing (bare Express 5 ~5,000), Nest on Fastify ~16,000, and the issue-15
 * goals are ratios to a bare `node:http` server (tools/bench/README.md).
 */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const logger = new ConsoleLogger({
    json: config.logFormat === 'json',
    logLevels: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
  });
  const adapter = new LumenFastifyAdapter({
    // X-Forwarded-For is anyone's to write: believe it only from the proxies named in TRUSTED_PROXIES.
    trustProxy: config.trustedProxies,
    frameworkErrors: answerFrameworkError,
    routerOptions: {
      // As Express matched them: `/api/products/` is `/api/products`; a long path segment
      // (a SKU, a fuzzer's 600 characters) reaches the route to be refused by name, not as 404.
      ignoreTrailingSlash: true,
      maxParamLength: 2_000,
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { logger });
  app.setGlobalPrefix('api');
  // In this order: text PostgreSQL cannot store and runaway nesting are refused before any validator sees them.
  app.useGlobalPipes(new InputGuardPipe(), createValidationPipe());
  registerRequestBody(app);
  // Uploads are read by each upload route's MultipartUpload interceptor, with that route's limits.
  await app.register(multipart);
  // upgrade-insecure-requests sends every script of a portal served over plain HTTP (a LAN
  // address) to https, which is a blank page: only an https portal asks browsers to upgrade.
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: { upgradeInsecureRequests: new URL(config.publicUrl).protocol === 'https:' ? [] : null },
    },
  });
  app.enableShutdownHooks();

  const document = createOpenApiDocument(
    app,
    new DocumentBuilder()
      .setTitle('Lumen Trade API')
      .setDescription('B2B ordering portal of a Norwegian lighting wholesaler. Money is integer øre.')
      .setVersion('1.0')
      .addServer(config.publicUrl, 'This deployment')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (config.portalDir) servePortal(app, config.portalDir);
  return app;
}

/** The built Angular portal at `/`, with every other non-API GET answered by index.html (SPA routing). */
function servePortal(app: NestFastifyApplication, portalDir: string): void {
  // Each built file gets its own route (wildcard off), so the catch-all below sees only the rest.
  app.useStaticAssets({ root: portalDir, prefix: '/', index: false, maxAge: '1h', wildcard: false });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      if (request.url.startsWith('/api')) return reply.callNotFound();
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', { cacheControl: false });
    });
}
