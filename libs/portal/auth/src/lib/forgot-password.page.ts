import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { FieldError, FormAlert, Submission, TranslatePipe } from '@lumen/portal/core';
import { AuthApi } from './auth.api';

@Component({
  selector: 'lt-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, FieldError, FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card narrow">
      <h1>{{ 'auth.forgot.title' | t }}</h1>
      @if (sentTo(); as email) {
        <div class="alert alert-success" role="status">{{ 'auth.forgot.sent' | t: { email } }}</div>
        <p>
          <a routerLink="/login">{{ 'auth.forgot.back' | t }}</a>
        </p>
      } @else {
        <p class="muted">{{ 'auth.forgot.lead' | t }}</p>
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <lt-form-alert [message]="submission.error()" />
          <div class="field">
            <label for="forgot-email">{{ 'auth.email' | t }}</label>
            <input id="forgot-email" type="email" formControlName="email" autocomplete="username" />
            <lt-field-error [control]="form.controls.email" field="email" />
          </div>
          <button class="btn btn-primary btn-block" type="submit" [disabled]="submission.busy()">
            {{ (submission.busy() ? 'auth.forgot.busy' : 'auth.forgot.submit') | t }}
          </button>
          <a routerLink="/login">{{ 'auth.forgot.back' | t }}</a>
        </form>
      }
    </section>
  `,
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submission = new Submission();
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    const request = this.form.getRawValue();
    if (await this.submission.run(this.form, () => this.api.forgotPassword(request))) this.sentTo.set(request.email);
  }
}
