import type { ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentCompanyScope, CurrentScope, CustomerOnlyGuard } from './current-scope.decorator';

const buyer = { userId: 'u-1', companyId: 'c-1', staffRole: null } as AuthenticatedUser;
const consultant = { userId: 'u-2', companyId: null, staffRole: 'consultant' } as AuthenticatedUser;

const contextOf = (user: AuthenticatedUser | undefined) =>
  ({ switchToHttp: () => ({ getRequest: () => ({ user }) }) }) as unknown as ExecutionContext;

/** What Nest runs for a parameter decorated with `decorator`, read back from the route metadata. */
function valueOf(decorator: () => ParameterDecorator, user: AuthenticatedUser): unknown {
  class Probe {
    handler(@decorator() value: unknown): unknown {
      return value;
    }
  }
  const args: Record<string, { factory: (data: unknown, context: ExecutionContext) => unknown }> =
    Reflect.getMetadata(ROUTE_ARGS_METADATA, Probe, 'handler');
  return Object.values(args)[0].factory(undefined, contextOf(user));
}

describe('@CurrentScope()', () => {
  it("answers a customer's company and a staff member's shop", () => {
    expect(valueOf(CurrentScope, buyer)).toEqual({ kind: 'company', companyId: 'c-1', userId: 'u-1' });
    expect(valueOf(CurrentScope, consultant)).toEqual({ kind: 'shop', userId: 'u-2' });
  });
});

describe('@CurrentCompanyScope()', () => {
  it("answers the customer's company", () => {
    expect(valueOf(CurrentCompanyScope, buyer)).toEqual({ kind: 'company', companyId: 'c-1', userId: 'u-1' });
  });

  it('refuses staff with 403 customer_only, so the parameter is never a scope without a company', () => {
    expect(() => valueOf(CurrentCompanyScope, consultant)).toThrow(
      expect.objectContaining({ statusCode: 403, code: 'customer_only' }),
    );
  });
});

describe('CustomerOnlyGuard', () => {
  const guard = new CustomerOnlyGuard();

  it('lets customers through', () => {
    expect(guard.canActivate(contextOf(buyer))).toBe(true);
  });

  it('refuses staff with 403 customer_only', () => {
    expect(() => guard.canActivate(contextOf(consultant))).toThrow(
      expect.objectContaining({ statusCode: 403, code: 'customer_only' }),
    );
  });
});
