import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  TranslatePipe,
  TranslationService,
  describeError,
} from '@lumen/portal/core';
import { ProjectListsApi } from './project-lists.api';
import { PROJECT_LISTS_TRANSLATIONS } from './project-lists.translations';

const NEW_LIST = '__new__';

/**
 * "Add to project list" for any product: a product card, a product page, a quick-order row.
 *   <lt-add-to-project-list [sku]="product.sku" [quantity]="qty" />
 * Offers the company's lists and "New list …"; hidden for users who may not edit lists.
 */
@Component({
  selector: 'lt-add-to-project-list',
  imports: [FormsModule, FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (auth.can('update', 'ProjectList') && !auth.isStaff()) {
      @if (!open()) {
        <button type="button" class="btn btn-secondary" data-testid="add-to-list" (click)="start()">
          {{ 'projectLists.add.button' | t }}
        </button>
      } @else {
        <form class="add" (ngSubmit)="add()" data-testid="add-to-list-form">
          <select name="list" [ngModel]="choice()" (ngModelChange)="choice.set($event)" [attr.aria-label]="'projectLists.add.choose' | t" data-testid="add-to-list-choice">
            @for (list of api.lists() ?? []; track list.id) {
              <option [value]="list.id">{{ list.name }}</option>
            }
            <option [value]="newList">{{ 'projectLists.add.newList' | t }}</option>
          </select>
          @if (choice() === newList) {
            <input name="name" [ngModel]="newName()" (ngModelChange)="newName.set($event)" required maxlength="120"
              [attr.aria-label]="'projectLists.add.newListName' | t"
              [placeholder]="'projectLists.add.newListName' | t" data-testid="add-to-list-name" />
            <!-- The same reference the lists page asks for: a list made here is not a second-class one. -->
            <input name="reference" [ngModel]="newReference()" (ngModelChange)="newReference.set($event)" maxlength="120"
              [attr.aria-label]="'projectLists.reference' | t"
              [placeholder]="('projectLists.reference' | t) + ' (' + ('common.optional' | t) + ')'" data-testid="add-to-list-reference" />
          }
          <button class="btn btn-primary" type="submit" [disabled]="busy()" data-testid="add-to-list-confirm">
            {{ 'projectLists.add.confirm' | t }}
          </button>
        </form>
      }
      <lt-form-alert [message]="message()" [kind]="messageKind()" />
    }
  `,
  styles: `
    .add { display: flex; gap: 0.4rem; flex-wrap: wrap; align-items: center; }
    select, input { padding: 0.4rem 0.5rem; border: 1px solid var(--border-strong); border-radius: var(--radius); font: inherit; }
  `,
})
export class AddToProjectList {
  protected readonly api = inject(ProjectListsApi);
  protected readonly auth = inject(AuthStore);
  readonly sku = input.required<string>();
  readonly quantity = input(1);

  protected readonly newList = NEW_LIST;
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<ErrorMessage | null>(null);
  protected readonly messageKind = signal<'error' | 'success'>('success');
  protected readonly choice = signal<string>(NEW_LIST);
  protected readonly newName = signal('');
  protected readonly newReference = signal('');

  constructor() {
    // Embedded in other features' pages: bring the strings along.
    inject(TranslationService).register(PROJECT_LISTS_TRANSLATIONS);
  }

  protected async start(): Promise<void> {
    this.open.set(true);
    if (!this.api.lists()) await this.api.refresh().catch(() => []);
    this.choice.set(this.api.activeList()?.id ?? NEW_LIST);
  }

  protected async add(): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      let listId = this.choice();
      if (listId === NEW_LIST) {
        const name = this.newName().trim();
        if (!name) return;
        const projectReference = this.newReference().trim();
        listId = (await this.api.create({ name, ...(projectReference ? { projectReference } : {}) })).id;
      }
      const list = await this.api.addItem(listId, { sku: this.sku(), quantity: this.quantity() });
      this.messageKind.set('success');
      this.message.set({ key: 'projectLists.add.added', params: { name: list.name } });
      this.open.set(false);
      this.newName.set('');
      this.newReference.set('');
    } catch (error) {
      this.messageKind.set('error');
      this.message.set(describeError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
