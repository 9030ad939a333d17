import { TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { CompanyUser } from '@lumen/shared/contracts';
import { CompanyApi } from './company.api';
import { COMPANY_TRANSLATIONS } from './company.translations';
import { CompanyEmployeesPage } from './employees.page';

const user = (id: string, email: string, overrides: Partial<CompanyUser> = {}): CompanyUser => ({
  id,
  name: email.split('@')[0],
  email,
  phone: null,
  active: true,
  invitationPending: false,
  roles: [{ id: 'r-admin', name: 'Admin', builtInKey: 'admin' }],
  createdAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

describe('CompanyEmployeesPage: the row actions', () => {
  const resendInvitation = jest.fn();

  beforeEach(() => {
    localStorage.clear();
    resendInvitation.mockReset().mockResolvedValue({});
    TestBed.configureTestingModule({
      imports: [CompanyEmployeesPage],
      providers: [
        {
          provide: CompanyApi,
          useValue: {
            users: () =>
              Promise.resolve([
                user('me', 'admin@nordlys.test'),
                user('u2', 'buyer@nordlys.test'),
                user('u3', 'new@nordlys.test', { invitationPending: true }),
              ]),
            roles: () => Promise.resolve([]),
            resendInvitation,
          },
        },
        { provide: AuthStore, useValue: { user: signal({ id: 'me' }), can: () => true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(COMPANY_TRANSLATIONS);
  });

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(CompanyEmployeesPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const actionsOf = (element: HTMLElement, email: string) =>
    [...element.querySelectorAll(`tr[data-email="${email}"] .row-actions button`)].map((b) => b.textContent?.trim());

  it('offers no Deactivate on the admin’s own row, and does on a colleague’s', async () => {
    const element = await render();
    expect(actionsOf(element, 'admin@nordlys.test')).not.toContain('Deaktiver');
    expect(actionsOf(element, 'buyer@nordlys.test')).toContain('Deaktiver');
  });

  it('sends an invitation again only to an employee who has not accepted yet', async () => {
    const element = await render();
    expect(actionsOf(element, 'buyer@nordlys.test')).not.toContain('Send invitasjonen på nytt');
    const resend = element.querySelector<HTMLButtonElement>('tr[data-email="new@nordlys.test"] [data-testid=resend-invitation]');
    resend?.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(resendInvitation).toHaveBeenCalledWith('u3');
  });
});
