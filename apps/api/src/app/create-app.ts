import { ConsoleLogger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  type AppConfig,
  createOpenApiDocument,
  createValidationPipe,
  InputGuardPipe,
  translateBodyParserErrors,
} from '@lumen/api/core';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { join } from 'node:path';
import { AppModule } from './app.module';

const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/** Builds the whole HTTP application; `main.ts` and the API tests both start it this way. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const logger = new ConsoleLogger({
    json: config.logFormat === 'json',
    logLevels: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger });
  app.setGlobalPrefix('api');
  // In this order: text PostgreSQL cannot store and runaway nesting are refused before any validator sees them.
  app.useGlobalPipes(new InputGuardPipe(), createValidationPipe());
  // Quick order takes up to 100,000 typed or pasted lines as JSON (≈ 4 MB); the default is 100 kB.
  app.useBodyParser('json', { limit: '12mb' });
  app.useBodyParser('urlencoded', { extended: false });
  // Right after the parsers, so their failures get our error codes (see translateBodyParserErrors).
  app.use(translateBodyParserErrors);
  // upgrade-insecure-requests sends every script of a portal served over plain HTTP (a LAN
  // address) to https, which is a blank page: only an https portal asks browsers to upgrade.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { upgradeInsecureRequests: new URL(config.publicUrl).protocol === 'https:' ? [] : null },
      },
    }),
  );
  // X-Forwarded-For is anyone's to write: believe it only from the proxies named in TRUSTED_PROXIES.
  app.set('trust proxy', config.trustedProxies);
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

/** The built Angular portal at `/`, with every non-API path answered by index.html (SPA routing). */
function servePortal(app: NestExpressApplication, portalDir: string): void {
  app.useStaticAssets(portalDir, { index: false, maxAge: '1h' });
  const indexHtml = join(portalDir, 'index.html');
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
}
