import { ERASURE_NOTICE_KIND } from '@lumen/api/mail';
import { startTestApp, type TestApp } from './support/test-app';

/** The notice of an erasure goes to an address that is being erased: the outbox keeps it only until it is sent. */
describe('the outbox and the erasure notice', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('forgets the notice’s recipient and words once sent, and keeps every other mail as sent', async () => {
    await t.sql(
      `INSERT INTO outbox_messages (kind, recipient, subject, body, available_at)
       VALUES ($1, 'gone@erased-co.test', 'The account is deleted', 'Hello Hanne', now()),
              ('password_reset', 'kept@nordlys.test', 'Reset', 'Hello Kari', now())`,
      [ERASURE_NOTICE_KIND],
    );
    await t.deliverMail();
    const rows = await t.sql<{ kind: string; recipient: string; subject: string; body: string; sent: boolean }>(
      `SELECT kind, recipient, subject, body, sent_at IS NOT NULL AS sent FROM outbox_messages
       WHERE kind IN ($1, 'password_reset') AND created_at > now() - interval '1 minute' ORDER BY kind`,
      [ERASURE_NOTICE_KIND],
    );
    expect(rows).toEqual([
      {
        kind: ERASURE_NOTICE_KIND,
        recipient: 'erased@erased.invalid',
        subject: '[erased]',
        body: '[erased]',
        sent: true,
      },
      { kind: 'password_reset', recipient: 'kept@nordlys.test', subject: 'Reset', body: 'Hello Kari', sent: true },
    ]);
  });
});
