import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthStore, TranslatePipe } from '@lumen/portal/core';

/** The desk's own sections: cases, the three after-sales queues and (for the shop admin) the price. */
@Component({
  selector: 'lt-desk-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs" [attr.aria-label]="'serviceDesk.nav.label' | t" data-testid="desk-sections">
      <a class="tab" routerLink="/service-desk" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }">{{
        'serviceDesk.nav.cases' | t
      }}</a>
      <a class="tab" routerLink="/service-desk/returns" routerLinkActive="active" data-testid="nav-returns">{{
        'serviceDesk.nav.returns' | t
      }}</a>
      <a class="tab" routerLink="/service-desk/claims" routerLinkActive="active" data-testid="nav-claims">{{
        'serviceDesk.nav.claims' | t
      }}</a>
      <a class="tab" routerLink="/service-desk/cancellations" routerLinkActive="active" data-testid="nav-cancellations">
        {{ 'serviceDesk.nav.cancellations' | t }}
      </a>
      @if (auth.can('update', 'ServiceSettings')) {
        <a class="tab" routerLink="/service-desk/settings" routerLinkActive="active" data-testid="nav-settings">{{
          'serviceDesk.nav.settings' | t
        }}</a>
      }
    </nav>
  `,
  styles: `
    .tab {
      text-decoration: none;
    }
  `,
})
export class DeskNav {
  protected readonly auth = inject(AuthStore);
}
