import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { CompanyStatus, MeResponse } from '@lumen/shared/contracts';
import { AccountPage } from './account.page';
import { AUTH_TRANSLATIONS } from './auth.translations';

const me = (status: CompanyStatus): MeResponse => ({
  user: {
    id: 'u1',
    name: 'Eva Eksempel',
    email: 'eva@example.test',
    roles: ['Admin'],
    staffRole: null,
    language: 'nb',
  },
  company: {
    id: 'c1',
    name: 'Eksempel Elektro AS',
    organisationNumber: '923609016',
    customerType: status === 'active' ? 'business' : 'non_vat_registered',
    status,
    tier: 'silver',
    contactEmail: null,
    phone: '+47 22 00 00 00',
  },
  permissions: [],
  rules: [],
});

describe('AccountPage', () => {
  let allowed: Set<string>;

  function render(status: CompanyStatus, welcome?: string): HTMLElement {
    TestBed.configureTestingModule({
      imports: [AccountPage],
      providers: [
        provideRouter([]),
        {
          provide: AuthStore,
          useValue: {
            me: signal(me(status)),
            loadMe: () => Promise.resolve(),
            can: (action: string, subject: string) => allowed.has(`${action} ${subject}`),
          },
        },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(AUTH_TRANSLATIONS);
    const fixture = TestBed.createComponent(AccountPage);
    if (welcome !== undefined) fixture.componentRef.setInput('welcome', welcome);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    localStorage.clear();
    allowed = new Set(['create User', 'create ProjectList']);
  });

  it('welcomes a just-registered admin with what to do next, each step a link', () => {
    const element = render('active', '1');
    const panel = element.querySelector('[data-testid="welcome-panel"]');
    expect(panel?.textContent).toContain('Velkommen til Lumen Trade, Eva Eksempel!');
    expect(panel?.querySelector('[data-testid="welcome-status"]')?.textContent).toContain('bestille med en gang');
    const links = [...(panel?.querySelectorAll('[data-step] a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/catalog', '/company/employees', '/project-lists']);
  });

  it('tells a company waiting for verification that it cannot order yet', () => {
    const element = render('pending_verification', '1');
    expect(element.querySelector('[data-testid="welcome-status"]')?.textContent).toContain('venter på verifisering');
  });

  it('leaves out the steps the user may not take', () => {
    allowed = new Set();
    const element = render('active', '1');
    expect([...element.querySelectorAll('[data-step]')].map((li) => li.getAttribute('data-step'))).toEqual(['catalog']);
  });

  it('shows no welcome on a later visit, and the organisation number grouped as 923 609 016', () => {
    const element = render('active');
    expect(element.querySelector('[data-testid="welcome-panel"]')).toBeNull();
    expect(element.querySelector('[data-testid="account-company"]')?.textContent).toContain('923\u00a0609\u00a0016');
  });
});
