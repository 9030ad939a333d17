import type { HeaderItem, NavItem } from '@lumen/portal/core';

/**
 * The header's extension points. A feature adds one entry here, e.g.
 *   { path: '/quick-order', label: { nb: 'Hurtigbestilling', en: 'Quick order' }, can: ['use', 'QuickOrder'] }
 * and, for an icon next to the account menu,
 *   { id: 'cart', load: () => import('@lumen/portal/cart').then((m) => m.CartHeaderIcon), can: ['use', 'Cart'] }
 * Entries show in this order and are hidden when `can` or `audience` rules them out.
 */
export const NAV_ITEMS: NavItem[] = [
  { path: '/catalog', label: { nb: 'Katalog', en: 'Catalogue' }, can: ['read', 'Product'] },
  { path: '/project-lists', label: { nb: 'Prosjektlister', en: 'Project lists' }, can: ['read', 'ProjectList'], audience: 'customer' },
  { path: '/quotes', label: { nb: 'Tilbud', en: 'Quotes' }, can: ['read', 'Quote'], audience: 'customer' },
  { path: '/quick-order', label: { nb: 'Hurtigbestilling', en: 'Quick order' }, can: ['use', 'QuickOrder'], audience: 'customer' },
  { path: '/orders', label: { nb: 'Ordrer', en: 'Orders' }, can: ['read', 'Order'], audience: 'customer' },
  { path: '/invoices', label: { nb: 'Fakturaer', en: 'Invoices' }, can: ['read', 'Invoice'], audience: 'customer' },
  { path: '/after-sales', label: { nb: 'Retur og reklamasjon', en: 'Returns and claims' }, can: ['read', 'AfterSales'], audience: 'customer' },
  { path: '/cases', label: { nb: 'Saker', en: 'Cases' }, can: ['read', 'Case'], audience: 'customer' },
  { path: '/staff/orders', label: { nb: 'Ordredesk', en: 'Order desk' }, can: ['fulfil', 'Order'], audience: 'staff' },
  { path: '/desk', label: { nb: 'Tilbudsdesk', en: 'Quote desk' }, can: ['read', 'StaffArea'], audience: 'staff' },
  { path: '/company', label: { nb: 'Firma', en: 'Company' }, can: ['read', 'Company'], audience: 'customer' },
  { path: '/approvals', label: { nb: 'Godkjenninger', en: 'Approvals' }, can: ['approve', 'Approval'], audience: 'customer' },
  { path: '/purchasing', label: { nb: 'Innkjøpsregler', en: 'Purchasing rules' }, can: ['update', 'PurchasingControls'], audience: 'customer' },
  { path: '/company/employees', label: { nb: 'Ansatte', en: 'Employees' }, can: ['read', 'User'], audience: 'customer' },
  { path: '/service-desk', label: { nb: 'Kundeservice', en: 'Service desk' }, can: ['handle', 'Case'], audience: 'staff' },
  { path: '/catalog-admin', label: { nb: 'Katalogadmin', en: 'Catalogue admin' }, can: ['read', 'StaffArea'], audience: 'staff' },
  { path: '/staff/companies', label: { nb: 'Firmaer', en: 'Companies' }, can: ['read', 'StaffArea'], audience: 'staff' },
  { path: '/pricing', label: { nb: 'Priser og nivåer', en: 'Pricing and tiers' }, can: ['read', 'PriceSettings'], audience: 'staff' },
  { path: '/staff/payments', label: { nb: 'Innbetalinger', en: 'Payments' }, can: ['record', 'Payment'], audience: 'staff' },
  { path: '/staff/fulfilment-settings', label: { nb: 'Frakt og purring', en: 'Carriers and reminders' }, can: ['update', 'FulfilmentSettings'], audience: 'staff' },
];

export const HEADER_ITEMS: HeaderItem[] = [
  {
    id: 'project-lists',
    load: () => import('@lumen/portal/project-lists').then((m) => m.ProjectListsHeaderIcon),
    can: ['read', 'ProjectList'],
    audience: 'customer',
  },
  {
    id: 'approvals',
    load: () => import('@lumen/portal/purchasing').then((m) => m.ApprovalsHeaderIcon),
    can: ['approve', 'Approval'],
    audience: 'customer',
  },
  {
    id: 'cart',
    load: () => import('@lumen/portal/cart').then((m) => m.CartHeaderIcon),
    can: ['use', 'Cart'],
    audience: 'customer',
  },
];
