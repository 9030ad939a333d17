import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  FieldError,
  FormAlert,
  Submission,
  TranslatePipe,
  TranslationService,
  describeError,
  type ErrorMessage,
} from '@lumen/portal/core';
import type { CompanyRole } from '@lumen/shared/contracts';
import { PERMISSIONS, type Permission } from '@lumen/shared/permissions';
import { CompanyApi } from './company.api';
import { RoleNamePipe } from './role-name.pipe';

/** Built-in roles (read-only) and custom roles composed from the permission catalogue. */
@Component({
  selector: 'lt-company-roles-page',
  imports: [ReactiveFormsModule, FieldError, FormAlert, RoleNamePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header"><h1>{{ 'company.roles.title' | t }}</h1></div>
    <p class="muted">{{ 'company.roles.lead' | t }} {{ 'company.roles.readAlways' | t }}</p>
    <lt-form-alert [message]="notice()" [kind]="noticeKind()" />
    <div class="grid">
      @for (role of roles(); track role.id) {
        <article class="card" data-testid="role">
          <h2>
            {{ role | roleName }}
            @if (role.builtInKey) {
              <span class="badge">{{ 'company.roles.builtIn' | t }}</span>
            }
          </h2>
          <p class="muted">{{ 'company.roles.users' | t: { count: role.userCount } }}</p>
          <ul>
            @for (permission of role.permissions; track permission) {
              <li>{{ 'company.permissions.' + permission | t }}</li>
            }
          </ul>
          @if (!role.builtInKey) {
            <div class="actions">
              <button class="btn btn-secondary" type="button" (click)="edit(role)">{{ 'company.roles.edit' | t }}</button>
              <button class="btn btn-secondary" type="button" (click)="remove(role)">{{ 'company.roles.delete' | t }}</button>
            </div>
          }
        </article>
      }
    </div>

    <section class="card medium editor">
      <h2>{{ (editing() ? 'company.roles.edit' : 'company.roles.create') | t }}</h2>
      <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
        <lt-form-alert [message]="submission.error()" />
        <div class="field">
          <label for="role-name">{{ 'company.roles.name' | t }}</label>
          <input id="role-name" formControlName="name" />
          <lt-field-error [control]="form.controls.name" field="name" />
        </div>
        <fieldset formGroupName="permissions">
          <legend>{{ 'company.roles.permissions' | t }}</legend>
          @for (permission of catalogue; track permission) {
            <label class="choice"><input type="checkbox" [formControlName]="permission" /> {{ 'company.permissions.' + permission | t }}</label>
          }
        </fieldset>
        <div class="form-actions">
          <button class="btn btn-primary" type="submit" [disabled]="submission.busy()">{{ 'company.roles.submit' | t }}</button>
          @if (editing()) {
            <button class="btn btn-secondary" type="button" (click)="reset()">{{ 'company.roles.cancelEdit' | t }}</button>
          }
        </div>
      </form>
    </section>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: 1rem;
      align-items: start;
    }
    h2 {
      margin-top: 0;
      font-size: 1.1rem;
    }
    ul {
      padding-left: 1.1rem;
      margin: 0.5rem 0;
    }
    .badge {
      margin-left: 0.5rem;
      font-size: 0.7rem;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      background: var(--text-muted);
      color: #fff;
      vertical-align: middle;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
    }
    .editor {
      margin-top: 1.5rem;
    }
  `,
})
export class CompanyRolesPage {
  private readonly api = inject(CompanyApi);
  private readonly translations = inject(TranslationService);
  protected readonly catalogue = PERMISSIONS;
  protected readonly roles = signal<CompanyRole[]>([]);
  protected readonly editing = signal<CompanyRole | null>(null);
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly noticeKind = signal<'error' | 'success'>('success');
  protected readonly submission = new Submission();
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    permissions: new FormGroup(
      Object.fromEntries(PERMISSIONS.map((p) => [p, new FormControl(false, { nonNullable: true })])) as Record<
        Permission,
        FormControl<boolean>
      >,
    ),
  });

  constructor() {
    void this.load();
  }

  protected edit(role: CompanyRole): void {
    this.editing.set(role);
    this.form.reset({
      name: role.name,
      permissions: Object.fromEntries(PERMISSIONS.map((p) => [p, role.permissions.includes(p)])),
    });
  }

  protected reset(): void {
    this.editing.set(null);
    this.form.reset();
  }

  protected async save(): Promise<void> {
    const { name, permissions } = this.form.getRawValue();
    const request = { name, permissions: PERMISSIONS.filter((p) => permissions[p]) };
    const editing = this.editing();
    const ok = await this.submission.run(this.form, () =>
      editing ? this.api.updateRole(editing.id, request) : this.api.createRole(request),
    );
    if (ok) {
      this.reset();
      this.say({ key: 'company.roles.saved' }, 'success');
      await this.load();
    }
  }

  protected async remove(role: CompanyRole): Promise<void> {
    if (!confirm(this.translations.translate('company.roles.confirmDelete', { name: role.name }))) return;
    try {
      await this.api.deleteRole(role.id);
      this.say({ key: 'company.roles.deleted' }, 'success');
      await this.load();
    } catch (error) {
      this.say(describeError(error), 'error');
    }
  }

  private say(message: ErrorMessage, kind: 'error' | 'success'): void {
    this.noticeKind.set(kind);
    this.notice.set(message);
  }

  private async load(): Promise<void> {
    try {
      this.roles.set(await this.api.roles());
    } catch (error) {
      this.say(describeError(error), 'error');
    }
  }
}
