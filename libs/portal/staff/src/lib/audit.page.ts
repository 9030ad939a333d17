import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  FormAlert,
  LocalDatePipe,
  Pager,
  TranslatePipe,
  TranslationService,
  describeError,
  type ErrorMessage,
} from '@lumen/portal/core';
import type { AuditEntryView, CompanyAuditPage } from '@lumen/shared/contracts';
import { StaffApi } from './staff.api';

/** A company's audit log, newest first: who, when, what, before and after. */
@Component({
  selector: 'lt-staff-audit-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, Pager, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/staff/companies">← {{ 'staff.audit.back' | t }}</a>
    </p>
    <lt-form-alert [message]="error()" />
    @if (log(); as log) {
      <div class="page-header">
        <h1>{{ 'staff.audit.title' | t: { name: log.company.name } }}</h1>
      </div>
      <section class="card">
        <table class="table" data-testid="audit">
          <thead>
            <tr>
              <th>{{ 'staff.audit.when' | t }}</th>
              <th>{{ 'staff.audit.who' | t }}</th>
              <th>{{ 'staff.audit.what' | t }}</th>
              <th>{{ 'staff.audit.before' | t }}</th>
              <th>{{ 'staff.audit.after' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of log.items; track entry.id) {
              <tr>
                <td>{{ entry.createdAt | localDate: 'time' }}</td>
                <td>{{ entry.actor?.name ?? ('staff.audit.system' | t) }}</td>
                <td>
                  {{ actionLabel(entry) }}
                  @if (entry.reason) {
                    <div class="muted">«{{ entry.reason }}»</div>
                  }
                </td>
                <td class="values">{{ describe(entry.before) }}</td>
                <td class="values">{{ describe(entry.after) }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="5" class="muted">{{ 'staff.audit.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
        <lt-pager [page]="log.page" [pages]="pages()" (pageChange)="load($event)" />
      </section>
    }
  `,
  styles: `
    .card {
      overflow-x: auto;
    }
    .values {
      font-size: 0.9rem;
      white-space: pre-line;
    }
  `,
})
export class StaffAuditPage {
  private readonly api = inject(StaffApi);
  private readonly translations = inject(TranslationService);
  /** The company id, from the route (component input binding). */
  readonly id = input.required<string>();
  protected readonly log = signal<CompanyAuditPage | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly pages = computed(() => {
    const log = this.log();
    return log ? Math.max(1, Math.ceil(log.total / log.pageSize)) : 1;
  });

  constructor() {
    toObservable(this.id)
      .pipe(takeUntilDestroyed())
      .subscribe(() => void this.load(1));
  }

  async load(page: number): Promise<void> {
    try {
      this.log.set(await this.api.audit(this.id(), page));
    } catch (error) {
      this.error.set(describeError(error));
    }
  }

  protected actionLabel(entry: AuditEntryView): string {
    return this.known(`staff.audit.actions.${entry.action}`, entry.action);
  }

  /** `{ status: 'active' }` → `Status: Aktiv`, in the chosen language where we know the words. */
  protected describe(values: Record<string, unknown> | null): string {
    if (!values) return '';
    return Object.entries(values)
      .map(([key, value]) => `${this.known(`staff.audit.fields.${key}`, key)}: ${this.value(key, value)}`)
      .join('\n');
  }

  private value(key: string, value: unknown): string {
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'boolean') return this.translations.translate(value ? 'staff.audit.yes' : 'staff.audit.no');
    const text = String(value);
    if (key === 'status') return this.known(`companyStatus.${text}`, text);
    if (key === 'tier') return this.known(`tiers.${text}`, text);
    return text;
  }

  private known(key: string, fallback: string): string {
    return this.translations.has(key) ? this.translations.translate(key) : fallback;
  }
}
