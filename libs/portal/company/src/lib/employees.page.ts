import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AuthStore,
  FieldError,
  FormAlert,
  Submission,
  TranslatePipe,
  TranslationService,
  describeError,
  type ErrorMessage,
} from '@lumen/portal/core';
import type { CompanyRole, CompanyUser } from '@lumen/shared/contracts';
import { PHONE_PATTERN } from '@lumen/shared/domain';
import { CompanyApi } from './company.api';
import { RoleNamePipe } from './role-name.pipe';
import { RolePicker } from './role-picker';

/** Employees: invite with roles, change roles, deactivate and reactivate (users.manage). */
@Component({
  selector: 'lt-company-employees-page',
  imports: [ReactiveFormsModule, FieldError, FormAlert, RoleNamePipe, RolePicker, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'company.employees.title' | t }}</h1>
    </div>
    <p class="muted">{{ 'company.employees.lead' | t }}</p>
    <lt-form-alert [message]="notice()" [kind]="noticeKind()" />
    <section class="card">
      <table class="table" data-testid="employees">
        <thead>
          <tr>
            <th>{{ 'company.employees.name' | t }}</th>
            <th>{{ 'company.employees.email' | t }}</th>
            <th>{{ 'company.employees.roles' | t }}</th>
            <th>{{ 'company.employees.status' | t }}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          @for (user of users(); track user.id) {
            <tr [attr.data-email]="user.email" [class.inactive]="!user.active">
              <td>
                {{ user.name }}
                @if (user.id === myId()) {
                  <span class="muted">({{ 'company.employees.you' | t }})</span>
                }
              </td>
              <td>{{ user.email }}</td>
              <td>
                @if (editingRoles() === user.id) {
                  <lt-role-picker
                    [roles]="roles()"
                    [formControl]="draftRoles"
                    [label]="'company.employees.roles' | t"
                  />
                  <div class="row-actions">
                    <button class="btn btn-primary" type="button" (click)="saveRoles(user)">
                      {{ 'company.employees.saveRoles' | t }}
                    </button>
                    <button class="btn btn-secondary" type="button" (click)="editingRoles.set(null)">
                      {{ 'common.cancel' | t }}
                    </button>
                  </div>
                } @else {
                  @for (role of user.roles; track role.id) {
                    <span class="role">{{ role | roleName }}</span>
                  }
                }
              </td>
              <td>
                @if (!user.active) {
                  {{ 'company.employees.inactive' | t }}
                } @else if (user.invitationPending) {
                  {{ 'company.employees.pending' | t }}
                } @else {
                  {{ 'company.employees.active' | t }}
                }
              </td>
              <td>
                <div class="row-actions">
                  @if (editingRoles() !== user.id) {
                    <button class="btn btn-secondary" type="button" (click)="editRoles(user)">
                      {{ 'company.employees.editRoles' | t }}
                    </button>
                  }
                  @if (user.active && user.invitationPending) {
                    <button class="btn btn-secondary" type="button" data-testid="resend-invitation" (click)="resend(user)">
                      {{ 'company.employees.resendInvitation' | t }}
                    </button>
                  }
                  <!-- Not on one's own row: nobody locks themself out with one click. -->
                  @if (user.id !== myId()) {
                    @if (user.active) {
                      <button class="btn btn-secondary" type="button" (click)="setActive(user, false)">
                        {{ 'company.employees.deactivate' | t }}
                      </button>
                    } @else {
                      <button class="btn btn-secondary" type="button" (click)="setActive(user, true)">
                        {{ 'company.employees.reactivate' | t }}
                      </button>
                    }
                  }
                </div>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </section>

    <section class="card medium invite">
      <h2>{{ 'company.employees.invite' | t }}</h2>
      <form class="form" [formGroup]="form" (ngSubmit)="invite()" novalidate>
        <lt-form-alert [message]="submission.error()" />
        <div class="field">
          <label for="employee-name">{{ 'company.employees.name' | t }}</label>
          <input id="employee-name" formControlName="name" autocomplete="off" />
          <lt-field-error [control]="form.controls.name" field="name" />
        </div>
        <div class="field">
          <label for="employee-email">{{ 'company.employees.email' | t }}</label>
          <input id="employee-email" type="email" formControlName="email" autocomplete="off" />
          <lt-field-error [control]="form.controls.email" field="email" />
        </div>
        <div class="field">
          <label for="employee-phone">{{ 'company.employees.phone' | t }} ({{ 'common.optional' | t }})</label>
          <input id="employee-phone" type="tel" formControlName="phone" autocomplete="off" />
          <lt-field-error [control]="form.controls.phone" field="phone" />
        </div>
        <div class="field">
          <span class="field-label">{{ 'company.employees.roles' | t }}</span>
          <lt-role-picker [roles]="roles()" formControlName="roleIds" [label]="'company.employees.roles' | t" />
          <lt-field-error [control]="form.controls.roleIds" field="roleIds" />
        </div>
        <button class="btn btn-primary" type="submit" [disabled]="submission.busy()">
          {{ (submission.busy() ? 'company.employees.busy' : 'company.employees.submit') | t }}
        </button>
      </form>
    </section>
  `,
  styles: `
    .table tr.inactive td {
      color: var(--text-muted);
    }
    .row-actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
      margin-top: 0.5rem;
    }
    td > .row-actions {
      margin-top: 0;
    }
    .role + .role::before {
      content: ', ';
    }
    .invite {
      margin-top: 1.5rem;
    }
    .invite h2 {
      margin-top: 0;
    }
    .card {
      overflow-x: auto;
    }
  `,
})
export class CompanyEmployeesPage {
  private readonly api = inject(CompanyApi);
  private readonly translations = inject(TranslationService);
  private readonly auth = inject(AuthStore);
  protected readonly myId = computed(() => this.auth.user()?.id);
  protected readonly users = signal<CompanyUser[]>([]);
  protected readonly roles = signal<CompanyRole[]>([]);
  protected readonly editingRoles = signal<string | null>(null);
  protected readonly draftRoles = new FormControl<string[]>([], { nonNullable: true });
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly noticeKind = signal<'error' | 'success'>('success');
  protected readonly submission = new Submission();
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    phone: new FormControl('', { nonNullable: true, validators: Validators.pattern(PHONE_PATTERN) }),
    roleIds: new FormControl<string[]>([], { nonNullable: true, validators: Validators.required }),
  });

  constructor() {
    void this.load();
  }

  protected editRoles(user: CompanyUser): void {
    this.draftRoles.setValue(user.roles.map((role) => role.id));
    this.editingRoles.set(user.id);
  }

  protected async saveRoles(user: CompanyUser): Promise<void> {
    const done = await this.act(() => this.api.updateUser(user.id, { roleIds: this.draftRoles.value }), user.name);
    if (done) this.editingRoles.set(null);
  }

  protected async setActive(user: CompanyUser, active: boolean): Promise<void> {
    if (!active && !confirm(this.translations.translate('company.employees.confirmDeactivate', { name: user.name })))
      return;
    await this.act(() => this.api.updateUser(user.id, { active }), user.name);
  }

  protected async resend(user: CompanyUser): Promise<void> {
    if (await this.act(() => this.api.resendInvitation(user.id), user.name))
      this.say({ key: 'company.employees.invited', params: { email: user.email } }, 'success');
  }

  protected async invite(): Promise<void> {
    const { name, email, phone, roleIds } = this.form.getRawValue();
    const ok = await this.submission.run(this.form, () =>
      this.api.createUser({ name, email, roleIds, ...(phone ? { phone } : {}) }),
    );
    if (ok) {
      this.form.reset();
      this.say({ key: 'company.employees.invited', params: { email } }, 'success');
      await this.load();
    }
  }

  private async act(action: () => Promise<unknown>, name: string): Promise<boolean> {
    try {
      await action();
      this.say({ key: 'company.employees.updated', params: { name } }, 'success');
      await this.load();
      return true;
    } catch (error) {
      this.say(describeError(error), 'error');
      return false;
    }
  }

  private say(message: ErrorMessage, kind: 'error' | 'success'): void {
    this.noticeKind.set(kind);
    this.notice.set(message);
  }

  private async load(): Promise<void> {
    try {
      const [users, roles] = await Promise.all([this.api.users(), this.api.roles()]);
      this.users.set(users);
      this.roles.set(roles);
    } catch (error) {
      this.say(describeError(error), 'error');
    }
  }
}
