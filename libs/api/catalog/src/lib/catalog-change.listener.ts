import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import { Client } from 'pg';
import { CatalogService } from './catalog.service';

const CHANNEL = 'catalog_changed';
const RETRY_MS = 2_000;

/**
 * Holds one connection that LISTENs for `catalog_changed` (a statement trigger on products and
 * categories) and empties the search cache when it fires. Search rankings are cached only while
 * this listener is connected, so a lost connection can never leave stale results behind.
 * The connection is its own, to DATABASE_LISTEN_URL: behind PgBouncer in transaction mode a LISTEN
 * stays on a server connection that is not ours after the statement, and notifications are lost.
 */
@Injectable()
export class CatalogChangeListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CatalogChanges');
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catalog: CatalogService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.drop();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    try {
      const client = new Client({
        connectionString: this.config.databaseListenUrl,
        application_name: 'lumen-api-listen',
        // As the pool's: a database that neither answers nor refuses must not hold the start.
        connectionTimeoutMillis: 5_000,
      });
      this.client = client;
      client.on('error', (error) => this.lost(error));
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel === CHANNEL) this.catalog.forgetSearches();
      });
      await client.query(`LISTEN ${CHANNEL}`);
      // Anything cached before this moment may predate a change we did not hear about.
      this.catalog.forgetSearches();
      this.catalog.cacheSearches(true);
    } catch (error) {
      this.lost(error);
    }
  }

  private lost(error: unknown): void {
    // A failed connect can be told twice (its promise and its 'error' event): one retry is enough.
    if (this.retry) return;
    this.catalog.cacheSearches(false);
    this.drop();
    if (this.stopped) return;
    this.logger.warn(
      `Not listening for catalog changes (${String(error)}); search results are not cached until it is back`,
    );
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.listen();
    }, RETRY_MS);
  }

  private drop(): void {
    const client = this.client;
    this.client = null;
    client?.removeAllListeners('notification');
    client?.removeAllListeners('error');
    // An error after end() (the server already gone) has nobody left to tell.
    client?.on('error', () => undefined);
    void client?.end().catch(() => undefined);
  }
}
