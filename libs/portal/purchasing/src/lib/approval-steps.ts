import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { LocalDatePipe, TranslatePipe, TranslationService } from '@lumen/portal/core';
import type { ApprovalStep } from '@lumen/shared/contracts';
import { PURCHASING_TRANSLATIONS } from './purchasing.translations';

/**
 * The steps of an approval: each rule or budget, who may approve it, and who did when. Brings its
 * own texts, so the order page can show "who approved when" with it.
 */
@Component({
  selector: 'lt-approval-steps',
  imports: [LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="steps">
      @for (step of steps(); track step.id) {
        <li data-testid="approval-step">
          <strong>
            @if (step.kind === 'budget') {
              {{ 'approvals.budgetStep' | t: { period: ('purchasing.budgets.period.' + step.budgetPeriod | t) } }}
              {{ step.label }}
            } @else {
              {{ step.label }}
            }
          </strong>
          <span class="muted">— {{ step.approverNames.join(', ') }}</span>
          <div>
            @if (step.approvedBy) {
              ✓ {{ 'approvals.approvedBy' | t: { name: step.approvedBy, date: (step.approvedAt | localDate: 'time') } }}
            } @else {
              <span class="muted">{{ 'approvals.waiting' | t }}</span>
            }
          </div>
        </li>
      }
    </ul>
  `,
  styles: `
    .steps {
      padding-left: 1.1rem;
      margin: 0.5rem 0;
    }
    li {
      margin-bottom: 0.4rem;
    }
  `,
})
export class ApprovalSteps {
  readonly steps = input.required<ApprovalStep[]>();

  constructor() {
    inject(TranslationService).register(PURCHASING_TRANSLATIONS);
  }
}
