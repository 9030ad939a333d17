import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  MoneyPipe,
  TierBadge,
  TranslatePipe,
  TranslationService,
  describeError,
  saveFile,
} from '@lumen/portal/core';
import type { ProjectListDetail, ProjectListLine } from '@lumen/shared/contracts';
import { CartApi } from '@lumen/portal/cart';
import { ProjectListsApi } from './project-lists.api';

/**
 * One project list: lines at the company's tier prices and the total; quantities edited in
 * place; copy, CSV export, move to cart, and "request quote" with an optional message.
 */
@Component({
  selector: 'lt-project-list-page',
  imports: [FormsModule, RouterLink, FormAlert, MoneyPipe, TierBadge, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/project-lists">← {{ 'projectLists.back' | t }}</a>
    </p>
    <lt-form-alert [message]="notice()" [kind]="noticeKind()" />
    @if (list(); as list) {
      <div class="page-header">
        <h1 data-testid="list-name">{{ list.name }}</h1>
        <div class="actions">
          @if (canEdit()) {
            <button class="btn btn-secondary" type="button" (click)="copy(list)">{{ 'projectLists.copy' | t }}</button>
          }
          <button class="btn btn-secondary" type="button" data-testid="export-csv" (click)="exportCsv(list)">
            {{ 'projectLists.exportCsv' | t }}
          </button>
          @if (auth.can('use', 'Cart') && list.items.length > 0) {
            <button class="btn btn-secondary" type="button" (click)="moveToCart(list)">
              {{ 'projectLists.moveToCart' | t }}
            </button>
          }
          @if (auth.can('delete', 'ProjectList')) {
            <button class="btn btn-secondary danger" type="button" (click)="remove(list)">
              {{ 'projectLists.delete' | t }}
            </button>
          }
        </div>
      </div>
      @if (list.projectReference || list.description) {
        <p class="muted">{{ list.projectReference }} {{ list.description }}</p>
      }
      @if (tier(); as tier) {
        <p class="tier-note">
          <lt-tier-badge [tier]="tier" /> {{ 'projectLists.tierNote' | t: { tier: ('tiers.' + tier | t) } }}
        </p>
      }
      <section class="card">
        <table class="table stack" data-testid="list-lines">
          <thead>
            <tr>
              <th>{{ 'projectLists.sku' | t }}</th>
              <th>{{ 'projectLists.product' | t }}</th>
              <th class="num">{{ 'projectLists.quantity' | t }}</th>
              <th class="num">{{ 'projectLists.unitPrice' | t }}</th>
              <th class="num">{{ 'projectLists.lineTotal' | t }}</th>
              @if (canEdit()) {
                <th></th>
              }
            </tr>
          </thead>
          <tbody>
            @for (line of list.items; track line.id) {
              <tr [attr.data-sku]="line.product.sku">
                <td class="sku" [attr.data-label]="'projectLists.sku' | t">{{ line.product.sku }}</td>
                <td class="stack-title">{{ line.product.name }}</td>
                <td class="num" [attr.data-label]="'projectLists.quantity' | t">
                  @if (canEdit()) {
                    <input
                      class="qty"
                      type="number"
                      min="1"
                      max="100000"
                      [ngModel]="line.quantity"
                      [attr.aria-label]="('projectLists.quantity' | t) + ' ' + line.product.sku"
                      (change)="setQuantity(line, $any($event.target).valueAsNumber)"
                    />
                  } @else {
                    {{ line.quantity }}
                  }
                </td>
                <td class="num price" [attr.data-tier]="line.product.price?.tier" [attr.data-label]="'projectLists.unitPrice' | t">
                  {{ line.product.price?.unitPriceOre | money }}
                </td>
                <td class="num" [attr.data-label]="'projectLists.lineTotal' | t">{{ line.lineTotalOre | money }}</td>
                @if (canEdit()) {
                  <td>
                    <button class="link" type="button" (click)="removeLine(line)">
                      {{ 'projectLists.remove' | t }}
                    </button>
                  </td>
                }
              </tr>
            } @empty {
              <tr>
                <td colspan="6" class="muted">{{ 'projectLists.empty' | t }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th colspan="4" class="num">{{ 'projectLists.total' | t }}</th>
              <th class="num" data-testid="list-total">{{ list.totalOre | money }}</th>
            </tr>
            <tr>
              <td colspan="4" class="num muted">{{ 'projectLists.totalInclVat' | t }}</td>
              <td class="num muted">{{ list.totalInclVatOre | money }}</td>
            </tr>
          </tfoot>
        </table>
      </section>
      @if (auth.can('request', 'Quote') && list.items.length > 0) {
        <section class="card quote">
          <h2>{{ 'projectLists.requestQuote' | t }}</h2>
          <p class="muted">{{ 'projectLists.requestQuoteLead' | t }}</p>
          <form (ngSubmit)="requestQuote(list)">
            <div class="field">
              <label for="quote-message">{{ 'projectLists.message' | t }}</label>
              <textarea
                id="quote-message"
                name="message"
                rows="3"
                maxlength="4000"
                [ngModel]="message()"
                (ngModelChange)="message.set($event)"
              ></textarea>
            </div>
            <button class="btn btn-primary" type="submit" data-testid="request-quote" [disabled]="busy()">
              {{ 'projectLists.sendRequest' | t }}
            </button>
          </form>
        </section>
      }
    }
  `,
  styles: `
    /* The lines carry quantity inputs: their text sits level with the inputs, not at the top. */
    .table td {
      vertical-align: middle;
    }
    .page-header {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      flex-wrap: wrap;
      align-items: center;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .qty {
      width: 6rem;
      text-align: right;
      padding: 0.3rem;
      border: 1px solid var(--border-strong);
      border-radius: var(--radius);
    }
    .danger {
      color: var(--danger);
      border-color: var(--danger);
    }
    .quote {
      margin-top: 1.5rem;
    }
    .tier-note {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
  `,
})
export class ProjectListPage implements OnInit {
  private readonly api = inject(ProjectListsApi);
  private readonly cart = inject(CartApi);
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly translations = inject(TranslationService);
  readonly id = input.required<string>();

  protected readonly list = signal<ProjectListDetail | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal('');
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly noticeKind = signal<'error' | 'success'>('error');
  protected readonly canEdit = computed(() => this.auth.can('update', 'ProjectList'));
  protected readonly tier = computed(() => this.auth.company()?.tier ?? null);

  ngOnInit(): void {
    // The list opened is the one the user works on now: the header's picker marks it.
    this.api.makeActive(this.id());
    void this.run(() => this.api.get(this.id()));
  }

  protected setQuantity(line: ProjectListLine, quantity: number): void {
    if (!Number.isInteger(quantity) || quantity < 1) return;
    void this.run(() => this.api.updateItem(this.id(), line.id, quantity));
  }

  protected removeLine(line: ProjectListLine): void {
    void this.run(() => this.api.removeItem(this.id(), line.id));
  }

  protected async copy(list: ProjectListDetail): Promise<void> {
    const name = this.translations.translate('projectLists.copyName', { name: list.name }).slice(0, 120);
    const copy = await this.run(() => this.api.copy(list.id, name), false);
    if (copy) {
      await this.router.navigate(['/project-lists', copy.id]);
      this.list.set(copy);
      this.succeed({ key: 'projectLists.copied', params: { name: copy.name } });
    }
  }

  protected async exportCsv(list: ProjectListDetail): Promise<void> {
    try {
      const blob = await this.api.exportCsv(list.id);
      saveFile(blob, `${list.name.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'project-list'}.csv`);
    } catch (error) {
      this.fail(error);
    }
  }

  protected async moveToCart(list: ProjectListDetail): Promise<void> {
    try {
      await this.cart.fromProjectList(list.id);
      this.succeed({ key: 'projectLists.movedToCart' });
    } catch (error) {
      this.fail(error);
    }
  }

  protected async remove(list: ProjectListDetail): Promise<void> {
    if (!confirm(this.translations.translate('projectLists.confirmDelete', { name: list.name }))) return;
    try {
      await this.api.remove(list.id);
      await this.router.navigate(['/project-lists']);
    } catch (error) {
      this.fail(error);
    }
  }

  protected async requestQuote(list: ProjectListDetail): Promise<void> {
    this.busy.set(true);
    try {
      const quote = await this.api.requestQuote(list.id, this.message().trim() || null);
      await this.router.navigate(['/quotes', quote.id]);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** Runs a call that answers the list, shows it, or shows why not. */
  private async run(call: () => Promise<ProjectListDetail>, show = true): Promise<ProjectListDetail | null> {
    this.notice.set(null);
    try {
      const list = await call();
      if (show) this.list.set(list);
      return list;
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  private succeed(message: ErrorMessage): void {
    this.noticeKind.set('success');
    this.notice.set(message);
  }

  private fail(error: unknown): void {
    this.noticeKind.set('error');
    this.notice.set(describeError(error));
  }
}
