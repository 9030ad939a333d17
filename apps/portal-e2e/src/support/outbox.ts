import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * The portal path of the newest e-mail of `kind` to `email` whose body mentions `about` (an order
 * number), read from the e2e server's outbox as the recipient would read the e-mail — for links
 * without a token, such as an approval request's (`/approvals/<id>`).
 */
export async function mailedPath(email: string, kind: string, about: string): Promise<string> {
  const dataDir = resolve(__dirname, '../../../..', process.env['LUMEN_DATA_DIR'] ?? 'tmp/e2e-data');
  const client = new Client({ connectionString: readFileSync(join(dataDir, 'database-url'), 'utf8').trim() });
  await client.connect();
  try {
    const { rows } = await client.query<{ body: string }>(
      `SELECT body FROM outbox_messages WHERE kind = $1 AND recipient = $2 AND body LIKE $3
       ORDER BY created_at DESC LIMIT 1`,
      [kind, email, `%${about}%`],
    );
    const link = /https?:\/\/\S+/.exec(rows[0]?.body ?? '')?.[0];
    if (!link) throw new Error(`no ${kind} e-mail about ${about} to ${email}`);
    return new URL(link).pathname;
  } finally {
    await client.end();
  }
}
