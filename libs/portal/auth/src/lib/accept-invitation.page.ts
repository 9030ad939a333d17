import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthStore, FormAlert, Submission, TranslatePipe } from '@lumen/portal/core';
import { checkedLink } from './link-check';
import { NewPasswordFields } from './new-password-fields';
import { newPasswordGroup } from './validators';

/** Opened from the invitation e-mail `/accept-invitation?token=…`; logs the new employee in. */
@Component({
  selector: 'lt-accept-invitation-page',
  imports: [ReactiveFormsModule, RouterLink, FormAlert, NewPasswordFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card narrow">
      <h1>{{ 'auth.invitation.title' | t }}</h1>
      @if (!token()) {
        <div class="alert alert-error" role="alert">{{ 'auth.invitation.missingToken' | t }}</div>
      } @else if (link() === 'spent') {
        <div class="alert alert-error" role="alert" data-testid="link-spent">{{ 'auth.invitation.spent' | t }}</div>
        <p>
          <a routerLink="/login">{{ 'auth.invitation.login' | t }}</a>
        </p>
      } @else if (link() === 'checking') {
        <p class="muted" role="status">{{ 'auth.checkingLink' | t }}</p>
      } @else {
        <p class="muted">{{ 'auth.invitation.lead' | t }}</p>
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <lt-form-alert [message]="submission.error()" />
          <lt-new-password-fields [group]="form" />
          <button class="btn btn-primary btn-block" type="submit" [disabled]="submission.busy()">
            {{ (submission.busy() ? 'auth.invitation.busy' : 'auth.invitation.submit') | t }}
          </button>
        </form>
      }
    </section>
  `,
})
export class AcceptInvitationPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  readonly token = input<string>();
  protected readonly link = checkedLink(this.token, 'invitation');
  protected readonly form = newPasswordGroup();
  protected readonly submission = new Submission();

  protected async submit(): Promise<void> {
    const request = { token: this.token() ?? '', password: this.form.controls.password.value };
    if (await this.submission.run(this.form, () => this.auth.acceptInvitation(request)))
      await this.router.navigateByUrl('/account');
  }
}
