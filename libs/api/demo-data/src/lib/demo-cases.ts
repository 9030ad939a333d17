import type { CaseWriter, ServiceBillingService } from '@lumen/api/service-desk';
import type { EntityManager } from 'typeorm';

/** The service desk's services the demo cases are made with: the same rules and SQL as the routes. */
export interface DemoServiceDesk {
  writer: CaseWriter;
  billing: ServiceBillingService;
}

const HOUR = 3_600_000;

/**
 * The demo's service desk (PRODUCT.md §12): an open case of Nordlys past its first-answer time
 * (opened four days ago, unanswered, so the queue shows it overdue), an order question the desk
 * answered and now waits on the customer for, and a technical-support case classified as user
 * error with 20 minutes logged and billed (2 started quarter-hours on a service invoice). Made
 * through the desk's writer and billing with past times and no e-mails, in the seeding
 * transaction; does nothing when the demo logins are not there.
 */
export async function seedDemoCases(manager: EntityManager, desk: DemoServiceDesk, now = new Date()): Promise<void> {
  const [people]: { company_id: string; buyer_id: string; purchaser_id: string; consultant_id: string }[] =
    await manager.query(
      `SELECT c.id AS company_id, b.id AS buyer_id, p.id AS purchaser_id, s.id AS consultant_id
       FROM companies c JOIN users b ON b.company_id = c.id AND b.email = 'buyer@nordlys.test'
       JOIN users p ON p.company_id = c.id AND p.email = 'purchaser@nordlys.test'
       JOIN users s ON s.email = 'consultant@lumen.test'
       WHERE c.name = 'Nordlys Elektro AS'`,
    );
  if (!people) return;
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
  const [order]: { id: string }[] = await manager.query(
    `SELECT id FROM orders WHERE company_id = $1 ORDER BY placed_at DESC LIMIT 1`,
    [people.company_id],
  );
  const customer = (userId: string) => ({ companyId: people.company_id, userId });

  // Overdue: nobody has answered in four days.
  const overdue = await desk.writer.open(
    manager,
    { ...customer(people.buyer_id), category: 'invoice_question', subject: 'Feil fakturaadresse' },
    ago(96),
  );
  await desk.writer.addMessage(manager, 'open', {
    caseId: overdue,
    ...customer(people.buyer_id),
    staff: false,
    body: 'Fakturaen vår har gammel adresse. Kan dere sende den på nytt til Storgata 12?',
    at: ago(96),
  });

  // Answered: the desk asked a question back and waits for the customer.
  const answered = await desk.writer.open(
    manager,
    {
      ...customer(people.purchaser_id),
      category: 'order_change',
      subject: 'Endre leveringsdato',
      orderId: order?.id ?? null,
    },
    ago(30),
  );
  await desk.writer.addMessage(manager, 'open', {
    caseId: answered,
    ...customer(people.purchaser_id),
    staff: false,
    body: 'Kan leveransen komme en uke senere? Byggeplassen er ikke klar.',
    at: ago(30),
  });
  await desk.writer.addMessage(manager, 'open', {
    caseId: answered,
    companyId: people.company_id,
    userId: people.consultant_id,
    staff: true,
    waitForCustomer: true,
    body: 'Det går fint. Hvilken dato passer, og skal den til samme adresse?',
    at: ago(26),
  });
  await manager.query(`UPDATE cases SET assignee_user_id = $2 WHERE id = $1`, [answered, people.consultant_id]);

  // Billed: a user error in the driver's settings, 20 minutes of support, 2 units invoiced.
  const support = await desk.writer.open(
    manager,
    { ...customer(people.buyer_id), category: 'technical_support', subject: 'Driver blinker ved lav dimming' },
    ago(50),
  );
  await desk.writer.addMessage(manager, 'open', {
    caseId: support,
    ...customer(people.buyer_id),
    staff: false,
    body: 'LED-driveren blinker under 20 % dimming. Hva kan være galt?',
    at: ago(50),
  });
  await desk.writer.addMessage(manager, 'open', {
    caseId: support,
    companyId: people.company_id,
    userId: people.consultant_id,
    staff: true,
    body: 'Minste dimmenivå sto på 1 %; vi satte det til 10 % sammen på telefon, og nå er det stabilt.',
    at: ago(47),
  });
  await manager.query(`UPDATE cases SET assignee_user_id = $2 WHERE id = $1`, [support, people.consultant_id]);
  const locked = { id: support, company_id: people.company_id, category: 'technical_support' as const };
  await desk.writer.classify(manager, { ...locked, classification: null }, people.consultant_id, 'user_error');
  await desk.writer.logTime(manager, locked, people.consultant_id, { minutes: 20, note: 'Telefon: dimmeinnstillinger' });
  await desk.billing.billWith(manager, people.consultant_id, support, { at: ago(46), quiet: true });
}
