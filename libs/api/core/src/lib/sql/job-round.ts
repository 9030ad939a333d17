import type { DataSource, EntityManager } from 'typeorm';

/**
 * One round of a scheduled job (a sweep every API process runs on a timer), in one transaction,
 * by one process at a time across every worker and every instance on the database: the round
 * first takes a transaction-scoped advisory lock named after the job, and a process that does not
 * get it skips the round, answering null. Transaction-scoped on purpose: PgBouncer in
 * transaction mode gives the next transaction another server connection, so a session lock
 * (`pg_try_advisory_lock`) would stay behind on a connection someone else then holds.
 */
export async function runJobRound<T>(
  dataSource: DataSource,
  job: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T | null> {
  return dataSource.transaction(async (manager) => {
    const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [job]);
    return locked ? work(manager) : null;
  });
}
