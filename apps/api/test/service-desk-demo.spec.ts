// eslint-disable-next-line @nx/enforce-module-boundaries -- demo-data's index exports what the seeder's module needs; this drives the seeding function itself, as the seeder will
import { seedDemoCases } from '../../../libs/api/demo-data/src/lib/demo-cases';
import { CaseWriter, ServiceBillingService } from '@lumen/api/service-desk';
import type { CaseDetail, StaffCasePage } from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

/** The demo's cases (seedDemoCases), made in one transaction as the seeder does. */
describe('demo cases', () => {
  let t: TestApp;
  let consultant: string;
  const caseOf = async (subject: string) =>
    (
      await t.sql<{ id: string }>(`SELECT id FROM cases WHERE subject = $1 ORDER BY created_at DESC LIMIT 1`, [subject])
    )[0].id;

  beforeAll(async () => {
    t = await startTestApp();
    consultant = await t.http.tokenFor('consultant@lumen.test');
    await t.dataSource.transaction((manager) =>
      seedDemoCases(manager, { writer: t.app.get(CaseWriter), billing: t.app.get(ServiceBillingService) }),
    );
  });
  afterAll(() => t.close());

  it('has an open case past its first-answer time, flagged overdue in the queue', async () => {
    const id = await caseOf('Feil fakturaadresse');
    const queue = await t.http.get<StaffCasePage>('/staff/cases?overdue=true', { token: consultant });
    expect(queue.body.items.find((c) => c.id === id)).toMatchObject({ status: 'open', overdue: true, awaitingStaff: true });
  });

  it('has an answered case waiting for the customer', async () => {
    const detail = await t.http.get<CaseDetail>(`/staff/cases/${await caseOf('Endre leveringsdato')}`, { token: consultant });
    expect(detail.body).toMatchObject({ status: 'waiting_for_customer', overdue: false, messageCount: 2 });
    expect(detail.body.firstAnsweredAt).not.toBeNull();
  });

  it('has a support case of user error with 20 minutes billed as 2 units on a service invoice the customer downloads', async () => {
    const detail = await t.http.get<CaseDetail>(`/staff/cases/${await caseOf('Driver blinker ved lav dimming')}`, {
      token: consultant,
    });
    expect(detail.body.service).toMatchObject({ classification: 'user_error', totalMinutes: 20, billableUnits: 2 });
    expect(detail.body.service?.invoice).not.toBeNull();
    const [line] = await t.sql<{ description: string }>(
      `SELECT description FROM invoice_lines WHERE invoice_id = $1`,
      [detail.body.service?.invoice?.id],
    );
    expect(line.description).toBe('Service, 2 × 15 min');
    const pdf = await t.http.get(`/invoices/${detail.body.service?.invoice?.id}.pdf`, {
      token: await t.http.tokenFor('buyer@nordlys.test'),
    });
    expect(pdf.status).toBe(200);
  });
});
