import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { CatalogService } from './catalog.service';

const CHANNEL = 'catalog_changed';
const RETRY_MS = 2_000;

/**
 * Holds one connection that LISTENs for `catalog_changed` (a statement trigger on products and
 * categories) and empties the search cache when it fires. Search rankings are cached only while
 * this listener is connected, so a lost connection can never leave stale results behind.
 */
@Injectable()
export class CatalogChangeListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CatalogChanges');
  private client: PoolClient | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
      const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
      const client = await pool.connect();
      this.client = client;
      client.on('notification', (message) => {
        if (message.channel === CHANNEL) this.catalog.forgetSearches();
      });
      client.on('error', (error) => this.lost(error));
      await client.query(`LISTEN ${CHANNEL}`);
      // Anything cached before this moment may predate a change we did not hear about.
      this.catalog.forgetSearches();
      this.catalog.cacheSearches(true);
    } catch (error) {
      this.lost(error);
    }
  }

  private lost(error: unknown): void {
    this.catalog.cacheSearches(false);
    this.drop(error instanceof Error ? error : undefined);
    if (this.stopped) return;
    this.logger.warn(
      `Not listening for catalog changes (${String(error)}); search results are not cached until it is back`,
    );
    this.retry = setTimeout(() => void this.listen(), RETRY_MS);
  }

  private drop(error?: Error): void {
    const client = this.client;
    this.client = null;
    client?.removeAllListeners('notification');
    // A connection in LISTEN mode must not go back to the pool for others: destroy it.
    client?.release(error ?? true);
  }
}
