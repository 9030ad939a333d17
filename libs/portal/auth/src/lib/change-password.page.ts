import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { FieldError, FormAlert, Submission, TranslatePipe } from '@lumen/portal/core';
import { AuthApi } from './auth.api';
import { NewPasswordFields } from './new-password-fields';
import { newPasswordGroup } from './validators';

@Component({
  selector: 'lt-change-password-page',
  imports: [ReactiveFormsModule, RouterLink, FieldError, FormAlert, NewPasswordFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card narrow">
      <p>
        <a routerLink="/account">← {{ 'auth.account.title' | t }}</a>
      </p>
      <h1>{{ 'auth.change.title' | t }}</h1>
      <p class="muted">{{ 'auth.change.lead' | t }}</p>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @if (done()) {
          <div class="alert alert-success" role="status">{{ 'auth.change.done' | t }}</div>
        }
        <lt-form-alert [message]="submission.error()" />
        <div class="field">
          <label for="current-password">{{ 'auth.currentPassword' | t }}</label>
          <input
            id="current-password"
            type="password"
            formControlName="currentPassword"
            autocomplete="current-password"
          />
          <lt-field-error [control]="form.controls.currentPassword" field="currentPassword" />
        </div>
        <lt-new-password-fields [group]="form.controls.passwords" label="auth.newPassword" field="newPassword" />
        <button class="btn btn-primary btn-block" type="submit" [disabled]="submission.busy()">
          {{ (submission.busy() ? 'auth.change.busy' : 'auth.change.submit') | t }}
        </button>
      </form>
    </section>
  `,
})
export class ChangePasswordPage {
  private readonly api = inject(AuthApi);
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    passwords: newPasswordGroup(),
  });
  protected readonly submission = new Submission();
  protected readonly done = signal(false);

  protected async submit(): Promise<void> {
    this.done.set(false);
    const request = {
      currentPassword: this.form.controls.currentPassword.value,
      newPassword: this.form.controls.passwords.controls.password.value,
    };
    const ok = await this.submission.run(this.form, () => this.api.changePassword(request), {
      newPassword: 'passwords.password',
    });
    if (ok) {
      this.form.reset();
      this.done.set(true);
    }
  }
}
