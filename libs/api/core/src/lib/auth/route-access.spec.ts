import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Can, Public } from './policy.decorators';
import { routeAccess } from './route-access';

@Can('read', 'Order')
class OrdersController {
  list(): void {
    return;
  }

  @Can('cancel', 'Order')
  cancel(): void {
    return;
  }
}

@Can('read', 'Invoice')
class InvoicesController extends OrdersController {}

class CatalogController {
  @Public()
  search(): void {
    return;
  }
}

const contextOf = (controller: object, handler: object) =>
  ({ getClass: () => controller, getHandler: () => handler }) as unknown as ExecutionContext;

describe('routeAccess', () => {
  const reflector = new Reflector();

  it("takes the method's policy over the class's, and the class's where the method has none", () => {
    expect(routeAccess(reflector, contextOf(OrdersController, OrdersController.prototype.cancel))).toEqual({
      isPublic: false,
      policy: { action: 'cancel', subject: 'Order' },
    });
    expect(routeAccess(reflector, contextOf(OrdersController, OrdersController.prototype.list)).policy).toEqual({
      action: 'read',
      subject: 'Order',
    });
  });

  it('keeps the rules of a subclass sharing a handler apart from its parent’s, asked in either order', () => {
    const inherited = InvoicesController.prototype.list;
    expect(routeAccess(reflector, contextOf(OrdersController, inherited)).policy?.subject).toBe('Order');
    expect(routeAccess(reflector, contextOf(InvoicesController, inherited)).policy?.subject).toBe('Invoice');
    expect(routeAccess(reflector, contextOf(OrdersController, inherited)).policy?.subject).toBe('Order');
  });

  it('marks @Public() routes, with no policy of their own', () => {
    expect(routeAccess(reflector, contextOf(CatalogController, CatalogController.prototype.search))).toEqual({
      isPublic: true,
      policy: undefined,
    });
  });
});
