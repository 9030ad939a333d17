import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { Action, Subject } from '@lumen/shared/permissions';
import { AuthStore } from './auth.store';

/** `@if ('use' | can: 'QuickOrder') { … }`. Impure: follows log-in and log-out. */
@Pipe({ name: 'can', pure: false })
export class CanPipe implements PipeTransform {
  private readonly auth = inject(AuthStore);

  transform(action: Action, subject: Subject): boolean {
    return this.auth.can(action, subject);
  }
}
