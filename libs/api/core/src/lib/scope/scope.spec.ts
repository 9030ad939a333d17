import { AppError } from '../errors/app-error';
import { companyScope, type Scope, scopeSql } from './scope';

const customer: Scope = { kind: 'company', companyId: 'c-1', userId: 'u-1' };
const shop: Scope = { kind: 'shop', userId: 'u-2' };

describe('scopeSql', () => {
  it('keeps a customer to their company, numbering its parameter after the ones before it', () => {
    const params: unknown[] = ['x', 'y'];
    expect(scopeSql(customer, 'q.company_id', params)).toBe('q.company_id = $3');
    expect(params).toEqual(['x', 'y', 'c-1']);
  });

  it('lets the shop see every company without a parameter that could be null', () => {
    const params: unknown[] = ['x'];
    expect(scopeSql(shop, 'q.company_id', params)).toBe('TRUE');
    expect(params).toEqual(['x']);
  });
});

describe('companyScope', () => {
  it('answers the customer scope as it is', () => {
    expect(companyScope(customer)).toBe(customer);
  });

  it('refuses staff on a customer route with 403 customer_only', () => {
    expect(() => companyScope(shop)).toThrow(AppError);
    try {
      companyScope(shop);
    } catch (error) {
      expect(error).toMatchObject({ statusCode: 403, code: 'customer_only' });
    }
  });
});
