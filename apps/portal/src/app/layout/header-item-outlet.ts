import { ChangeDetectionStrategy, Component, type Type, input, resource } from '@angular/core';
import { NgComponentOutlet } from '@angular/common';
import type { HeaderItem } from '@lumen/portal/core';

/** Loads a feature's header component on first use and shows it. */
@Component({
  selector: 'lt-header-item-outlet',
  imports: [NgComponentOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (component.hasValue()) {
    <ng-container *ngComponentOutlet="component.value()" />
  }`,
})
export class HeaderItemOutlet {
  readonly item = input.required<HeaderItem>();
  protected readonly component = resource<Type<unknown>, HeaderItem>({
    params: () => this.item(),
    loader: ({ params }) => params.load(),
  });
}
