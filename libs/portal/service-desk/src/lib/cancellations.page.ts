import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { FormAlert, LocalDatePipe, Pager, TranslatePipe } from '@lumen/portal/core';
import { type Cancellation, type CancellationPage, DECISION_REASON_MAX } from '@lumen/shared/contracts';
import { DeskActions } from './desk-actions';
import { DeskNav } from './desk-nav';
import { pageCount } from './desk-rules';
import { ServiceDeskApi } from './service-desk.api';

const PAGE_SIZE = 25;

/** Cancellation requests for lines already in preparation: accept, or refuse with a reason the customer sees in the case. */
@Component({
  selector: 'lt-cancellations-page',
  imports: [FormsModule, RouterLink, DeskNav, FormAlert, LocalDatePipe, Pager, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'serviceDesk.cancellations.title' | t }}</h1>
    </div>
    <lt-desk-nav />
    <p class="muted">{{ 'serviceDesk.cancellations.lead' | t }}</p>
    <lt-form-alert [message]="actions.notice()" [kind]="actions.kind()" />
    @if (result(); as page) {
      <section class="card">
        <p class="muted count-line">{{ 'serviceDesk.total' | t: { total: page.total } }}</p>
        <table class="table stack" data-testid="cancellations">
          <thead>
            <tr>
              <th>{{ 'serviceDesk.cancellations.product' | t }}</th>
              <th>{{ 'serviceDesk.cancellations.sku' | t }}</th>
              <th class="num">{{ 'serviceDesk.cancellations.quantity' | t }}</th>
              <th>{{ 'serviceDesk.cancellations.reason' | t }}</th>
              <th>{{ 'serviceDesk.cancellations.requested' | t }}</th>
              <th>{{ 'serviceDesk.cancellations.order' | t }}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            @for (c of page.items; track c.id) {
              <tr [attr.data-cancellation]="c.id" [attr.data-sku]="c.sku">
                <td class="name">{{ c.name }}</td>
                <td class="sku" [attr.data-label]="'serviceDesk.cancellations.sku' | t">{{ c.sku }}</td>
                <td class="num" [attr.data-label]="'serviceDesk.cancellations.quantity' | t">{{ c.quantity }}</td>
                <td [attr.data-label]="'serviceDesk.cancellations.reason' | t" class="reason">{{ c.reason }}</td>
                <td [attr.data-label]="'serviceDesk.cancellations.requested' | t" class="nowrap">
                  {{ c.requestedAt | localDate: 'time' }} · {{ c.requestedBy }}
                </td>
                <td class="nowrap" [attr.data-label]="'serviceDesk.cancellations.order' | t">
                  <a [routerLink]="['/staff/orders', c.orderId]">{{ 'serviceDesk.cancellations.openOrder' | t }}</a>
                </td>
                <td>
                  @if (refusing() === c.id) {
                    <form class="refuse" (ngSubmit)="refuse(c)">
                      <input
                        name="reason"
                        [attr.maxlength]="reasonMax"
                        [ngModel]="reason()"
                        (ngModelChange)="reason.set($event)"
                        [attr.aria-label]="'serviceDesk.cancellations.refusalReason' | t"
                        [placeholder]="'serviceDesk.cancellations.refusalReason' | t"
                        data-testid="refusal-reason"
                      />
                      <button
                        class="btn btn-primary"
                        type="submit"
                        data-testid="confirm-refuse"
                        [disabled]="actions.busy() || !reason().trim()"
                      >
                        {{ 'serviceDesk.cancellations.confirmRefuse' | t }}
                      </button>
                    </form>
                  } @else {
                    <span class="buttons">
                      <button
                        class="btn btn-primary"
                        type="button"
                        data-testid="accept-cancellation"
                        [disabled]="actions.busy()"
                        (click)="accept(c)"
                      >
                        {{ 'serviceDesk.cancellations.accept' | t }}
                      </button>
                      <button
                        class="btn btn-secondary"
                        type="button"
                        data-testid="refuse-cancellation"
                        [disabled]="actions.busy()"
                        (click)="startRefusal(c)"
                      >
                        {{ 'serviceDesk.cancellations.refuse' | t }}
                      </button>
                    </span>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="7" class="muted">{{ 'serviceDesk.cancellations.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
        <lt-pager [page]="page.page" [pages]="pages()" (pageChange)="goTo($event)" />
      </section>
    }
  `,
  styleUrls: ['./desk.css'],
  styles: `
    .name,
    .reason {
      overflow-wrap: anywhere;
    }
    .buttons,
    .refuse {
      display: flex;
      gap: 0.4rem;
      flex-wrap: wrap;
      align-items: center;
    }
    .buttons {
      flex-wrap: nowrap;
    }
    .refuse input {
      font: inherit;
      padding: 0.45rem 0.6rem;
      border: 1px solid var(--border-strong);
      border-radius: var(--radius);
      flex: 1 1 12rem;
      min-width: 0;
    }
  `,
})
export class CancellationsPage {
  private readonly api = inject(ServiceDeskApi);
  protected readonly reasonMax = DECISION_REASON_MAX;
  protected readonly result = signal<CancellationPage | null>(null);
  private readonly page = signal(1);
  protected readonly pages = computed(() => pageCount(this.result()));
  protected readonly refusing = signal<string | null>(null);
  protected readonly reason = signal('');
  protected readonly actions = new DeskActions(async () =>
    this.result.set(await this.api.cancellations(this.page(), PAGE_SIZE)),
  );

  constructor() {
    void this.actions.load();
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.actions.load();
  }

  protected accept(request: Cancellation): void {
    void this.actions.run(
      () => this.api.acceptCancellation(request.id),
      () => ({ key: 'serviceDesk.cancellations.accepted' }),
    );
  }

  protected startRefusal(request: Cancellation): void {
    this.refusing.set(request.id);
    this.reason.set('');
  }

  protected async refuse(request: Cancellation): Promise<void> {
    const reason = this.reason().trim();
    if (!reason) return;
    const done = await this.actions.run(
      () => this.api.refuseCancellation(request.id, reason),
      () => ({ key: 'serviceDesk.cancellations.refused' }),
    );
    if (done) this.refusing.set(null);
  }
}
