/** The permission catalogue a company admin composes roles from (PRODUCT.md §2). */
export const PERMISSIONS = [
  'company.manage',
  'users.manage',
  'projectLists.manage',
  'quotes.request',
  'quotes.accept',
  'quickOrder.use',
  'orders.place',
  /** Cancel, return, claim warranty, report damage and open service cases (PRODUCT.md §14, §15). */
  'afterSales.request',
  /** Approval rules and budgets of the company (PRODUCT.md §17). */
  'purchasing.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type BuiltInRoleKey = 'admin' | 'buyer' | 'purchaser' | 'viewer';

/** Every customer user may read its own company's lists, quotes, orders and prices; the rest is granted. */
export const BUILT_IN_ROLES: Record<
  BuiltInRoleKey,
  { name: string; permissions: readonly Permission[] }
> = {
  admin: { name: 'Admin', permissions: PERMISSIONS },
  buyer: {
    name: 'Buyer',
    permissions: [
      'projectLists.manage',
      'quotes.request',
      'quotes.accept',
      'quickOrder.use',
      'orders.place',
      'afterSales.request',
    ],
  },
  purchaser: {
    name: 'Purchaser',
    permissions: ['quickOrder.use', 'orders.place', 'afterSales.request'],
  },
  viewer: { name: 'Viewer', permissions: [] },
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
