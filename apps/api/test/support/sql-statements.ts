import { Client } from 'pg';

/**
 * Every SQL statement the app sends while `work` runs, caught by wrapping the pg client that
 * TypeORM's pool uses (the same module instance: the app runs in the test's process). For
 * tests that pin a route's statement count, so a per-row query cannot creep in unseen.
 */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    seen.push(typeof first === 'string' ? first : (first?.text ?? '?'));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query);
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return seen;
}
