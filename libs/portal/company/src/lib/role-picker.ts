import { ChangeDetectionStrategy, Component, forwardRef, input, signal } from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import type { CompanyRole } from '@lumen/shared/contracts';
import { RoleNamePipe } from './role-name.pipe';

/** Checkboxes for roles, as a form control holding the chosen role ids. */
@Component({
  selector: 'lt-role-picker',
  imports: [RoleNamePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => RolePicker), multi: true }],
  template: `
    <div class="roles" role="group" [attr.aria-label]="label()">
      @for (role of roles(); track role.id) {
        <label class="choice">
          <input type="checkbox" [checked]="chosen().includes(role.id)" [disabled]="disabled()" (change)="toggle(role.id)" (blur)="touched()" />
          {{ role | roleName }}
        </label>
      }
    </div>
  `,
  styles: `
    .roles {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
  `,
})
export class RolePicker implements ControlValueAccessor {
  readonly roles = input.required<CompanyRole[]>();
  readonly label = input('');
  protected readonly chosen = signal<string[]>([]);
  protected readonly disabled = signal(false);
  private onChange: (ids: string[]) => void = () => undefined;
  protected touched: () => void = () => undefined;

  writeValue(ids: string[] | null): void {
    this.chosen.set(ids ?? []);
  }

  registerOnChange(fn: (ids: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.touched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected toggle(id: string): void {
    const current = this.chosen();
    this.chosen.set(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
    this.onChange(this.chosen());
    this.touched();
  }
}
