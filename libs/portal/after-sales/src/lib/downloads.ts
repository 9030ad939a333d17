import { signal } from '@angular/core';
import { type ErrorMessage, describeError, saveFile } from '@lumen/portal/core';

/**
 * The files a screen offers (return label, credit note, attachment): which one is on its way,
 * so its button waits, and what went wrong, in words.
 */
export class Downloads {
  readonly busy = signal<string | null>(null);
  readonly error = signal<ErrorMessage | null>(null);

  async save(key: string, fetch: () => Promise<Blob>, filename: string): Promise<void> {
    this.busy.set(key);
    this.error.set(null);
    try {
      saveFile(await fetch(), filename);
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.busy.set(null);
    }
  }
}
