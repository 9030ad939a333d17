import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthStore, FieldError, FormAlert, Submission, TranslatePipe, TranslationService } from '@lumen/portal/core';
import { loginLockMessage, loginLockOf, type ReportedLock } from './login-lock';
import { safeReturnUrl } from './return-url';

@Component({
  selector: 'lt-login-page',
  imports: [ReactiveFormsModule, RouterLink, FieldError, FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card narrow">
      <h1>{{ 'auth.login.title' | t }}</h1>
      <p class="muted">{{ 'auth.login.lead' | t }}</p>
      @if (reason() === 'expired') {
        <div class="alert alert-info">{{ 'auth.login.expired' | t }}</div>
      }
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <lt-form-alert [message]="alert()" />
        <div class="field">
          <label for="login-email">{{ 'auth.email' | t }}</label>
          <input id="login-email" type="email" formControlName="email" autocomplete="username" />
          <lt-field-error [control]="form.controls.email" field="email" />
        </div>
        <div class="field">
          <label for="login-password">{{ 'auth.password' | t }}</label>
          <input id="login-password" type="password" formControlName="password" autocomplete="current-password" />
          <lt-field-error [control]="form.controls.password" field="password" />
        </div>
        <button class="btn btn-primary btn-block" type="submit" [disabled]="submission.busy()">
          {{ (submission.busy() ? 'auth.login.busy' : 'auth.login.submit') | t }}
        </button>
        <div class="form-links">
          <a routerLink="/forgot-password">{{ 'auth.login.forgot' | t }}</a>
          <span
            >{{ 'auth.login.noAccount' | t }} <a routerLink="/register">{{ 'auth.login.register' | t }}</a></span
          >
        </div>
      </form>
    </section>
  `,
  styles: `
    .form-links {
      display: flex;
      justify-content: space-between;
      flex-wrap: wrap;
      gap: 0.5rem;
      font-size: 0.875rem;
    }
  `,
})
export class LoginPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  /** Query parameters: where to go afterwards, and why the user is here. */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submission = new Submission();
  private readonly translations = inject(TranslationService);
  /** A refused login's lock: the alert then says until when, following the chosen language. */
  private readonly lock = signal<ReportedLock | null>(null);
  protected readonly alert = computed(() => {
    const lock = this.lock();
    return lock ? loginLockMessage(lock, this.translations.locale()) : this.submission.error();
  });

  protected async submit(): Promise<void> {
    this.lock.set(null);
    const login = () =>
      this.auth.login(this.form.getRawValue()).catch((error: unknown) => {
        this.lock.set(loginLockOf(error));
        throw error;
      });
    if (await this.submission.run(this.form, login)) await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }
}
