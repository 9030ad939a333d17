import type { Shopper } from './checkout-load';
import type { Sql } from './order-ledger';
import { send } from './raw-http';

const DEMO_PASSWORD = 'Lumen-demo-2026';

/**
 * `count` buyers of Nordlys Elektro, copies of the demo buyer (same roles, same password), so
 * each load worker has a cart of its own. Logged in through `origin`.
 */
export async function createShoppers(sql: Sql, origin: string, count: number, prefix: string): Promise<Shopper[]> {
  const emails = Array.from({ length: count }, (_, i) => `${prefix}-${i}@nordlys.test`);
  const users = await sql<{ id: string; email: string }>(
    `INSERT INTO users (company_id, email, name, phone, password_hash, active)
     SELECT b.company_id, e.email, 'Load buyer ' || e.n, b.phone, b.password_hash, true
     FROM users b, unnest($1::text[]) WITH ORDINALITY AS e(email, n)
     WHERE b.email = 'buyer@nordlys.test'
     RETURNING id, email`,
    [emails],
  );
  await sql(
    `INSERT INTO user_roles (user_id, role_id)
     SELECT u.id, r.role_id FROM users u, user_roles r JOIN users b ON b.id = r.user_id
     WHERE b.email = 'buyer@nordlys.test' AND u.id = ANY($1)`,
    [users.map((user) => user.id)],
  );
  const [address] = await sql<{ id: string }>(
    `SELECT a.id FROM addresses a JOIN users b ON b.company_id = a.company_id
     WHERE b.email = 'buyer@nordlys.test' AND a.kind = 'delivery' AND a.is_default`,
  );
  const shoppers: Shopper[] = [];
  for (const user of users)
    shoppers.push({ userId: user.id, token: await accessToken(origin, user.email), deliveryAddressId: address.id });
  return shoppers;
}

export async function accessToken(origin: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await send(origin, {
    method: 'POST',
    path: '/api/auth/login',
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify({ email, password })),
  });
  if (response.status !== 200) throw new Error(`login of ${email} answered ${response.status}: ${response.text}`);
  return (JSON.parse(response.text) as { accessToken: string }).accessToken;
}

/** A few products anyone may order, for the load's carts. */
export async function orderableSkus(sql: Sql, count = 5): Promise<string[]> {
  const rows = await sql<{ sku: string }>(`SELECT sku FROM products WHERE lifecycle = 'active' ORDER BY sku LIMIT $1`, [
    count,
  ]);
  return rows.map((row) => row.sku);
}
