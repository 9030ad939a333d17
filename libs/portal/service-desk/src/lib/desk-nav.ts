import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthStore, TranslatePipe } from '@lumen/portal/core';

/** The desk's own sections: cases, the three after-sales queues and (for the shop admin) the price. */
@Component({
  selector: 'lt-desk-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="sections" [attr.aria-label]="'serviceDesk.nav.label' | t" data-testid="desk-sections">
      <a routerLink="/service-desk" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }">{{
        'serviceDesk.nav.cases' | t
      }}</a>
      <a routerLink="/service-desk/returns" routerLinkActive="active" data-testid="nav-returns">{{
        'serviceDesk.nav.returns' | t
      }}</a>
      <a routerLink="/service-desk/claims" routerLinkActive="active" data-testid="nav-claims">{{
        'serviceDesk.nav.claims' | t
      }}</a>
      <a routerLink="/service-desk/cancellations" routerLinkActive="active" data-testid="nav-cancellations">{{
        'serviceDesk.nav.cancellations' | t
      }}</a>
      @if (auth.can('update', 'ServiceSettings')) {
        <a routerLink="/service-desk/settings" routerLinkActive="active" data-testid="nav-settings">{{
          'serviceDesk.nav.settings' | t
        }}</a>
      }
    </nav>
  `,
  styles: `
    .sections {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      margin: -0.4rem 0 1rem;
    }
    .sections a {
      text-decoration: none;
      padding: 0.3rem 0.8rem;
      border-radius: 999px;
      border: 1px solid var(--border-strong);
      background: var(--surface);
      color: var(--text);
      font-size: 0.9rem;
      white-space: nowrap;
    }
    .sections a:hover {
      background: var(--surface-muted);
    }
    .sections a.active {
      background: var(--accent);
      border-color: var(--accent);
      color: #fff;
      font-weight: 600;
    }
  `,
})
export class DeskNav {
  protected readonly auth = inject(AuthStore);
}
