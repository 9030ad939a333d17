import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { FieldError, TranslatePipe } from '@lumen/portal/core';
import { switchMap } from 'rxjs';
import type { NewPasswordGroup } from './validators';

let nextId = 0;

/** "Password" and "repeat the password", with the rules as a hint; used by every page that sets one. */
@Component({
  selector: 'lt-new-password-fields',
  imports: [ReactiveFormsModule, FieldError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container [formGroup]="group()">
      <div class="field">
        <label [for]="id + '-password'">{{ label() | t }}</label>
        <input [id]="id + '-password'" type="password" formControlName="password" autocomplete="new-password" />
        <p class="field-hint">{{ 'auth.passwordHint' | t }}</p>
        <lt-field-error [control]="group().controls.password" [field]="field()" />
      </div>
      <div class="field">
        <label [for]="id + '-confirm'">{{ 'auth.confirmPassword' | t }}</label>
        <input [id]="id + '-confirm'" type="password" formControlName="confirm" autocomplete="new-password" />
        <lt-field-error [control]="group().controls.confirm" field="confirm" />
      </div>
    </ng-container>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
  `,
})
export class NewPasswordFields {
  readonly group = input.required<NewPasswordGroup>();
  /** Translation key of the first field's label. */
  readonly label = input('auth.password');
  /** The API's name for the field, for field-specific messages. */
  readonly field = input('password');
  protected readonly id = `new-password-${nextId++}`;

  constructor() {
    toObservable(this.group)
      .pipe(
        switchMap((group) => group.controls.password.valueChanges),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.group().controls.confirm.updateValueAndValidity());
  }
}
