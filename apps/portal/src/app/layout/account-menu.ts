import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { AuthStore, TierBadge, TranslatePipe } from '@lumen/portal/core';
import { filter } from 'rxjs';

/** Name, company and tier of the logged-in user, with the account pages and logout. */
@Component({
  selector: 'lt-account-menu',
  imports: [RouterLink, TierBadge, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:click)': 'closeIfOutside($event)', '(document:keydown.escape)': 'open.set(false)' },
  template: `
    @if (auth.me(); as me) {
      <button
        type="button"
        class="account-button"
        data-testid="account-menu"
        [attr.aria-expanded]="open()"
        [attr.aria-label]="'shell.accountMenuFor' | t: { name: me.user.name }"
        aria-haspopup="menu"
        (click)="open.set(!open())"
      >
        <span class="avatar" aria-hidden="true">{{ initials() }}</span>
        <span class="who">
          <!-- Cut with an ellipsis on one line (the header keeps its height); the title shows it whole. -->
          <span class="name" [title]="me.user.name">{{ me.user.name }}</span>
          <span class="company" [title]="me.company?.name ?? ''">{{ me.company?.name ?? ('shell.staff.' + me.user.staffRole | t) }}</span>
        </span>
        @if (me.company; as company) {
          <lt-tier-badge class="button-tier" [tier]="company.tier" />
        }
        <span class="caret" aria-hidden="true">▾</span>
      </button>
      @if (open()) {
        <div class="menu" role="menu">
          <div class="menu-head">
            <strong>{{ me.user.name }}</strong>
            <span>{{ me.user.email }}</span>
            @if (me.company; as company) {
              <span class="menu-company">{{ company.name }} <lt-tier-badge [tier]="company.tier" /></span>
            }
          </div>
          <a role="menuitem" routerLink="/account">{{ 'shell.account' | t }}</a>
          <a role="menuitem" routerLink="/account/password">{{ 'shell.changePassword' | t }}</a>
          <button role="menuitem" type="button" data-testid="logout" (click)="logout()">
            {{ 'shell.logout' | t }}
          </button>
        </div>
      }
    }
  `,
  styleUrl: './account-menu.css',
})
export class AccountMenu {
  protected readonly auth = inject(AuthStore);
  protected readonly open = signal(false);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.open.set(false));
  }

  protected initials(): string {
    const name = this.auth.user()?.name ?? '';
    return name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase())
      .join('');
  }

  protected closeIfOutside(event: Event): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.open.set(false);
  }

  protected logout(): void {
    this.open.set(false);
    void this.auth.logout();
  }
}
