import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  AuthStore,
  type ErrorMessage,
  FieldError,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TranslatePipe,
  applyApiErrors,
  describeError,
} from '@lumen/portal/core';
import { ProjectListsApi } from './project-lists.api';

/** The company's project lists with counts and totals; a form to start a new one. */
@Component({
  selector: 'lt-project-lists-page',
  imports: [ReactiveFormsModule, RouterLink, FieldError, FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header"><h1>{{ 'projectLists.title' | t }}</h1></div>
    <p class="muted">{{ 'projectLists.lead' | t }}</p>
    <lt-form-alert [message]="error()" />
    <section class="card" [attr.aria-busy]="api.lists() === null">
      <table class="table stack" data-testid="project-lists">
        <thead>
          <tr>
            <th>{{ 'projectLists.name' | t }}</th>
            <th>{{ 'projectLists.reference' | t }}</th>
            <th class="num">{{ 'projectLists.items' | t }}</th>
            <th class="num">{{ 'projectLists.total' | t }}</th>
            <th>{{ 'projectLists.updated' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (list of api.lists() ?? []; track list.id) {
            <tr [attr.data-list]="list.name">
              <td><a [routerLink]="[list.id]">{{ list.name }}</a></td>
              <td [attr.data-label]="'projectLists.reference' | t">{{ list.projectReference }}</td>
              <td class="num" [attr.data-label]="'projectLists.items' | t">{{ list.itemCount }}</td>
              <td class="num" [attr.data-label]="'projectLists.total' | t">{{ list.totalOre | money }}</td>
              <td [attr.data-label]="'projectLists.updated' | t">{{ list.updatedAt | localDate }}</td>
            </tr>
          } @empty {
            <tr><td colspan="5" class="muted">{{ 'projectLists.none' | t }}</td></tr>
          }
        </tbody>
      </table>
    </section>
    @if (auth.can('create', 'ProjectList')) {
      <section class="card create">
        <h2>{{ 'projectLists.create' | t }}</h2>
        <form class="form-row" [formGroup]="form" (ngSubmit)="create()" data-testid="new-list-form">
          <div class="field">
            <label for="list-name">{{ 'projectLists.name' | t }}</label>
            <input id="list-name" formControlName="name" maxlength="120" />
            <lt-field-error [control]="form.controls.name" />
          </div>
          <div class="field">
            <label for="list-reference">{{ 'projectLists.reference' | t }}</label>
            <input id="list-reference" formControlName="projectReference" maxlength="120" />
          </div>
          <div class="field grow">
            <label for="list-description">{{ 'projectLists.description' | t }}</label>
            <input id="list-description" formControlName="description" maxlength="2000" />
          </div>
          <div class="form-actions">
            <button class="btn btn-primary" type="submit" [disabled]="busy()">{{ 'projectLists.createButton' | t }}</button>
          </div>
        </form>
      </section>
    }
  `,
  styles: `
    .create { margin-top: 1.5rem; }
    .form-row { display: flex; gap: 1rem; flex-wrap: wrap; align-items: end; }
    .grow { flex: 1 1 16rem; }
  `,
})
export class ProjectListsPage {
  protected readonly api = inject(ProjectListsApi);
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly busy = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    projectReference: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    this.api.refresh().catch((error: unknown) => this.error.set(describeError(error)));
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const list = await this.api.create(this.form.getRawValue());
      await this.router.navigate(['/project-lists', list.id]);
    } catch (error) {
      this.error.set(applyApiErrors(this.form, error));
    } finally {
      this.busy.set(false);
    }
  }
}
