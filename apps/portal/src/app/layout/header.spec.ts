import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { MeResponse } from '@lumen/shared/contracts';
import { defineRulesFor } from '@lumen/shared/permissions';
import { SHELL_TRANSLATIONS } from '../shell.translations';
import { Header } from './header';

const buyer: MeResponse = {
  user: { id: 'u1', name: 'Bjørn Kjøper', email: 'buyer@nordlys.test', roles: ['Buyer'], staffRole: null, language: 'nb' },
  company: {
    id: 'c1',
    name: 'Nordlys Elektro AS',
    organisationNumber: '923609016',
    customerType: 'business',
    status: 'pending_verification',
    tier: 'gold',
    contactEmail: null,
    phone: '+47 22 33 44 55',
  },
  permissions: [],
  rules: defineRulesFor({
    userId: 'u1',
    companyId: 'c1',
    companyStatus: 'pending_verification',
    staffRole: null,
    permissions: [],
  }),
};

describe('Header', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [Header],
      providers: [provideRouter([{ path: '**', children: [] }]), provideHttpClient(), provideHttpClientTesting()],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(SHELL_TRANSLATIONS);
  });

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(Header);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('offers a visitor login and registration, and says prices need registration', async () => {
    const header = await render();
    expect(header.querySelector('[data-testid=header-login]')?.textContent).toContain('Logg inn');
    expect(header.querySelector('[data-testid=visitor-notice]')?.textContent).toContain('registrerte bedriftskunder');
    expect(header.querySelector('[data-testid=account-menu]')).toBeNull();
  });

  it('shows the user, the company and its tier, and warns while the company awaits verification', async () => {
    TestBed.inject(AuthStore).me.set(buyer);
    const header = await render();
    const account = header.querySelector('[data-testid=account-menu]')?.textContent ?? '';
    expect(account).toContain('Bjørn Kjøper');
    expect(account).toContain('Nordlys Elektro AS');
    expect(account).toContain('Gull');
    expect(header.querySelector('[data-testid=pending-notice]')).not.toBeNull();
    expect(header.querySelector('[data-testid=visitor-notice]')).toBeNull();
  });

  it('switches every string to English and back', async () => {
    TestBed.inject(AuthStore).me.set(buyer);
    const fixture = TestBed.createComponent(Header);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    (element.querySelector('[data-locale=en]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=account-menu]')?.textContent).toContain('Gold');
    expect(element.querySelector('[data-testid=pending-notice]')?.textContent).toContain('awaiting verification');
    (element.querySelector('[data-locale=nb]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=account-menu]')?.textContent).toContain('Gull');
  });

  it('folds the navigation into a menu that opens on the button and closes on the next page', async () => {
    TestBed.inject(AuthStore).me.set(buyer);
    const fixture = TestBed.createComponent(Header);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const toggle = element.querySelector('[data-testid=menu-toggle]') as HTMLButtonElement;
    const nav = element.querySelector('#main-nav') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(nav.classList).toContain('open');
    await TestBed.inject(Router).navigateByUrl('/elsewhere');
    await fixture.whenStable();
    expect(nav.classList).not.toContain('open');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps a long name whole for the title and the screen reader, though the button cuts it short', async () => {
    const long = 'Bjørn-Kristoffer Aleksander Kjøpersen-Løvenskiold de la Fontaine';
    TestBed.inject(AuthStore).me.set({ ...buyer, user: { ...buyer.user, name: long } });
    const header = await render();
    const button = header.querySelector('[data-testid=account-menu]');
    expect(button?.getAttribute('aria-label')).toBe(`Kontomeny for ${long}`);
    expect(button?.querySelector('.name')?.getAttribute('title')).toBe(long);
    expect(button?.querySelector('.company')?.getAttribute('title')).toBe('Nordlys Elektro AS');
  });

  it('leaves the price notice to the catalogue on its pages, which says it once above the results', async () => {
    const fixture = TestBed.createComponent(Header);
    await TestBed.inject(Router).navigateByUrl('/catalog?q=downlight');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid=visitor-notice]')).toBeNull();
    await TestBed.inject(Router).navigateByUrl('/catalogue-of-something-else');
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=visitor-notice]')).not.toBeNull();
  });
});
