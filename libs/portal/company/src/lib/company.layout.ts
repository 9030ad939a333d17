import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore, TranslatePipe } from '@lumen/portal/core';
import type { Action, Subject } from '@lumen/shared/permissions';

interface Tab {
  path: string;
  label: string;
  can: [Action, Subject];
}

const TABS: Tab[] = [
  { path: '/company', label: 'company.tabs.profile', can: ['read', 'Company'] },
  { path: '/company/addresses', label: 'company.tabs.addresses', can: ['read', 'Address'] },
  { path: '/company/employees', label: 'company.tabs.employees', can: ['read', 'User'] },
  { path: '/company/roles', label: 'company.tabs.roles', can: ['read', 'Role'] },
];

/** The company area: tabs for what the user may see (the same rules as the API), then the page. */
@Component({
  selector: 'lt-company-layout',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs" aria-label="{{ 'company.tabs.profile' | t }}">
      @for (tab of tabs(); track tab.path) {
        <a [routerLink]="tab.path" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }">{{ tab.label | t }}</a>
      }
    </nav>
    <router-outlet />
  `,
  styles: `
    .tabs {
      display: flex;
      gap: 0.25rem;
      flex-wrap: wrap;
      border-bottom: 1px solid var(--border, #d9dde3);
      margin-bottom: 1.5rem;
    }
    .tabs a {
      padding: 0.6rem 1rem;
      text-decoration: none;
      color: var(--text-muted);
      border-bottom: 3px solid transparent;
    }
    .tabs a.active {
      color: var(--accent);
      border-bottom-color: var(--accent);
      font-weight: 600;
    }
  `,
})
export class CompanyLayout {
  private readonly auth = inject(AuthStore);
  protected readonly tabs = computed(() => TABS.filter((tab) => this.auth.can(...tab.can)));
}
