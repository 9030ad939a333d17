import type { HeaderItem, NavItem } from '@lumen/portal/core';

/**
 * The header's extension points. A feature adds one entry here, e.g.
 *   { path: '/quick-order', label: { nb: 'Hurtigbestilling', en: 'Quick order', fr: 'Commande rapide' }, can: ['use', 'QuickOrder'] }
 * and, for an icon next to the account menu,
 *   { id: 'cart', load: () => import('@lumen/portal/cart').then((m) => m.CartHeaderIcon), can: ['use', 'Cart'] }
 * Entries show in this order and are hidden when `can` or `audience` rules them out.
 */
export const NAV_ITEMS: NavItem[] = [
  { path: '/catalog', label: { nb: 'Katalog', en: 'Catalogue', fr: 'Catalogue' }, can: ['read', 'Product'] },
  { path: '/project-lists', label: { nb: 'Prosjektlister', en: 'Project lists', fr: 'Listes de projet' }, can: ['read', 'ProjectList'], audience: 'customer' },
  { path: '/quotes', label: { nb: 'Tilbud', en: 'Quotes', fr: 'Devis' }, can: ['read', 'Quote'], audience: 'customer' },
  { path: '/quick-order', label: { nb: 'Hurtigbestilling', en: 'Quick order', fr: 'Commande rapide' }, can: ['use', 'QuickOrder'], audience: 'customer' },
  { path: '/orders', label: { nb: 'Ordrer', en: 'Orders', fr: 'Commandes' }, can: ['read', 'Order'], audience: 'customer' },
  { path: '/invoices', label: { nb: 'Fakturaer', en: 'Invoices', fr: 'Factures' }, can: ['read', 'Invoice'], audience: 'customer' },
  { path: '/after-sales', label: { nb: 'Retur og reklamasjon', en: 'Returns and claims', fr: 'Retours et réclamations' }, can: ['read', 'AfterSales'], audience: 'customer' },
  { path: '/cases', label: { nb: 'Saker', en: 'Cases', fr: 'Dossiers' }, can: ['read', 'Case'], audience: 'customer' },
  { path: '/staff/orders', label: { nb: 'Ordredesk', en: 'Order desk', fr: 'Bureau des commandes' }, can: ['fulfil', 'Order'], audience: 'staff' },
  { path: '/desk', label: { nb: 'Tilbudsdesk', en: 'Quote desk', fr: 'Bureau des devis' }, can: ['read', 'StaffArea'], audience: 'staff' },
  { path: '/company', label: { nb: 'Firma', en: 'Company', fr: 'Entreprise' }, can: ['read', 'Company'], audience: 'customer' },
  { path: '/approvals', label: { nb: 'Godkjenninger', en: 'Approvals', fr: 'Approbations' }, can: ['approve', 'Approval'], audience: 'customer' },
  { path: '/purchasing', label: { nb: 'Innkjøpsregler', en: 'Purchasing rules', fr: 'Règles d’achat' }, can: ['update', 'PurchasingControls'], audience: 'customer' },
  { path: '/company/employees', label: { nb: 'Ansatte', en: 'Employees', fr: 'Employés' }, can: ['read', 'User'], audience: 'customer' },
  { path: '/service-desk', label: { nb: 'Kundeservice', en: 'Service desk', fr: 'Service client' }, can: ['handle', 'Case'], audience: 'staff' },
  { path: '/catalog-admin', label: { nb: 'Katalogadmin', en: 'Catalogue admin', fr: 'Gestion du catalogue' }, can: ['read', 'StaffArea'], audience: 'staff' },
  { path: '/staff/companies', label: { nb: 'Firmaer', en: 'Companies', fr: 'Entreprises' }, can: ['read', 'StaffArea'], audience: 'staff' },
  { path: '/pricing', label: { nb: 'Priser og nivåer', en: 'Pricing and tiers', fr: 'Prix et niveaux' }, can: ['read', 'PriceSettings'], audience: 'staff' },
  { path: '/staff/payments', label: { nb: 'Innbetalinger', en: 'Payments', fr: 'Paiements' }, can: ['record', 'Payment'], audience: 'staff' },
  { path: '/staff/fulfilment-settings', label: { nb: 'Frakt og purring', en: 'Carriers and reminders', fr: 'Transporteurs et relances' }, can: ['update', 'FulfilmentSettings'], audience: 'staff' },
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
