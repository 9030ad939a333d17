import { signal } from '@angular/core';
import { type ErrorMessage, describeError } from '@lumen/portal/core';

/**
 * A detail page's actions: one at a time (`busy`), each followed by reading the record again —
 * an action changes more than its own answer shows (status, thread, credit notes) and the detail
 * is the one shape the page draws — and its outcome in the page's one message box.
 */
export class DeskActions {
  readonly busy = signal(false);
  readonly notice = signal<ErrorMessage | null>(null);
  readonly kind = signal<'error' | 'success'>('error');

  constructor(private readonly reload: () => Promise<void>) {}

  /** The first read: no action, no success message. */
  load(): Promise<boolean> {
    return this.run(null);
  }

  async run(action: (() => Promise<unknown>) | null, success?: () => ErrorMessage): Promise<boolean> {
    this.busy.set(true);
    if (action) this.notice.set(null);
    try {
      if (action) await action();
      await this.reload();
      if (success) {
        this.kind.set('success');
        this.notice.set(success());
      }
      return true;
    } catch (error) {
      this.fail(describeError(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  fail(message: ErrorMessage): void {
    this.kind.set('error');
    this.notice.set(message);
  }
}
