import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LocalDatePipe, MoneyPipe, TranslatePipe } from '@lumen/portal/core';
import { SERVICE_CLASSIFICATIONS, type ServiceClassification, type CaseDetail } from '@lumen/shared/contracts';
import { billableUnits } from '@lumen/shared/domain';
import { DocumentLinks } from './document-links';

type Service = NonNullable<CaseDetail['service']>;

/** The service terms' units, as the API counts them: none until the case is classified. */
function unitsOf(minutes: number, classification: ServiceClassification | null): number {
  return classification ? billableUnits(minutes, classification) : 0;
}

/**
 * A technical-support case's service-terms work: the classification (with what each means), the
 * time log, the billable units — live while a time entry or another classification is being
 * chosen — and the bill, then the service invoice's documents.
 */
@Component({
  selector: 'lt-service-work',
  imports: [FormsModule, DocumentLinks, LocalDatePipe, MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = service();
    <section class="card" data-testid="service-work">
      <h2>{{ 'serviceDesk.service.title' | t }}</h2>
      @if (editable()) {
        <fieldset class="choices">
          <legend class="field-label">{{ 'serviceDesk.service.classification' | t }}</legend>
          @for (c of classifications; track c) {
            <label class="choice">
              <input
                type="radio"
                name="classification"
                [value]="c"
                [ngModel]="chosen()"
                (ngModelChange)="chosen.set($event)"
                [attr.data-testid]="'classify-' + c"
              />
              <span
                ><strong>{{ 'serviceDesk.classification.' + c | t }}</strong
                ><br /><span class="muted small">{{ 'serviceDesk.service.terms.' + c | t }}</span></span
              >
            </label>
          }
          <div>
            <button
              class="btn btn-secondary"
              type="button"
              data-testid="save-classification"
              [disabled]="busy() || !chosen() || chosen() === s.classification"
              (click)="classify.emit(chosen()!)"
            >
              {{ 'serviceDesk.service.classify' | t }}
            </button>
          </div>
        </fieldset>
      } @else {
        <p data-testid="classification">
          <strong>{{ 'serviceDesk.service.classification' | t }}{{ 'common.colon' | t }}</strong>
          {{
            (s.classification ? 'serviceDesk.classification.' + s.classification : 'serviceDesk.service.unclassified')
              | t
          }}
        </p>
      }

      <h3>{{ 'serviceDesk.service.time' | t }}</h3>
      <ul class="entries" data-testid="time-entries">
        @for (entry of s.timeEntries; track entry.id) {
          <li data-testid="time-entry">
            <span class="minutes-value">{{ 'serviceDesk.service.minutesValue' | t: { minutes: entry.minutes } }}</span>
            <span class="muted">{{ entry.loggedAt | localDate: 'time' }} · {{ entry.loggedBy }}</span>
            @if (entry.note) {
              <span class="note">{{ entry.note }}</span>
            }
          </li>
        } @empty {
          <li class="muted">{{ 'serviceDesk.service.noTime' | t }}</li>
        }
      </ul>
      @if (editable()) {
        <form class="log" (ngSubmit)="submitTime()">
          <label class="field minutes">
            <span class="field-label">{{ 'serviceDesk.service.minutes' | t }}</span>
            <input
              name="minutes"
              type="number"
              min="1"
              step="1"
              inputmode="numeric"
              [ngModel]="minutes()"
              (ngModelChange)="minutes.set($event)"
              data-testid="time-minutes"
            />
          </label>
          <label class="field grow">
            <span class="field-label">{{ 'serviceDesk.service.note' | t }}</span>
            <input
              name="note"
              maxlength="500"
              [ngModel]="note()"
              (ngModelChange)="note.set($event)"
              data-testid="time-note"
            />
          </label>
          <button
            class="btn btn-secondary"
            type="submit"
            data-testid="log-time"
            [disabled]="busy() || typedMinutes() === 0"
          >
            {{ 'serviceDesk.service.log' | t }}
          </button>
        </form>
      }

      <dl class="details totals">
        <dt>{{ 'serviceDesk.service.totalMinutes' | t }}</dt>
        <dd data-testid="total-minutes">{{ 'serviceDesk.service.minutesValue' | t: { minutes: s.totalMinutes } }}</dd>
        <dt>{{ 'serviceDesk.service.units' | t }}</dt>
        <dd>
          <strong data-testid="billable-units">{{ units() }}</strong>
          <span class="muted">&nbsp;({{ 'serviceDesk.service.unitsValue' | t: { units: units() } }})</span>
        </dd>
      </dl>
      @if (typedMinutes() > 0) {
        <p class="muted" data-testid="units-preview">
          {{ 'serviceDesk.service.unitsAfter' | t: { minutes: typedMinutes(), units: unitsAfter() } }}
        </p>
      }
      @if (s.invoice; as invoice) {
        <p data-testid="service-invoice">
          <strong>{{ 'serviceDesk.service.invoice' | t }}</strong> {{ invoice.number }} · {{ invoice.grossOre | money }}
        </p>
        <lt-document-links [invoiceId]="invoice.id" />
      } @else if (classification() === 'covered') {
        <p class="muted" data-testid="covered-free">{{ 'serviceDesk.service.coveredFree' | t }}</p>
      } @else if (!s.classification) {
        <p class="muted">{{ 'serviceDesk.service.classifyFirst' | t }}</p>
      }
      @if (canBill()) {
        <button class="btn btn-primary" type="button" data-testid="bill" [disabled]="busy()" (click)="bill.emit()">
          {{ 'serviceDesk.service.bill' | t: { units: s.billableUnits } }}
        </button>
      }
    </section>
  `,
  styleUrls: ['./desk.css'],
  styles: `
    .choices {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .small {
      font-size: 0.85rem;
    }
    h3 {
      font-size: 1rem;
      margin: 1rem 0 0.4rem;
    }
    .log {
      display: flex;
      flex-wrap: wrap;
      gap: 0.6rem;
      align-items: end;
      margin: 0.8rem 0;
    }
    .log .minutes {
      width: 7rem;
    }
    .log .grow {
      flex: 1 1 12rem;
    }
    .entries {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .entries li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2rem 0.8rem;
      padding: 0.35rem 0;
      border-bottom: 1px solid var(--border);
    }
    .minutes-value {
      font-weight: 600;
      min-width: 4rem;
    }
    .note {
      flex-basis: 100%;
      overflow-wrap: anywhere;
    }
    .totals {
      margin: 0.8rem 0;
    }
  `,
})
export class ServiceWork {
  readonly service = input.required<Service>();
  /** Classification and time entries may change (technical support, not closed, not yet billed). */
  readonly editable = input(false);
  readonly canBill = input(false);
  readonly busy = input(false);
  readonly classify = output<ServiceClassification>();
  readonly logTime = output<{ minutes: number; note: string | null }>();
  readonly bill = output<void>();

  protected readonly classifications = SERVICE_CLASSIFICATIONS;
  protected readonly chosen = signal<ServiceClassification | null>(null);
  protected readonly minutes = signal<number | null>(null);
  protected readonly note = signal('');

  /** The classification the units are counted by: the one being chosen, or the saved one. */
  protected readonly classification = computed(() => this.chosen() ?? this.service().classification);
  protected readonly typedMinutes = computed(() => {
    const minutes = Number(this.minutes());
    return Number.isInteger(minutes) && minutes > 0 ? minutes : 0;
  });
  /** Before billing, what the logged time comes to under the classification on screen; billed, the API's own count. */
  protected readonly units = computed(() =>
    this.service().invoice ? this.service().billableUnits : unitsOf(this.service().totalMinutes, this.classification()),
  );
  protected readonly unitsAfter = computed(() =>
    unitsOf(this.service().totalMinutes + this.typedMinutes(), this.classification()),
  );

  constructor() {
    // A new answer from the API (saved classification, a logged entry) resets the form to it.
    effect(() => {
      this.chosen.set(this.service().classification);
      this.minutes.set(null);
      this.note.set('');
    });
  }

  protected submitTime(): void {
    const minutes = this.typedMinutes();
    if (minutes > 0) this.logTime.emit({ minutes, note: this.note().trim() || null });
  }
}
