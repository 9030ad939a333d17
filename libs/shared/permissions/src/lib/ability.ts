import {
  AbilityBuilder,
  createMongoAbility,
  type ForcedSubject,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import type { Permission } from './permissions';

export type Action =
  | 'manage'
  | 'read'
  | 'create'
  | 'update'
  | 'delete'
  | 'use'
  | 'request'
  | 'comment'
  | 'accept'
  | 'decline'
  | 'cancel'
  | 'place'
  | 'verify'
  | 'changeTier'
  | 'requestDeletion'
  | 'erase'
  | 'fulfil'
  | 'record'
  | 'handle'
  | 'approve';

export type Subject =
  | 'all'
  | 'Account'
  | 'Company'
  | 'Address'
  | 'User'
  | 'Role'
  | 'Product'
  | 'Price'
  | 'ProjectList'
  | 'Quote'
  | 'QuickOrder'
  | 'Cart'
  | 'Order'
  | 'Invoice'
  | 'Payment'
  | 'FulfilmentSettings'
  | 'AfterSales'
  | 'Case'
  | 'ServiceSettings'
  | 'Category'
  | 'PurchasingControls'
  | 'Approval'
  | 'StaffArea'
  | 'PriceSettings'
  | 'AuditLog'
  | 'StaffUser';

/** A subject type, or an object tagged with one (`subject('Quote', quote)`) for condition checks. */
export type AppAbility = MongoAbility<
  [Action, Subject | ForcedSubject<Exclude<Subject, 'all'>>]
>;
export type AppRule = RawRuleOf<AppAbility>;

export type StaffRoleKey = 'consultant' | 'shop_admin';

/** Who is asking: enough to decide every policy without another lookup. */
export interface Principal {
  userId: string;
  companyId: string | null;
  /** Company status; only an `active` company may order. */
  companyStatus: string | null;
  staffRole: StaffRoleKey | null;
  permissions: readonly Permission[];
}

/**
 * One function turns a principal into CASL rules; the API's policy guard and the portal's
 * menus and buttons both read them, so what a user sees and what the API allows cannot drift.
 * Customer rules carry `companyId` conditions; the API still filters every query by the
 * caller's company, because CASL cannot reach into SQL for us.
 */
export function defineRulesFor(principal: Principal): AppRule[] {
  const { can, cannot, rules } = new AbilityBuilder<AppAbility>(
    createMongoAbility,
  );
  can('read', 'Product');
  can(['read', 'update'], 'Account');

  if (principal.staffRole) {
    can('read', 'all');
    can('read', 'StaffArea');
    can(['read', 'update', 'comment'], 'Quote');
    can('changeTier', 'Company');
    can('read', 'AuditLog');
    // The order desk is every staff member's; payments and carrier settings are the admin's
    // (through `manage all` below).
    can('fulfil', 'Order');
    // After-sales decisions and the service desk are every staff member's; the service price is
    // the admin's (`update ServiceSettings` through `manage all`), as are the catalog's writes.
    can('handle', ['AfterSales', 'Case']);
    if (principal.staffRole === 'shop_admin') {
      can('manage', 'all');
    }
    // Staff act for the shop, never as a customer.
    // Staff comment through the quote desk (`update Quote`), never on the customer's route.
    cannot(['request', 'comment', 'accept', 'decline', 'cancel'], 'Quote');
    cannot('place', 'Order');
    cannot('request', 'AfterSales');
    cannot(['create', 'comment'], 'Case');
    cannot('approve', 'Approval');
    cannot(['create', 'update', 'delete'], 'PurchasingControls');
    cannot('use', ['QuickOrder', 'Cart']);
    // A customer's account and lists are the customer's: refused at the guard, before any
    // body validation, so a shop admin on a customer route gets 403 like everyone else.
    cannot(['update', 'requestDeletion'], 'Company');
    cannot(['create', 'update', 'delete'], ['Address', 'User', 'Role', 'ProjectList']);
    return rules;
  }

  const companyId = principal.companyId;
  if (!companyId) return rules;
  const own = { companyId };
  can('read', ['Company', 'Address', 'ProjectList', 'Quote', 'Order', 'Invoice', 'AfterSales', 'Case'], own);
  can('read', 'Price');
  const has = (p: Permission) => principal.permissions.includes(p);

  if (has('company.manage')) {
    can('update', 'Company', own);
    can(['create', 'update', 'delete'], 'Address', own);
    // A customer asks for deletion; only a shop admin may `erase` (carry it out).
    can('requestDeletion', 'Company', own);
  }
  if (has('users.manage')) {
    can(['read', 'create', 'update'], 'User', own);
    can(['read', 'create', 'update', 'delete'], 'Role', own);
  }
  if (has('projectLists.manage'))
    can(['create', 'update', 'delete'], 'ProjectList', own);
  if (has('quotes.request'))
    can(['request', 'comment', 'cancel'], 'Quote', own);
  if (has('quotes.accept')) can(['accept', 'decline'], 'Quote', own);
  if (has('quickOrder.use')) {
    can('use', 'QuickOrder');
    can('use', 'Cart');
  }
  // Approving is decided per order (an approver named by a rule, never the orderer); every
  // customer may open the approvals page, which lists only what is theirs to decide.
  can('approve', 'Approval', own);
  can('read', 'PurchasingControls', own);
  if (has('purchasing.manage')) can(['create', 'update', 'delete'], 'PurchasingControls', own);
  if (has('afterSales.request')) {
    can('request', 'AfterSales', own);
    can(['create', 'comment'], 'Case', own);
  }
  if (has('orders.place')) {
    can('use', 'Cart');
    // A company waiting for verification may browse prices but not order (PRODUCT.md §2).
    if (principal.companyStatus === 'active') can('place', 'Order', own);
  }
  return rules;
}

export function createAbility(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}
