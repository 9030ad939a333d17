import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe } from '@lumen/portal/core';
import {
  DECISION_REASON_MAX,
  type InspectReturnRequest,
  type ReturnDetail,
  type ReturnLineVerdict,
} from '@lumen/shared/contracts';
import { DeskActions } from './desk-actions';
import { returnStep } from './desk-rules';
import { DocumentLinks } from './document-links';
import { ServiceDeskApi } from './service-desk.api';
import { StatusTag } from './status-tag';

interface Verdict {
  verdict: ReturnLineVerdict | null;
  reason: string;
}

/** One return: receive the goods, then a verdict per line (a refusal with its reason); accepted goods come back as a credit note. */
@Component({
  selector: 'lt-return-detail-page',
  imports: [FormsModule, RouterLink, DocumentLinks, FormAlert, LocalDatePipe, MoneyPipe, StatusTag, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/service-desk/returns">← {{ 'serviceDesk.returns.back' | t }}</a>
    </p>
    <lt-form-alert [message]="actions.notice()" [kind]="actions.kind()" />
    @if (detail(); as r) {
      <div class="page-header detail">
        <h1 data-testid="return-title">{{ r.rmaNumber }} · {{ r.company.name }}</h1>
        <lt-status-tag kind="return" [status]="r.status" data-testid="return-status" />
      </div>
      <dl class="details card">
        <dt>{{ 'serviceDesk.returns.order' | t }}</dt>
        <dd>
          <a [routerLink]="['/staff/orders', r.order.id]">{{ r.order.number }}</a>
        </dd>
        <dt>{{ 'serviceDesk.returns.created' | t }}</dt>
        <dd>{{ r.createdAt | localDate: 'time' }} · {{ r.createdBy }}</dd>
        @if (r.reason) {
          <dt>{{ 'serviceDesk.returns.reason' | t }}</dt>
          <dd class="pre">{{ r.reason }}</dd>
        }
        <dt>{{ 'serviceDesk.returns.refundMethod' | t }}</dt>
        <dd>{{ 'serviceDesk.refundMethod.' + r.refundMethod | t }}</dd>
        @if (r.receivedAt) {
          <dt>{{ 'serviceDesk.returnStatus.received' | t }}</dt>
          <dd>{{ r.receivedAt | localDate: 'time' }}</dd>
        }
        @if (r.inspectedAt) {
          <dt>{{ 'serviceDesk.returnStatus.inspected' | t }}</dt>
          <dd>{{ r.inspectedAt | localDate: 'time' }}</dd>
        }
        @if (r.caseId) {
          <dt>{{ 'serviceDesk.returns.case' | t }}</dt>
          <dd>
            <a [routerLink]="['/service-desk/cases', r.caseId]" data-testid="return-case">{{
              'serviceDesk.returns.openCase' | t
            }}</a>
          </dd>
        }
      </dl>
      @if (step() === 'receive') {
        <div class="actions">
          <button
            class="btn btn-primary"
            type="button"
            data-testid="receive-return"
            [disabled]="actions.busy()"
            (click)="receive()"
          >
            {{ 'serviceDesk.returns.receive' | t }}
          </button>
        </div>
      }
      <section class="card">
        <h2>{{ 'serviceDesk.returns.inspect' | t }}</h2>
        <table class="table stack" data-testid="return-lines">
          <thead>
            <tr>
              <th>{{ 'serviceDesk.returns.product' | t }}</th>
              <th>{{ 'serviceDesk.returns.sku' | t }}</th>
              <th class="num">{{ 'serviceDesk.returns.quantity' | t }}</th>
              <th class="num">{{ 'serviceDesk.returns.unitPrice' | t }}</th>
              <th>{{ 'serviceDesk.returns.verdict' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (line of r.lines; track line.orderLineId; let i = $index) {
              <tr [attr.data-sku]="line.sku">
                <td class="name">{{ line.name }}</td>
                <td class="sku" [attr.data-label]="'serviceDesk.returns.sku' | t">{{ line.sku }}</td>
                <td class="num" [attr.data-label]="'serviceDesk.returns.quantity' | t">{{ line.quantity }}</td>
                <td class="num" [attr.data-label]="'serviceDesk.returns.unitPrice' | t">
                  {{ line.unitPriceOre | money }}
                </td>
                <td [attr.data-label]="'serviceDesk.returns.verdict' | t">
                  @if (step() === 'inspect') {
                    <span class="verdict">
                      <label class="choice"
                        ><input
                          type="radio"
                          [name]="'verdict-' + i"
                          value="accepted"
                          [ngModel]="verdicts()[i].verdict"
                          (ngModelChange)="patch(i, { verdict: $event })"
                          data-testid="verdict-accept"
                        />
                        {{ 'serviceDesk.returns.accept' | t }}</label
                      >
                      <label class="choice"
                        ><input
                          type="radio"
                          [name]="'verdict-' + i"
                          value="refused"
                          [ngModel]="verdicts()[i].verdict"
                          (ngModelChange)="patch(i, { verdict: $event })"
                          data-testid="verdict-refuse"
                        />
                        {{ 'serviceDesk.returns.refuse' | t }}</label
                      >
                      @if (verdicts()[i].verdict === 'refused') {
                        <input
                          class="reason"
                          [name]="'reason-' + i"
                          [attr.maxlength]="reasonMax"
                          [ngModel]="verdicts()[i].reason"
                          (ngModelChange)="patch(i, { reason: $event })"
                          [attr.aria-label]="'serviceDesk.returns.refusalReason' | t"
                          [placeholder]="'serviceDesk.returns.refusalReason' | t"
                          data-testid="verdict-reason"
                        />
                      }
                    </span>
                  } @else if (line.verdict) {
                    <span [class]="line.verdict === 'accepted' ? 'tag good' : 'tag bad'">{{
                      'serviceDesk.returns.' + (line.verdict === 'accepted' ? 'accept' : 'refuse') | t
                    }}</span>
                    @if (line.refusalReason) {
                      <span class="muted"> {{ line.refusalReason }}</span>
                    }
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
        @if (step() === 'inspect') {
          <div class="form-actions save">
            <button
              class="btn btn-primary"
              type="button"
              data-testid="save-inspection"
              [disabled]="actions.busy() || !complete()"
              (click)="inspect()"
            >
              {{ 'serviceDesk.returns.saveInspection' | t }}
            </button>
          </div>
        }
      </section>
      <section class="card">
        <h2>{{ 'serviceDesk.returns.creditNotes' | t }}</h2>
        @for (note of r.creditNotes; track note.id) {
          <p class="note" data-testid="credit-note">
            <span
              >{{ 'serviceDesk.creditNote' | t: { number: note.number } }} ·
              <strong>{{ note.grossOre | money }}</strong></span
            >
            <lt-document-links [invoiceId]="note.id" />
          </p>
        } @empty {
          <p class="muted">{{ 'serviceDesk.returns.noCreditNotes' | t }}</p>
        }
      </section>
    }
  `,
  styleUrls: ['./desk.css'],
  styles: `
    .page-header {
      align-items: center;
    }
    .details.card {
      padding: 1rem 1.5rem;
    }
    .verdict {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.3rem 0.9rem;
      align-items: center;
      justify-content: flex-end;
    }
    .reason {
      font: inherit;
      padding: 0.3rem 0.45rem;
      border: 1px solid var(--border-strong);
      border-radius: var(--radius);
      width: 14rem;
      max-width: 100%;
    }
    .name {
      overflow-wrap: anywhere;
    }
    .save {
      margin-top: 0.8rem;
    }
    .note {
      display: flex;
      flex-wrap: wrap;
      gap: 0.6rem;
      align-items: center;
    }
  `,
})
export class ReturnDetailPage implements OnInit {
  private readonly api = inject(ServiceDeskApi);
  readonly id = input.required<string>();
  protected readonly reasonMax = DECISION_REASON_MAX;
  protected readonly detail = signal<ReturnDetail | null>(null);
  protected readonly verdicts = signal<Verdict[]>([]);
  protected readonly actions = new DeskActions(async () => {
    const detail = await this.api.return(this.id());
    this.detail.set(detail);
    this.verdicts.set(detail.lines.map((line) => ({ verdict: line.verdict, reason: line.refusalReason ?? '' })));
  });
  protected readonly step = computed(() => {
    const detail = this.detail();
    return detail ? returnStep(detail.status) : null;
  });
  /** Every line has a verdict and every refusal its reason. */
  protected readonly complete = computed(() =>
    this.verdicts().every((v) => v.verdict === 'accepted' || (v.verdict === 'refused' && v.reason.trim() !== '')),
  );

  ngOnInit(): void {
    void this.actions.load();
  }

  protected patch(index: number, change: Partial<Verdict>): void {
    this.verdicts.update((all) => all.map((v, i) => (i === index ? { ...v, ...change } : v)));
  }

  protected receive(): void {
    void this.actions.run(
      () => this.api.receiveReturn(this.id()),
      () => ({ key: 'serviceDesk.returns.received' }),
    );
  }

  protected inspect(): void {
    const lines = this.detail()?.lines ?? [];
    const request: InspectReturnRequest = {
      lines: lines.map((line, i) => {
        const { verdict, reason } = this.verdicts()[i];
        return verdict === 'refused'
          ? { orderLineId: line.orderLineId, verdict, refusalReason: reason.trim() }
          : { orderLineId: line.orderLineId, verdict: 'accepted' };
      }),
    };
    void this.actions.run(
      () => this.api.inspectReturn(this.id(), request),
      () => ({ key: 'serviceDesk.returns.inspected' }),
    );
  }
}
