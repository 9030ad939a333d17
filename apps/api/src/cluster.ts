import { Logger } from '@nestjs/common';
import cluster, { type Worker } from 'node:cluster';

/** A worker that dies sooner than this after its start counts as crashing on start: wait before the next. */
const HEALTHY_AFTER_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** Besides the workers' own drain and shutdown timeout, before the primary stops waiting for them. */
const STOP_MARGIN_MS = 5_000;

export interface ClusterOptions {
  workers: number;
  /** How long a worker may take from SIGTERM to exit (its drain plus its shutdown timeout). */
  stopMs: number;
}

/**
 * Runs `serve` in `workers` processes that share one port (node:cluster: the primary accepts and
 * hands connections round-robin), or in this process when one is asked for. The primary serves
 * nothing itself: it starts the first worker alone (it migrates the database before it listens,
 * and TypeORM takes no lock for that), then the rest; starts a worker again when one dies; and
 * on SIGTERM or SIGINT passes the signal to every worker and exits once they have drained.
 */
export async function runClustered(options: ClusterOptions, serve: () => Promise<void>): Promise<void> {
  if (options.workers <= 1 || !cluster.isPrimary) return serve();
  const logger = new Logger('Cluster');
  let stopping = false;
  let crashesInARow = 0;
  const startedAt = new Map<Worker, number>();

  const fork = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = cluster.fork();
      startedAt.set(worker, Date.now());
      worker.once('listening', () => resolve());
      // A worker that dies before it listens resolves through its replacement's start.
      worker.once('exit', () => resolve());
    });

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit(0);
      return;
    }
    crashesInARow = lived < HEALTHY_AFTER_MS ? crashesInARow + 1 : 0;
    const delay = Math.min(MAX_RESTART_DELAY_MS, crashesInARow === 0 ? 0 : 1_000 * 2 ** (crashesInARow - 1));
    logger.error(
      `worker ${worker.process.pid} died (${signal ?? `exit code ${code}`}); starting another in ${delay} ms`,
    );
    setTimeout(() => {
      if (!stopping) void fork();
    }, delay);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: stopping ${startedAt.size} worker(s)`);
      // Ctrl-C reaches the workers from the terminal too; a second signal is one they ignore.
      for (const worker of startedAt.keys()) worker.process.kill(signal);
      setTimeout(() => {
        logger.error(`workers still running ${options.stopMs + STOP_MARGIN_MS} ms after ${signal}: killed`);
        for (const worker of startedAt.keys()) worker.process.kill('SIGKILL');
        process.exit(1);
      }, options.stopMs + STOP_MARGIN_MS).unref();
    });
  }

  await fork();
  await Promise.all(Array.from({ length: options.workers - 1 }, fork));
  logger.log(`${options.workers} workers share the port`);
}
