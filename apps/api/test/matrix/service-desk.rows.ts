import { CUSTOMERS, type MatrixRows, ofCompany, ORDERERS, OTHER_COMPANY, OWN_COMPANY, STAFF } from '../support/matrix';
import type { TestApp } from '../support/test-app';

const READERS = [...CUSTOMERS, ...STAFF];
/**
 * A closed case: every bodiless staff move on it (claim, resolve, close, bill) answers 422 and
 * changes nothing, and so do the moves with a body that the matrix sends for real.
 */
const CLOSED_CASE = ofCompany('cases', `status = 'closed'`);

/** The service-desk routes' rows of the authorization matrix. */
export const SERVICE_DESK_MATRIX: MatrixRows = {
  rows: {
    'GET /api/cases': { allow: CUSTOMERS },
    'POST /api/cases': { allow: ORDERERS },
    'GET /api/cases/:id': { allow: CUSTOMERS, objects: { id: ofCompany('cases') } },
    'POST /api/cases/:id/messages': { allow: ORDERERS, objects: { id: CLOSED_CASE }, body: { body: 'Hello' } },
    'GET /api/attachments/:id': { allow: READERS, objects: { id: ofCompany('attachments') } },
    'GET /api/staff/cases': { allow: STAFF },
    'GET /api/staff/cases/:id': { allow: STAFF, objects: { id: ofCompany('cases') } },
    'POST /api/staff/cases/:id/claim': { allow: STAFF, objects: { id: CLOSED_CASE } },
    'POST /api/staff/cases/:id/reply': { allow: STAFF, objects: { id: CLOSED_CASE }, body: { body: 'Hello' } },
    'POST /api/staff/cases/:id/resolve': { allow: STAFF, objects: { id: CLOSED_CASE } },
    'POST /api/staff/cases/:id/close': { allow: STAFF, objects: { id: CLOSED_CASE } },
    'PUT /api/staff/cases/:id/classification': {
      allow: STAFF,
      objects: { id: CLOSED_CASE },
      body: { classification: 'user_error' },
    },
    'POST /api/staff/cases/:id/time-entries': { allow: STAFF, objects: { id: CLOSED_CASE }, body: { minutes: 1 } },
    'POST /api/staff/cases/:id/bill': { allow: STAFF, objects: { id: CLOSED_CASE } },
    'GET /api/staff/metrics/cases': { allow: STAFF },
    'GET /api/staff/service-settings': { allow: STAFF },
    'PUT /api/staff/service-settings': { allow: ['shopAdmin'], body: { unitPriceOre: 25000 } },
  },
  arrange: arrangeCases,
};

/** A PNG's signature: the smallest file the store takes. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/**
 * In each company, made through the API as a customer would: an open case with an attachment,
 * and an unclassified account case, closed (by SQL: the desk would need four moves).
 */
async function arrangeCases(t: TestApp): Promise<void> {
  for (const [company, email] of [
    [OWN_COMPANY, 'buyer@nordlys.test'],
    [OTHER_COMPANY, 'admin@fjordbygg.test'],
  ]) {
    const token = await t.http.tokenFor(email);
    const form = new FormData();
    form.append('category', 'technical_support');
    form.append('subject', `Matrix case of ${company}`);
    form.append('message', 'With a photo');
    form.append('files', new Blob([PNG], { type: 'image/png' }), 'photo.png');
    const opened = await t.http.post('/cases', form, { token });
    const closed = await t.http.post('/cases', { category: 'account', subject: 'Closed', message: 'Done' }, { token });
    if (opened.status !== 201 || closed.status !== 201)
      throw new Error(`matrix fixture: cases for ${company} answered ${opened.status}/${closed.status}`);
    await t.sql(`UPDATE cases SET status = 'closed', closed_at = now() WHERE id = $1`, [closed.body.id]);
  }
}
