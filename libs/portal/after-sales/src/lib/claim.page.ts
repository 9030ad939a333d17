import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ErrorMessage, FormAlert, LocalDatePipe, TranslatePipe, describeError } from '@lumen/portal/core';
import type { ClaimDetail } from '@lumen/shared/contracts';
import { AfterSalesApi } from './after-sales.api';
import { AttachmentList } from './attachment-list';
import { CreditNoteLinks } from './document-links';
import { AfterSalesStatus } from './status-pill';

/** One warranty claim or damage report: what was reported, its photos, and staff's decision. */
@Component({
  selector: 'lt-claim-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, TranslatePipe, AfterSalesStatus, AttachmentList, CreditNoteLinks],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/after-sales">← {{ 'afterSales.title' | t }}</a>
    </p>
    <lt-form-alert [message]="error()" />
    @if (claim(); as claim) {
      <div class="page-header">
        <div class="title">
          <h1 data-testid="claim-title">{{ 'afterSales.claims.title.' + claim.kind | t: { number: claim.number } }}</h1>
          <lt-after-sales-status [pill]="{ kind: 'claim', status: claim.status }" data-testid="claim-status" />
        </div>
      </div>
      <section class="card">
        <dl class="details">
          <dt>{{ 'afterSales.order.label' | t }}</dt>
          <dd>
            <a [routerLink]="['/orders', claim.order.id]">{{ claim.order.number }}</a>
          </dd>
          <dt>{{ 'afterSales.product' | t }}</dt>
          <dd>
            <span class="sku">{{ claim.sku }}</span> {{ claim.name }} · {{ claim.quantity }}
          </dd>
          <dt>{{ 'afterSales.created' | t }}</dt>
          <dd>{{ claim.createdAt | localDate: 'time' }} · {{ claim.createdBy }}</dd>
          @if (claim.caseId; as caseId) {
            <dt>{{ 'afterSales.case' | t }}</dt>
            <dd>
              <a [routerLink]="['/cases', caseId]" data-testid="claim-case">{{ 'afterSales.toCase' | t }}</a>
            </dd>
          }
        </dl>
        <h2>{{ 'afterSales.problem.description' | t }}</h2>
        <p class="text" data-testid="claim-description">{{ claim.description }}</p>
        @if (claim.photos.length) {
          <h2>{{ 'afterSales.problem.photos' | t }}</h2>
          <lt-attachments [attachments]="claim.photos" data-testid="claim-photos" />
        }
      </section>
      <section class="card" data-testid="claim-decision">
        <h2>{{ 'afterSales.claims.decision' | t }}</h2>
        @if (claim.decision; as decision) {
          <p>
            <strong>{{ 'afterSales.decision.' + decision | t }}</strong>
            @if (claim.decidedAt) {
              <span class="muted"> · {{ claim.decidedAt | localDate: 'time' }} · {{ claim.decidedBy }}</span>
            }
          </p>
          @if (claim.decisionReason) {
            <p class="text">{{ claim.decisionReason }}</p>
          }
          @if (claim.replacementShipmentId) {
            <p>{{ 'afterSales.claims.replacementSent' | t }}</p>
          }
          @for (note of claim.creditNotes; track note.id) {
            <lt-credit-note [note]="note" />
          }
        } @else {
          <p class="muted">{{ 'afterSales.claims.undecided' | t }}</p>
        }
      </section>
    }
  `,
  styleUrl: './detail.css',
})
export class ClaimPage implements OnInit {
  private readonly api = inject(AfterSalesApi);
  readonly id = input.required<string>();
  protected readonly claim = signal<ClaimDetail | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.claim.set(await this.api.claimDetail(this.id()));
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
