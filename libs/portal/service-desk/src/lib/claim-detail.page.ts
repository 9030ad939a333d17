import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe } from '@lumen/portal/core';
import { CARRIERS, DECISION_REASON_MAX, type ClaimDecision, type ClaimDetail } from '@lumen/shared/contracts';
import { AttachmentPhoto } from './attachments';
import { DeskActions } from './desk-actions';
import { claimDecisions, decisionRequest } from './desk-rules';
import { DocumentLinks } from './document-links';
import { ServiceDeskApi } from './service-desk.api';
import { StatusTag } from './status-tag';

/** One warranty claim or damage report: the customer's description and photos, and the desk's decision. */
@Component({
  selector: 'lt-claim-detail-page',
  imports: [
    FormsModule,
    RouterLink,
    AttachmentPhoto,
    DocumentLinks,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    StatusTag,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/service-desk/claims">← {{ 'serviceDesk.claims.back' | t }}</a>
    </p>
    <lt-form-alert [message]="actions.notice()" [kind]="actions.kind()" />
    @if (detail(); as c) {
      <div class="page-header detail">
        <h1 data-testid="claim-title">{{ c.number }} · {{ 'serviceDesk.claimKind.' + c.kind | t }}</h1>
        <lt-status-tag kind="claim" [status]="c.status" data-testid="claim-status" />
      </div>
      <div class="columns">
        <div>
          <dl class="details card">
            <dt>{{ 'serviceDesk.claims.company' | t }}</dt>
            <dd>{{ c.company.name }}</dd>
            <dt>{{ 'serviceDesk.claims.order' | t }}</dt>
            <dd>
              <a [routerLink]="['/staff/orders', c.order.id]">{{ c.order.number }}</a>
            </dd>
            <dt>{{ 'serviceDesk.claims.product' | t }}</dt>
            <dd>
              {{ c.name }} <span class="sku muted">{{ c.sku }}</span> · {{ c.quantity }}
            </dd>
            <dt>{{ 'serviceDesk.claims.created' | t }}</dt>
            <dd>{{ c.createdAt | localDate: 'time' }} · {{ c.createdBy }}</dd>
            @if (c.caseId) {
              <dt>{{ 'serviceDesk.claims.case' | t }}</dt>
              <dd>
                <a [routerLink]="['/service-desk/cases', c.caseId]" data-testid="claim-case">{{
                  'serviceDesk.claims.openCase' | t
                }}</a>
              </dd>
            }
          </dl>
          <section class="card">
            <h2>{{ 'serviceDesk.claims.description' | t }}</h2>
            <p class="pre">{{ c.description }}</p>
            <h3>{{ 'serviceDesk.claims.photos' | t }}</h3>
            <div class="photos">
              @for (photo of c.photos; track photo.id) {
                <lt-attachment-photo [photo]="photo" />
              } @empty {
                <p class="muted">{{ 'serviceDesk.claims.noPhotos' | t }}</p>
              }
            </div>
          </section>
        </div>
        <section class="card" data-testid="claim-decision">
          <h2>{{ 'serviceDesk.claims.decide' | t }}</h2>
          @if (c.status === 'open') {
            @if (c.kind === 'damage') {
              <p class="muted">{{ 'serviceDesk.claims.damageOnly' | t }}</p>
            }
            <form class="form" (ngSubmit)="decide()">
              <fieldset>
                <legend class="field-label">{{ 'serviceDesk.claims.decision' | t }}</legend>
                @for (d of decisions(); track d) {
                  <label class="choice">
                    <input
                      type="radio"
                      name="decision"
                      [value]="d"
                      [ngModel]="decision()"
                      (ngModelChange)="decision.set($event)"
                      [attr.data-testid]="'decision-' + d"
                    />
                    <span>{{ 'serviceDesk.claimDecision.' + d | t }}</span>
                  </label>
                }
              </fieldset>
              @if (decision() === 'replacement') {
                <div class="form-row">
                  <label class="field">
                    <span class="field-label">{{ 'serviceDesk.claims.carrier' | t }}</span>
                    <select
                      name="carrier"
                      [ngModel]="carrier()"
                      (ngModelChange)="carrier.set($event)"
                      data-testid="decision-carrier"
                    >
                      @for (k of carriers; track k) {
                        <option [value]="k">{{ 'carriers.' + k | t }}</option>
                      }
                    </select>
                  </label>
                  <label class="field">
                    <span class="field-label">{{ 'serviceDesk.claims.trackingNumber' | t }}</span>
                    <input
                      name="tracking"
                      maxlength="64"
                      [ngModel]="trackingNumber()"
                      (ngModelChange)="trackingNumber.set($event)"
                      data-testid="decision-tracking"
                    />
                  </label>
                </div>
              } @else if (decision()) {
                <label class="field">
                  <span class="field-label">{{ 'serviceDesk.reason' | t }}</span>
                  <textarea
                    name="reason"
                    rows="3"
                    [attr.maxlength]="reasonMax"
                    [ngModel]="reason()"
                    (ngModelChange)="reason.set($event)"
                    data-testid="decision-reason"
                  ></textarea>
                </label>
              }
              <div class="form-actions">
                <button
                  class="btn btn-primary"
                  type="submit"
                  data-testid="save-decision"
                  [disabled]="actions.busy() || !request()"
                >
                  {{ 'serviceDesk.claims.save' | t }}
                </button>
              </div>
            </form>
          } @else {
            @if (c.decision) {
              <p>
                <strong>{{ 'serviceDesk.claimDecision.' + c.decision | t }}</strong>
              </p>
            }
            @if (c.decidedAt) {
              <p class="muted">
                {{
                  'serviceDesk.claims.decidedBy'
                    | t: { date: (c.decidedAt | localDate: 'time'), name: c.decidedBy ?? '' }
                }}
              </p>
            }
            @if (c.decisionReason) {
              <p class="pre">{{ c.decisionReason }}</p>
            }
            @if (c.replacementShipmentId) {
              <p>{{ 'serviceDesk.claims.replacementShipment' | t }}</p>
            }
            @for (note of c.creditNotes; track note.id) {
              <p class="note" data-testid="credit-note">
                <span
                  >{{ 'serviceDesk.creditNote' | t: { number: note.number } }} ·
                  <strong>{{ note.grossOre | money }}</strong></span
                >
                <lt-document-links [invoiceId]="note.id" />
              </p>
            }
          }
        </section>
      </div>
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
    h3 {
      font-size: 1rem;
    }
    .photos {
      display: flex;
      flex-wrap: wrap;
      gap: 0.8rem;
    }
    .note {
      display: flex;
      flex-wrap: wrap;
      gap: 0.6rem;
      align-items: center;
    }
  `,
})
export class ClaimDetailPage implements OnInit {
  private readonly api = inject(ServiceDeskApi);
  readonly id = input.required<string>();
  protected readonly carriers = CARRIERS;
  protected readonly reasonMax = DECISION_REASON_MAX;
  protected readonly detail = signal<ClaimDetail | null>(null);
  protected readonly decision = signal<ClaimDecision | null>(null);
  protected readonly reason = signal('');
  protected readonly carrier = signal<string>(CARRIERS[0]);
  protected readonly trackingNumber = signal('');
  protected readonly decisions = computed(() => claimDecisions(this.detail()?.kind ?? 'warranty'));
  protected readonly request = computed(() =>
    decisionRequest(this.decision(), this.reason(), this.carrier(), this.trackingNumber()),
  );
  protected readonly actions = new DeskActions(async () => this.detail.set(await this.api.claim(this.id())));

  ngOnInit(): void {
    void this.actions.load();
  }

  protected decide(): void {
    const request = this.request();
    if (request)
      void this.actions.run(
        () => this.api.decideClaim(this.id(), request),
        () => ({ key: 'serviceDesk.claims.decided' }),
      );
  }
}
