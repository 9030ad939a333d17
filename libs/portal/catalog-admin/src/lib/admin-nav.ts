import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@lumen/portal/core';

/** The back office's own tabs: products, categories, import and export. */
@Component({
  selector: 'lt-catalog-admin-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs" [attr.aria-label]="'catalogAdmin.nav.label' | t" data-testid="catalog-admin-nav">
      <a class="tab" routerLink="/catalog-admin/products" routerLinkActive="active">{{
        'catalogAdmin.nav.products' | t
      }}</a>
      <a class="tab" routerLink="/catalog-admin/categories" routerLinkActive="active">{{
        'catalogAdmin.nav.categories' | t
      }}</a>
      <a class="tab" routerLink="/catalog-admin/import" routerLinkActive="active">{{
        'catalogAdmin.nav.import' | t
      }}</a>
    </nav>
  `,
  styles: `
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-bottom: 1px solid var(--border);
      margin-bottom: 1rem;
    }
    .tab {
      padding: 0.5rem 0.75rem;
      border-bottom: 3px solid transparent;
      text-decoration: none;
      color: var(--text-muted);
      white-space: nowrap;
    }
    /* Three tabs on one line of a 390 px phone. */
    @media (max-width: 420px) {
      .tab {
        padding: 0.5rem 0.4rem;
        font-size: 0.9rem;
      }
    }
    .tab.active {
      color: var(--text);
      font-weight: 600;
      border-bottom-color: var(--accent);
    }
  `,
})
export class CatalogAdminNav {}
