import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Previous / "page 2 of 5" / next under a paginated table; hidden when everything fits one page. */
@Component({
  selector: 'lt-pager',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="pager" [attr.aria-label]="'pager.label' | t">
        <button class="btn btn-secondary" type="button" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)">
          {{ 'pager.previous' | t }}
        </button>
        <span>{{ 'pager.position' | t: { page: page(), pages: pages() } }}</span>
        <button
          class="btn btn-secondary"
          type="button"
          [disabled]="page() >= pages()"
          (click)="pageChange.emit(page() + 1)"
        >
          {{ 'pager.next' | t }}
        </button>
      </nav>
    }
  `,
  styles: `
    .pager {
      display: flex;
      gap: 1rem;
      align-items: center;
      justify-content: flex-end;
      margin-top: 0.8rem;
    }
  `,
})
export class Pager {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly pageChange = output<number>();
}
