import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, OrganisationNumberPipe, TierBadge, TranslatePipe, TranslationService } from '@lumen/portal/core';
import { WelcomePanel } from './welcome-panel';

@Component({
  selector: 'lt-account-page',
  imports: [RouterLink, OrganisationNumberPipe, TierBadge, TranslatePipe, WelcomePanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account.page.html',
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr));
      gap: 1.25rem;
      align-items: start;
    }
    .card h2 {
      margin: 0 0 1rem;
    }
    /* A long e-mail address wraps inside its card instead of widening a phone's page. */
    .details dd {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .card h2.security {
      margin-top: 1.75rem;
    }
    .status-pending {
      margin-top: 1.25rem;
    }
    .status-pending strong {
      display: block;
      margin-bottom: 0.25rem;
    }
    .tier-note {
      display: block;
      font-size: 0.8rem;
      color: var(--text-muted);
      margin-top: 0.25rem;
    }
  `,
})
export class AccountPage {
  protected readonly auth = inject(AuthStore);
  private readonly translations = inject(TranslationService);
  /** `?welcome` (from registration): the user has just arrived and is shown what to do next. */
  readonly welcome = input<string>();

  /** Reads the language signal, so the list follows the language switch. */
  protected roleNames(roles: readonly string[]): string {
    return roles
      .map((role) => {
        const key = `auth.account.builtInRoles.${role}`;
        return this.translations.has(key) ? this.translations.translate(key) : role;
      })
      .join(', ');
  }

  constructor() {
    // Status and tier change on the shop's side (verification, tier changes): show them fresh.
    this.auth.loadMe().catch(() => undefined);
  }
}
