import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslationService } from '@lumen/portal/core';
import { PurchasingApi } from './purchasing.api';
import { PURCHASING_TRANSLATIONS } from './purchasing.translations';

/** The header's approvals icon: how many orders wait for the caller's decision. Hidden at none. */
@Component({
  selector: 'lt-approvals-header-icon',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (api.awaitingYou() > 0) {
      <a
        class="approvals"
        routerLink="/approvals"
        [attr.aria-label]="'approvals.headerLabel' | t"
        data-testid="approvals-icon"
      >
        <span aria-hidden="true">✓</span>
        <span class="count">{{ api.awaitingYou() }}</span>
      </a>
    }
  `,
  styles: `
    .approvals {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      text-decoration: none;
      color: inherit;
      font-weight: 600;
    }
    .count {
      background: var(--accent);
      color: #fff;
      border-radius: 999px;
      padding: 0 0.45rem;
      font-size: 0.8rem;
    }
  `,
})
export class ApprovalsHeaderIcon {
  protected readonly api = inject(PurchasingApi);

  constructor() {
    inject(TranslationService).register(PURCHASING_TRANSLATIONS);
    void this.api.approvals().catch(() => undefined);
  }
}
