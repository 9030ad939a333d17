import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@lumen/portal/core';
import type { CancellationStatus, CaseStatus, ClaimStatus, ReturnStatus } from '@lumen/shared/contracts';

type Pill =
  | { kind: 'return'; status: ReturnStatus }
  | { kind: 'claim'; status: ClaimStatus }
  | { kind: 'case'; status: CaseStatus }
  | { kind: 'cancellation'; status: CancellationStatus };

/** Finished for the good: green. Turned down: red. Waiting on the customer: amber. The rest: neutral. */
const TONE: Record<string, 'done' | 'refused' | 'waiting'> = {
  credited: 'done',
  cancelled: 'done',
  accepted: 'done',
  replacement_sent: 'done',
  repair: 'done',
  resolved: 'done',
  refused: 'refused',
  waiting_for_customer: 'waiting',
};

/** The status of a return, claim, case or cancellation, in words and colour. */
@Component({
  selector: 'lt-after-sales-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="pill" [attr.data-tone]="tone()" [attr.data-status]="pill().status">{{
    'afterSales.status.' + pill().kind + '.' + pill().status | t
  }}</span>`,
  styles: `
    .pill {
      display: inline-block;
      font-size: 0.85rem;
      padding: 0.1rem 0.55rem;
      border-radius: 999px;
      background: var(--surface-muted);
      white-space: nowrap;
    }
    [data-tone='done'] {
      background: var(--success-bg);
      color: var(--success-text);
    }
    [data-tone='refused'] {
      background: var(--danger-bg);
      color: var(--danger);
    }
    [data-tone='waiting'] {
      background: var(--warning-bg);
      color: var(--warning-text);
    }
  `,
})
export class AfterSalesStatus {
  readonly pill = input.required<Pill>();
  protected readonly tone = computed(() => TONE[this.pill().status] ?? null);
}
