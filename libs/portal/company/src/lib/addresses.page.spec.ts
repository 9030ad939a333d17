import { TestBed } from '@angular/core/testing';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { CompanyAddress } from '@lumen/shared/contracts';
import { CompanyApi } from './company.api';
import { CompanyAddressesPage } from './addresses.page';
import { COMPANY_TRANSLATIONS } from './company.translations';

const site: CompanyAddress = {
  id: 'a1',
  kind: 'delivery',
  label: 'Byggeplass',
  line1: 'Bjørvika 1',
  line2: null,
  postalCode: '0150',
  city: 'Oslo',
  country: 'NO',
  isDefault: true,
  recipientName: 'Ola Mottak',
  recipientPhone: '+47 912 34 567',
};

describe('CompanyAddressesPage: the freight recipient', () => {
  let sent: { id?: string; body: unknown }[];

  beforeEach(() => {
    localStorage.clear();
    sent = [];
    TestBed.configureTestingModule({
      imports: [CompanyAddressesPage],
      providers: [
        {
          provide: CompanyApi,
          useValue: {
            addresses: () => Promise.resolve([site]),
            createAddress: (body: unknown) => {
              sent.push({ body });
              return Promise.resolve(site);
            },
            updateAddress: (id: string, body: unknown) => {
              sent.push({ id, body });
              return Promise.resolve(site);
            },
          },
        },
        { provide: AuthStore, useValue: { can: () => true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(COMPANY_TRANSLATIONS);
  });

  async function render() {
    const fixture = TestBed.createComponent(CompanyAddressesPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const type = async (id: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`#${id}`);
      if (!input) throw new Error(id);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      element.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, element, type, submit };
  }

  it('shows whom the freight forwarder phones on the address', async () => {
    const { element } = await render();
    expect(element.querySelector('[data-testid="address-recipient"]')?.textContent).toContain(
      'Ola Mottak +47 912 34 567',
    );
  });

  it('sends a new address’s recipient, and clears an emptied one on an edit', async () => {
    const { fixture, element, type, submit } = await render();
    await type('address-line1', 'Lagerveien 2');
    await type('address-postal', '0668');
    await type('address-city', 'Oslo');
    await type('address-recipient-name', 'Kari Lager');
    await type('address-recipient-phone', '22 33 44 55');
    await submit();
    expect(sent[0].body).toMatchObject({ recipientName: 'Kari Lager', recipientPhone: '22 33 44 55' });

    [...element.querySelectorAll<HTMLButtonElement>('[data-testid="delivery-address"] button')][0].click();
    await fixture.whenStable();
    expect(element.querySelector<HTMLInputElement>('#address-recipient-name')?.value).toBe('Ola Mottak');
    await type('address-recipient-name', '');
    await type('address-recipient-phone', '');
    await submit();
    expect(sent[1]).toEqual({ id: 'a1', body: expect.objectContaining({ recipientName: null, recipientPhone: null }) });
  });

  it('refuses a phone number that is not one before asking the API', async () => {
    const { type, submit, element } = await render();
    await type('address-line1', 'Lagerveien 2');
    await type('address-postal', '0668');
    await type('address-city', 'Oslo');
    await type('address-recipient-phone', 'ring meg');
    await submit();
    expect(sent).toEqual([]);
    expect(element.textContent).toContain('Skriv et telefonnummer');
  });
});
