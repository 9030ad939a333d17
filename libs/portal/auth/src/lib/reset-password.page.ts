import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { FormAlert, Submission, TranslatePipe } from '@lumen/portal/core';
import { AuthApi } from './auth.api';
import { checkedLink } from './link-check';
import { NewPasswordFields } from './new-password-fields';
import { newPasswordGroup } from './validators';

/** Opened from the e-mailed link `/reset-password?token=…`. */
@Component({
  selector: 'lt-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, FormAlert, NewPasswordFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card narrow">
      <h1>{{ 'auth.reset.title' | t }}</h1>
      @if (!token()) {
        <div class="alert alert-error" role="alert">{{ 'auth.reset.missingToken' | t }}</div>
        <p>
          <a routerLink="/forgot-password">{{ 'auth.reset.requestNew' | t }}</a>
        </p>
      } @else if (link() === 'spent') {
        <div class="alert alert-error" role="alert" data-testid="link-spent">{{ 'auth.reset.spent' | t }}</div>
        <p>
          <a class="btn btn-primary" routerLink="/forgot-password">{{ 'auth.reset.requestNew' | t }}</a>
        </p>
      } @else if (link() === 'checking') {
        <p class="muted" role="status">{{ 'auth.checkingLink' | t }}</p>
      } @else if (done()) {
        <div class="alert alert-success" role="status">{{ 'auth.reset.done' | t }}</div>
        <p>
          <a class="btn btn-primary" routerLink="/login">{{ 'auth.reset.login' | t }}</a>
        </p>
      } @else {
        <p class="muted">{{ 'auth.reset.lead' | t }}</p>
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <lt-form-alert [message]="submission.error()" />
          @if (submission.error()?.key === 'errors.invalid_token') {
            <a routerLink="/forgot-password">{{ 'auth.reset.requestNew' | t }}</a>
          }
          <lt-new-password-fields [group]="form" label="auth.newPassword" field="newPassword" />
          <button class="btn btn-primary btn-block" type="submit" [disabled]="submission.busy()">
            {{ (submission.busy() ? 'auth.reset.busy' : 'auth.reset.submit') | t }}
          </button>
        </form>
      }
    </section>
  `,
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApi);
  /** Query parameter from the e-mailed link. */
  readonly token = input<string>();
  protected readonly link = checkedLink(this.token, 'password_reset');
  protected readonly form = newPasswordGroup();
  protected readonly submission = new Submission();
  protected readonly done = signal(false);

  protected async submit(): Promise<void> {
    const request = { token: this.token() ?? '', newPassword: this.form.controls.password.value };
    const ok = await this.submission.run(this.form, () => this.api.resetPassword(request), { newPassword: 'password' });
    this.done.set(ok);
  }
}
