import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MoneyPipe, TranslatePipe, TranslationService } from '@lumen/portal/core';
import type { PurchasingCheck, ShippingMethod } from '@lumen/shared/contracts';
import { PurchasingApi } from './purchasing.api';
import { PURCHASING_TRANSLATIONS } from './purchasing.translations';

/**
 * Checkout's word on the purchasing controls before "Place order" (PRODUCT.md §17): what each
 * budget has left, whether the order will wait for approval and by whom, or that it would be
 * refused. Asks `GET /api/cart/purchasing-check` whenever the address or shipping changes.
 */
@Component({
  selector: 'lt-checkout-purchasing',
  imports: [MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (check(); as check) {
      @if (check.budgets.length > 0 || check.approvals.length > 0) {
        <section class="purchasing" data-testid="checkout-purchasing">
          @for (budget of check.budgets; track budget.budgetId) {
            <p data-testid="checkout-budget">
              {{
                'checkoutControls.budget'
                  | t
                    : {
                        period: ('purchasing.budgets.period.' + budget.period | t),
                        site: budget.deliveryAddressLabel ?? ('purchasing.budgets.company' | t),
                      }
              }}:
              <strong>{{ 'checkoutControls.left' | t: { amount: (budget.remainingOre | money) } }}</strong>&ngsp;<span
                class="muted"
                >({{
                  'purchasing.budgets.spent'
                    | t: { spent: (budget.spentOre | money), amount: (budget.amountOre | money) }
                }})</span
              >
            </p>
          }
          @if (check.refused) {
            <p class="alert alert-error" data-testid="checkout-refused">{{ 'errors.budget_exceeded' | t }}</p>
          } @else if (check.approvals.length > 0) {
            <div class="alert alert-info" data-testid="checkout-needs-approval">
              <p>{{ 'checkoutControls.needsApproval' | t }}</p>
              <ul>
                @for (hold of check.approvals; track $index) {
                  <li>
                    {{
                      hold.kind === 'budget'
                        ? ('approvals.budgetStep'
                          | t: { period: ('purchasing.budgets.period.' + hold.budgetPeriod | t) })
                        : hold.label
                    }}:
                    {{
                      hold.approverNames.length > 0
                        ? hold.approverNames.join(', ')
                        : ('purchasing.rules.noApprovers' | t)
                    }}
                  </li>
                }
              </ul>
            </div>
          }
        </section>
      }
    }
  `,
  styles: `
    .purchasing {
      margin: 1rem 0;
    }
    .purchasing p {
      margin: 0.25rem 0;
    }
    ul {
      margin: 0.25rem 0 0;
      padding-left: 1.1rem;
    }
  `,
})
export class CheckoutPurchasing {
  private readonly api = inject(PurchasingApi);
  readonly deliveryAddressId = input<string | null>(null);
  readonly shippingMethod = input<ShippingMethod>('standard');
  readonly quoteId = input<string | null>(null);
  protected readonly check = signal<PurchasingCheck | null>(null);

  constructor() {
    inject(TranslationService).register(PURCHASING_TRANSLATIONS);
    effect(() => {
      const addressId = this.deliveryAddressId();
      if (!addressId) return;
      // A failed check hides the note: the checkout itself answers with the API's refusal.
      this.api.check(addressId, this.shippingMethod(), this.quoteId()).then(
        (check) => this.check.set(check),
        () => this.check.set(null),
      );
    });
  }
}
