import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FieldError,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  Submission,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import { APPROVAL_REASON_MAX_LENGTH, type OrderApproval } from '@lumen/shared/contracts';
import { ApprovalSteps } from './approval-steps';
import { PurchasingApi } from './purchasing.api';

/** One order's approval, the page the approvers' e-mail links to: approve, or reject with a reason. */
@Component({
  selector: 'lt-approval-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    ApprovalSteps,
    FieldError,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="link" routerLink="/approvals">← {{ 'approvals.back' | t }}</a>
    </p>
    <lt-form-alert [message]="notice()" [kind]="noticeKind()" />
    @if (approval(); as approval) {
      <div class="page-header">
        <h1>{{ 'approvals.order' | t: { number: approval.orderNumber } }}</h1>
        <span class="status" data-testid="approval-status">{{ 'approvals.status.' + approval.status | t }}</span>
      </div>
      <section class="card">
        <p>{{ 'approvals.orderer' | t: { name: approval.orderer } }}</p>
        <p>
          <strong>{{ 'approvals.net' | t: { amount: (approval.netOre | money) } }}</strong> ·
          {{ 'approvals.holdUntil' | t: { date: (approval.holdUntil | localDate: 'time') } }}
        </p>
        <h2>{{ 'approvals.steps' | t }}</h2>
        <lt-approval-steps [steps]="approval.steps" />
        @if (approval.decidedBy) {
          <p>
            {{ 'approvals.status.' + approval.status | t }}{{ 'common.colon' | t }}
            {{
              'approvals.decidedBy' | t: { name: approval.decidedBy, date: (approval.decidedAt | localDate: 'time') }
            }}
          </p>
        }
        @if (approval.rejectionReason) {
          <p>{{ 'approvals.reason' | t }}{{ 'common.colon' | t }} {{ approval.rejectionReason }}</p>
        }
        <p>
          <a class="link" [routerLink]="['/orders', approval.orderId]">{{ 'approvals.viewOrder' | t }}</a>
        </p>
      </section>

      @if (approval.canDecide) {
        <section class="card decide">
          <button class="btn btn-primary" type="button" [disabled]="approving()" (click)="approve(approval)">
            {{ 'approvals.approve' | t }}
          </button>
          <form class="form" [formGroup]="form" (ngSubmit)="reject(approval)" novalidate>
            <lt-form-alert [message]="submission.error()" />
            <div class="field">
              <label for="reject-reason">{{ 'approvals.reasonField' | t }}</label>
              <textarea id="reject-reason" rows="3" formControlName="reason"></textarea>
              <lt-field-error [control]="form.controls.reason" field="reason" />
            </div>
            <button class="btn btn-secondary" type="submit" [disabled]="submission.busy()">
              {{ 'approvals.reject' | t }}
            </button>
          </form>
        </section>
      } @else if (approval.status === 'pending') {
        <p class="muted">{{ 'approvals.cannotDecide' | t }}</p>
      }
    }
  `,
  styles: `
    .page-header {
      display: flex;
      gap: 1rem;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .status {
      font-weight: 600;
    }
    .card {
      margin-bottom: 1rem;
    }
    .decide {
      display: grid;
      gap: 1rem;
      max-width: 36rem;
    }
    .decide > button {
      justify-self: start;
    }
    textarea {
      width: 100%;
    }
  `,
})
export class ApprovalPage implements OnInit {
  private readonly api = inject(PurchasingApi);
  readonly id = input.required<string>();
  protected readonly approval = signal<OrderApproval | null>(null);
  protected readonly approving = signal(false);
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly noticeKind = signal<'error' | 'success'>('success');
  protected readonly submission = new Submission();
  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(APPROVAL_REASON_MAX_LENGTH)],
    }),
  });

  ngOnInit(): void {
    this.api.approval(this.id()).then(
      (approval) => this.approval.set(approval),
      (error: unknown) => this.say(describeError(error), 'error'),
    );
  }

  protected async approve(approval: OrderApproval): Promise<void> {
    this.approving.set(true);
    try {
      const approved = await this.api.approve(approval.id);
      this.approval.set(approved);
      this.say({ key: approved.status === 'approved' ? 'approvals.approved' : 'approvals.approvedWaiting' }, 'success');
      void this.api.approvals();
    } catch (error) {
      this.say(describeError(error), 'error');
    } finally {
      this.approving.set(false);
    }
  }

  protected async reject(approval: OrderApproval): Promise<void> {
    const { reason } = this.form.getRawValue();
    let rejected: OrderApproval | null = null;
    const ok = await this.submission.run(
      this.form,
      async () => (rejected = await this.api.reject(approval.id, reason)),
    );
    if (ok && rejected) {
      this.approval.set(rejected);
      this.say({ key: 'approvals.rejected' }, 'success');
      void this.api.approvals();
    }
  }

  private say(message: ErrorMessage, kind: 'error' | 'success'): void {
    this.noticeKind.set(kind);
    this.notice.set(message);
  }
}
