import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@lumen/portal/core';

/**
 * A button that opens the file picker and hands over the file chosen: worded in the portal's
 * language (the browser's own "Choose file / No file chosen" follows the browser's), the
 * input inside it out of sight but focusable and reachable by tests (`testId`).
 */
@Component({
  selector: 'lt-file-button',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="btn" [class.btn-primary]="primary()" [class.btn-secondary]="!primary()" [class.disabled]="disabled()">
      {{ label() | t }}
      <input
        type="file"
        [accept]="accept()"
        [disabled]="disabled()"
        [attr.data-testid]="testId()"
        (change)="choose($event)"
      />
    </label>
  `,
  styles: `
    label {
      position: relative;
      overflow: hidden;
    }
    label.disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    input {
      position: absolute;
      inset: 0;
      opacity: 0;
      cursor: pointer;
    }
    label:focus-within {
      outline: 2px solid var(--accent);
      outline-offset: 2px;
    }
  `,
})
export class FileButton {
  /** Translation key of the button's text. */
  readonly label = input.required<string>();
  readonly accept = input('');
  readonly disabled = input(false);
  readonly primary = input(false);
  readonly testId = input('');
  readonly chosen = output<File>();

  protected choose(event: Event): void {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    // Emptied, so choosing the same file again (after fixing it) sends it again.
    field.value = '';
    if (file) this.chosen.emit(file);
  }
}
