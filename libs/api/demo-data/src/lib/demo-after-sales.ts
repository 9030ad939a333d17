import type { ClaimsService, ReturnsService } from '@lumen/api/after-sales';
import type { CompanyScope, Scope } from '@lumen/api/core';
import type { EntityManager } from 'typeorm';

/** After-sales' services the demo history is made with: the same rules and SQL as the routes. */
export interface DemoAfterSales {
  returns: ReturnsService;
  claims: ClaimsService;
}

const DAY = 86_400_000;

interface DeliveredOrder {
  id: string;
  delivered_at: Date;
  lines: { id: string; quantity: number }[];
}

/**
 * The demo's after-sales (PRODUCT.md §12) on Nordlys's delivered demo orders, made through the
 * after-sales services with past dates and no e-mails: a credited return (received, inspected,
 * credit note and refund) and a return still in progress on the orders delivered within the
 * 50-day window, and an open warranty claim on the oldest delivered order. Runs after
 * `seedDemoOrders` in the seeding transaction; does nothing when those orders are not there.
 */
export async function seedDemoAfterSales(
  manager: EntityManager,
  services: DemoAfterSales,
  now = new Date(),
): Promise<void> {
  const [people]: { company_id: string; buyer_id: string; consultant_id: string }[] = await manager.query(
    `SELECT c.id AS company_id, b.id AS buyer_id, s.id AS consultant_id
     FROM companies c JOIN users b ON b.company_id = c.id AND b.email = 'buyer@nordlys.test'
     JOIN users s ON s.email = 'consultant@lumen.test'
     WHERE c.name = 'Nordlys Elektro AS'`,
  );
  if (!people) return;
  // Delivered orders, oldest first, each with its lines and the day its last shipment arrived.
  const orders: DeliveredOrder[] = await manager.query(
    `SELECT o.id, (SELECT max(s.delivered_at) FROM shipments s WHERE s.order_id = o.id) AS delivered_at,
            (SELECT json_agg(json_build_object('id', l.id, 'quantity', l.quantity) ORDER BY l.position)
             FROM order_lines l WHERE l.order_id = o.id) AS lines
     FROM orders o WHERE o.company_id = $1 AND o.status = 'delivered' ORDER BY o.placed_at`,
    [people.company_id],
  );
  const inWindow = orders.filter((order) => now.getTime() - order.delivered_at.getTime() < 40 * DAY);
  if (orders.length < 2 || inWindow.length < 2) return;
  const customer: CompanyScope = { kind: 'company', companyId: people.company_id, userId: people.buyer_id };
  const staff: Scope = { kind: 'shop', userId: people.consultant_id };
  const after = (order: DeliveredOrder, days: number) => ({
    at: new Date(order.delivered_at.getTime() + days * DAY),
    quiet: true,
  });

  // Credited: two units of the older in-window order's second line back, accepted and credited.
  const credited = inWindow[0];
  const creditedLine = credited.lines[1] ?? credited.lines[0];
  const creditedId = await services.returns.createWith(
    manager,
    customer,
    credited.id,
    {
      lines: [{ orderLineId: creditedLine.id, quantity: Math.min(2, creditedLine.quantity) }],
      reason: 'Feil fargetemperatur',
    },
    after(credited, 2),
  );
  await services.returns.receiveWith(manager, staff, creditedId, after(credited, 6));
  await services.returns.inspectWith(
    manager,
    staff,
    creditedId,
    { lines: [{ orderLineId: creditedLine.id, verdict: 'accepted' }] },
    after(credited, 7),
  );

  // In progress: one unit of the newest delivered order, registered yesterday, not yet received.
  const pending = inWindow[inWindow.length - 1];
  await services.returns.createWith(
    manager,
    customer,
    pending.id,
    { lines: [{ orderLineId: pending.lines[0].id, quantity: 1 }] },
    { at: new Date(now.getTime() - DAY), quiet: true },
  );

  // An open warranty claim on the oldest delivered order, a month after it arrived.
  const oldest = orders[0];
  await services.claims.fileWith(
    manager,
    customer,
    'warranty',
    {
      orderId: oldest.id,
      orderLineId: oldest.lines[0].id,
      quantity: 1,
      description: 'Driveren surrer og lyset flimrer etter noen minutter.',
    },
    [],
    after(oldest, 30),
  );
}
