import { subject } from '@casl/ability';
import { createAbility, defineRulesFor, type Principal } from './ability';
import { BUILT_IN_ROLES } from './permissions';

const customer = (
  role: keyof typeof BUILT_IN_ROLES,
  companyStatus = 'active',
): Principal => ({
  userId: 'u1',
  companyId: 'c1',
  companyStatus,
  staffRole: null,
  permissions: BUILT_IN_ROLES[role].permissions,
});

describe('defineRulesFor', () => {
  it('lets a viewer read its own company but change nothing', () => {
    const ability = createAbility(defineRulesFor(customer('viewer')));
    expect(ability.can('read', subject('Quote', { companyId: 'c1' }))).toBe(
      true,
    );
    expect(ability.can('read', subject('Quote', { companyId: 'c2' }))).toBe(
      false,
    );
    expect(ability.can('create', 'ProjectList')).toBe(false);
    expect(ability.can('place', 'Order')).toBe(false);
  });

  it('lets a purchaser order but not manage lists or users', () => {
    const ability = createAbility(defineRulesFor(customer('purchaser')));
    expect(ability.can('use', 'QuickOrder')).toBe(true);
    expect(ability.can('place', subject('Order', { companyId: 'c1' }))).toBe(
      true,
    );
    expect(ability.can('create', 'ProjectList')).toBe(false);
    expect(ability.can('create', 'User')).toBe(false);
  });

  it('keeps a company pending verification from ordering', () => {
    const ability = createAbility(
      defineRulesFor(customer('admin', 'pending_verification')),
    );
    expect(ability.can('place', 'Order')).toBe(false);
    expect(ability.can('read', 'Price')).toBe(true);
  });

  it('gives the company admin user management of its own company only', () => {
    const ability = createAbility(defineRulesFor(customer('admin')));
    expect(ability.can('create', subject('User', { companyId: 'c1' }))).toBe(
      true,
    );
    expect(ability.can('create', subject('User', { companyId: 'c2' }))).toBe(
      false,
    );
  });

  it('keeps a company that asked for deletion from ordering', () => {
    const ability = createAbility(
      defineRulesFor(customer('admin', 'deletion_requested')),
    );
    expect(ability.can('place', 'Order')).toBe(false);
  });

  it('lets the company admin ask for deletion of its own company but never carry it out', () => {
    const ability = createAbility(defineRulesFor(customer('admin')));
    expect(
      ability.can('requestDeletion', subject('Company', { companyId: 'c1' })),
    ).toBe(true);
    expect(
      ability.can('requestDeletion', subject('Company', { companyId: 'c2' })),
    ).toBe(false);
    expect(ability.can('erase', 'Company')).toBe(false);
    expect(ability.can('verify', 'Company')).toBe(false);
    expect(
      createAbility(defineRulesFor(customer('buyer'))).can(
        'requestDeletion',
        'Company',
      ),
    ).toBe(false);
  });

  it('keeps every customer out of the staff area, the audit log and staff accounts', () => {
    for (const role of ['admin', 'buyer', 'purchaser', 'viewer'] as const) {
      const ability = createAbility(defineRulesFor(customer(role)));
      expect(ability.can('read', 'StaffArea')).toBe(false);
      expect(ability.can('read', 'AuditLog')).toBe(false);
      expect(ability.can('create', 'StaffUser')).toBe(false);
      expect(ability.can('fulfil', 'Order')).toBe(false);
      expect(ability.can('record', 'Payment')).toBe(false);
      expect(ability.can('read', subject('Invoice', { companyId: 'c1' }))).toBe(true);
      expect(ability.can('read', subject('Invoice', { companyId: 'c2' }))).toBe(false);
    }
  });

  it('lets a consultant change tiers but not verify companies or order', () => {
    const ability = createAbility(
      defineRulesFor({
        userId: 's',
        companyId: null,
        companyStatus: null,
        staffRole: 'consultant',
        permissions: [],
      }),
    );
    expect(ability.can('changeTier', 'Company')).toBe(true);
    expect(ability.can('verify', 'Company')).toBe(false);
    expect(ability.can('erase', 'Company')).toBe(false);
    expect(ability.can('create', 'StaffUser')).toBe(false);
    expect(ability.can('read', 'AuditLog')).toBe(true);
    expect(ability.can('place', 'Order')).toBe(false);
    expect(ability.can('fulfil', 'Order')).toBe(true);
    expect(ability.can('record', 'Payment')).toBe(false);
    expect(ability.can('update', 'FulfilmentSettings')).toBe(false);
  });

  it('lets a shop admin verify companies', () => {
    const ability = createAbility(
      defineRulesFor({
        userId: 's',
        companyId: null,
        companyStatus: null,
        staffRole: 'shop_admin',
        permissions: [],
      }),
    );
    expect(ability.can('verify', 'Company')).toBe(true);
    expect(ability.can('erase', 'Company')).toBe(true);
    expect(ability.can('changeTier', 'Company')).toBe(true);
    expect(ability.can('update', 'Quote')).toBe(true);
    expect(ability.can('comment', 'Quote')).toBe(false);
    // Staff act for the shop: a customer's profile, addresses, employees and roles are its own.
    expect(ability.can('update', 'Company')).toBe(false);
    expect(ability.can('requestDeletion', 'Company')).toBe(false);
    expect(ability.can('create', 'User')).toBe(false);
    expect(ability.can('delete', 'Address')).toBe(false);
    expect(ability.can('update', 'Role')).toBe(false);
    expect(ability.can('create', 'StaffUser')).toBe(true);
    expect(ability.can('fulfil', 'Order')).toBe(true);
    expect(ability.can('record', 'Payment')).toBe(true);
    expect(ability.can('update', 'FulfilmentSettings')).toBe(true);
    expect(ability.can('accept', 'Quote')).toBe(false);
  });
});
