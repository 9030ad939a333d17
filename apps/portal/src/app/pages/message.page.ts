import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@lumen/portal/core';

/** "Not found", "no access": a short message and the way home. `page` comes from route data. */
@Component({
  selector: 'lt-message-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card narrow">
      <h1>{{ 'pages.' + page() + '.title' | t }}</h1>
      <p>{{ 'pages.' + page() + '.text' | t }}</p>
      <a class="btn btn-primary" routerLink="/">{{ 'pages.' + page() + '.home' | t }}</a>
    </section>
  `,
})
export class MessagePage {
  readonly page = input<'notFound' | 'forbidden'>('notFound');
}
