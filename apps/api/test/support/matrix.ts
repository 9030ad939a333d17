import type { TestApp } from './test-app';

/**
 * The authorization matrix's vocabulary (see apps/api/test/authorization-matrix.spec.ts): the
 * callers, their groups, the SQL that finds a company's object, and the shape of a row. Each
 * feature keeps its own rows in `apps/api/test/matrix/<feature>.rows.ts` so that features built
 * side by side never edit the same table.
 */
export const CALLERS = {
  visitor: null,
  viewer: 'viewer@nordlys.test',
  purchaser: 'purchaser@nordlys.test',
  buyer: 'buyer@nordlys.test',
  companyAdmin: 'admin@nordlys.test',
  consultant: 'consultant@lumen.test',
  shopAdmin: 'admin@lumen.test',
} as const;
export type Caller = keyof typeof CALLERS;

export const CUSTOMERS: readonly Caller[] = ['viewer', 'purchaser', 'buyer', 'companyAdmin'];
export const STAFF: readonly Caller[] = ['consultant', 'shopAdmin'];
export const SIGNED_IN: readonly Caller[] = [...CUSTOMERS, ...STAFF];
export const ORDERERS: readonly Caller[] = ['purchaser', 'buyer', 'companyAdmin'];
export const isStaff = (caller: Caller) => STAFF.includes(caller);

/** The own company of every customer caller; the other company is the one they must not see. */
export const OWN_COMPANY = 'Nordlys Elektro AS';
export const OTHER_COMPANY = 'Fjord Bygg AS';

/** SQL picking the first row of `table` that belongs to the company `$1`. */
export const ofCompany = (table: string, where = 'true') =>
  `SELECT id FROM ${table} WHERE company_id = $1 AND ${where} ORDER BY created_at, id LIMIT 1`;
/** The company `$1` itself. */
export const theCompany = `SELECT id FROM companies WHERE id = $1`;
/** The company's oldest project list that has items, and that list's first item. */
export const LIST_WITH_ITEMS = ofCompany(
  'project_lists',
  'EXISTS (SELECT 1 FROM project_list_items i WHERE i.list_id = project_lists.id)',
);
export const ITEM_OF_LIST_WITH_ITEMS = `SELECT id FROM project_list_items WHERE list_id = (${LIST_WITH_ITEMS}) ORDER BY created_at, id LIMIT 1`;
/** A quote nothing can move any more: bodiless actions on it answer 409 and change nothing. */
export const CANCELLED_QUOTE = ofCompany('quotes', `status = 'cancelled'`);
/** A quote of company $1 with a published first revision (the printable offer). */
export const PUBLISHED_QUOTE = ofCompany(
  'quotes',
  'EXISTS (SELECT 1 FROM quote_revisions r WHERE r.quote_id = quotes.id AND r.number = 1)',
);
/** An order all of whose shipments are delivered: the desk's bodiless moves on it answer 409 and change nothing. */
export const DELIVERED_ORDER = ofCompany('orders', `status = 'delivered'`);
/** A delivered shipment of company $1: marking it delivered again answers 409. */
export const DELIVERED_SHIPMENT = `SELECT s.id FROM shipments s JOIN orders o ON o.id = s.order_id
  WHERE o.company_id = $1 AND s.delivered_at IS NOT NULL ORDER BY s.created_at, s.id LIMIT 1`;
/** True for a row of the caller's ($2) own company that `ownerColumn` says is not the caller's. */
const notTheCallers = (ownerColumn: string) =>
  `(${ownerColumn} IS DISTINCT FROM $2::uuid AND $1::uuid IS NOT DISTINCT FROM (SELECT company_id FROM users WHERE id = $2::uuid))`;
/** A cart item of company $1; in the caller's own company, one in the caller's own cart. */
export const cartItem = `SELECT i.id FROM cart_items i JOIN carts c ON c.id = i.cart_id JOIN users u ON u.id = c.user_id
  WHERE u.company_id = $1 AND NOT ${notTheCallers('u.id')} ORDER BY i.created_at DESC, i.id LIMIT 1`;
/** A quick-order check of company $1; in the caller's own company, the caller's own (checks are per user). */
export const quickOrderCheck = `SELECT q.id FROM quick_order_checks q JOIN users u ON u.id = q.user_id
  WHERE u.company_id = $1 AND NOT ${notTheCallers('u.id')} ORDER BY q.created_at DESC, q.id LIMIT 1`;

export interface Row {
  /** Who gets past authorization. `'public'`: everyone, visitors included. */
  allow: 'public' | readonly Caller[];
  /**
   * Path parameters that name an object owned by a company: SQL answering one `id`, with
   * `$1` the company's id and `$2` the caller's user id. Pick an object the call cannot harm
   * when the route takes no body (the billing address for DELETE address: it answers 409), or
   * one per caller (see `cartItem`) when the call destroys it.
   */
  objects?: Record<string, string>;
  /** Path parameters owned by nobody (a SKU): fixed values. */
  params?: Record<string, string>;
  /** A valid body, sent on another company's object so the lookup (404) is reached. */
  body?: unknown;
  /** The call ends the caller's session (logout): the matrix logs in again after it. */
  endsSession?: boolean;
}


/** A feature's rows, and the objects it needs in both companies before the matrix runs. */
export interface MatrixRows {
  rows: Record<string, Row>;
  /** Made through the API (or SQL) after the sales fixtures: an order, shipped and delivered, in each company. */
  arrange?: (t: TestApp) => Promise<void>;
}
