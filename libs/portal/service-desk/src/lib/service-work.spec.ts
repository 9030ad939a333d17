import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { CaseDetail } from '@lumen/shared/contracts';
import { SERVICE_DESK_TRANSLATIONS } from './service-desk.translations';
import { ServiceWork } from './service-work';

type Service = NonNullable<CaseDetail['service']>;
const SERVICE: Service = {
  classification: 'user_error',
  timeEntries: [{ id: 't1', minutes: 20, note: 'Reset the router', loggedAt: '2026-12-01T09:00:00Z', loggedBy: 'Ola' }],
  totalMinutes: 20,
  billableUnits: 2,
  invoice: null,
};

describe('ServiceWork', () => {
  beforeEach(() => {
    localStorage.setItem('lumen.locale', 'en');
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(SERVICE_DESK_TRANSLATIONS);
  });

  async function render(service: Service, inputs: { editable?: boolean; canBill?: boolean } = {}) {
    const fixture = TestBed.createComponent(ServiceWork);
    fixture.componentRef.setInput('service', service);
    fixture.componentRef.setInput('editable', inputs.editable ?? true);
    fixture.componentRef.setInput('canBill', inputs.canBill ?? false);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (testId: string) => element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? null;
    const get = (testId: string) => {
      const found = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
      if (!found) throw new Error(`no ${testId}`);
      return found;
    };
    return { fixture, element, text, get };
  }

  it('shows 20 logged minutes of user error as 2 started units', async () => {
    const { text } = await render(SERVICE);
    expect(text('billable-units')).toBe('2');
    expect(text('total-minutes')).toBe('20 min');
  });

  it('counts the minutes being typed into the units before they are logged', async () => {
    const { fixture, get, text } = await render({ ...SERVICE, timeEntries: [], totalMinutes: 14, billableUnits: 1 });
    const minutes = get('time-minutes');
    minutes.value = '2';
    minutes.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text('units-preview')).toBe('With 2 min more: 2 units');
  });

  it('counts 0 units as soon as "covered" is chosen, before it is saved', async () => {
    const { fixture, get, text } = await render(SERVICE);
    get('classify-covered').click();
    await fixture.whenStable();
    expect(text('billable-units')).toBe('0');
    expect(text('covered-free')).toContain('not billed');
  });

  it('offers the bill only when the page allows it, naming the units the API will bill', async () => {
    expect((await render(SERVICE)).text('bill')).toBeNull();
    expect((await render(SERVICE, { canBill: true })).text('bill')).toBe('Bill 2 units');
  });

  it('shows the service invoice once billed, with the API’s unit count, and no form', async () => {
    const { element, text } = await render(
      { ...SERVICE, invoice: { id: 'inv1', number: 10042, grossOre: 62500 } },
      { editable: false },
    );
    expect(text('service-invoice')).toContain('10042');
    expect(text('billable-units')).toBe('2');
    expect(element.querySelector('[data-testid="time-minutes"]')).toBeNull();
    expect(
      [...element.querySelectorAll('[data-testid="pdf-download"]')].map((b) => b.getAttribute('data-path')),
    ).toEqual(['/invoices/inv1.pdf', '/invoices/inv1.xml']);
  });
});
