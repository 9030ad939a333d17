import * as pg from 'pg';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** TypeORM keeps its options object as given, so `runPrepared` reads this flag back from the DataSource. */
export type LumenDataSourceOptions = PostgresDataSourceOptions & {
  /** False behind a pooler that cannot carry named prepared statements (PgBouncer < 1.21 in transaction mode). */
  namedStatements: boolean;
};

/**
 * The one description of how we talk to PostgreSQL, shared by the app, the migration
 * runner and the tests. Schema changes are migrations only; `synchronize` stays off.
 */
export function dataSourceOptions(url: string, { namedStatements = true } = {}): LumenDataSourceOptions {
  return {
    namedStatements,
    type: 'postgres',
    // Handed over explicitly so bundlers and the pruned runtime package.json see the driver.
    driver: pg,
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // Money is integer øre in bigint columns; pg returns bigint as string unless told.
    parseInt8: true,
    // A database that neither answers nor refuses (a dead host, a full backlog) must not hang
    // requests: after 5 s the pool gives up and the error filter answers 503 with Retry-After.
    extra: { max: 20, application_name: 'lumen-api', connectionTimeoutMillis: 5_000 },
  };
}
