import { TestBed } from '@angular/core/testing';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { PurchasingCheck } from '@lumen/shared/contracts';
import { CheckoutPurchasing } from './checkout-purchasing';
import { PurchasingApi } from './purchasing.api';

const budget = {
  budgetId: 'b1',
  period: 'month' as const,
  deliveryAddressLabel: null,
  amountOre: 5_000_000,
  spentOre: 4_000_000,
  remainingOre: 1_000_000,
  verdict: 'needs_approval' as const,
};

async function render(check: PurchasingCheck) {
  const asked = jest.fn().mockResolvedValue(check);
  TestBed.configureTestingModule({ providers: [{ provide: PurchasingApi, useValue: { check: asked } }] });
  const translations = TestBed.inject(TranslationService);
  translations.register(CORE_TRANSLATIONS);
  translations.setLocale('nb');
  const fixture = TestBed.createComponent(CheckoutPurchasing);
  fixture.componentRef.setInput('deliveryAddressId', 'a1');
  fixture.componentRef.setInput('shippingMethod', 'express');
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return {
    asked,
    text: (id: string) => element.querySelector(`[data-testid=${id}]`)?.textContent?.replace(/\s+/g, ' ').trim(),
  };
}

describe('CheckoutPurchasing', () => {
  beforeEach(() => localStorage.clear());

  it('shows what the budget has left and who must approve, before the order is placed', async () => {
    const { asked, text } = await render({
      netOre: 2_500_000,
      budgets: [budget],
      approvals: [
        { kind: 'rule', label: 'Store innkjøp', budgetPeriod: null, approverNames: ['Nora Admin'] },
        { kind: 'budget', label: '', budgetPeriod: 'month', approverNames: ['Nora Admin'] },
      ],
      refused: false,
    });
    expect(asked).toHaveBeenCalledWith('a1', 'express', null);
    expect(text('checkout-budget')).toContain('kr 10 000,00 igjen');
    expect(text('checkout-needs-approval')).toContain('Store innkjøp: Nora Admin');
    expect(text('checkout-needs-approval')).toContain('Budsjett (Måned): Nora Admin');
    expect(text('checkout-refused')).toBeUndefined();
  });

  it('says the order would be refused over a refusing budget', async () => {
    const { text } = await render({
      netOre: 2_500_000,
      budgets: [{ ...budget, verdict: 'refused' }],
      approvals: [],
      refused: true,
    });
    expect(text('checkout-refused')).toBe('Ordren går over budsjettet og kan ikke legges inn.');
    expect(text('checkout-needs-approval')).toBeUndefined();
  });

  it('says nothing when the company has no rules or budgets for the order', async () => {
    const { text } = await render({ netOre: 100, budgets: [], approvals: [], refused: false });
    expect(text('checkout-purchasing')).toBeUndefined();
  });
});
