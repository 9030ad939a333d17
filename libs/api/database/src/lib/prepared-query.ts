import type { Pool, QueryResultRow } from 'pg';
import type { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { LumenDataSourceOptions } from './data-source-options';

/**
 * A statement of a hot path (the per-request login lookup, the catalog page) with a fixed text. Outside a transaction it runs as a
 * named prepared statement, so PostgreSQL parses and plans it once per pooled connection: for
 * the 24-row page that planning was about two thirds of its time. Inside a caller's transaction
 * it runs on that transaction's connection, unprepared. Behind a pooler that hands each transaction
 * another server connection (PgBouncer < 1.21), `DATABASE_NAMED_STATEMENTS=false` sends it unnamed:
 * a name prepared on one server connection does not exist on the next.
 */
export interface PreparedQuery {
  name: string;
  text: string;
}

export async function runPrepared<T extends QueryResultRow>(
  manager: EntityManager,
  query: PreparedQuery,
  values: unknown[],
): Promise<T[]> {
  if (manager.queryRunner) return manager.query(query.text, values);
  const pool = (manager.connection.driver as PostgresDriver).master as Pool;
  const { namedStatements } = manager.connection.options as LumenDataSourceOptions;
  const result = await pool.query<T>({ name: namedStatements ? query.name : undefined, text: query.text, values });
  return result.rows;
}
