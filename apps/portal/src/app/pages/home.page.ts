import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, TranslatePipe } from '@lumen/portal/core';

/** The public landing page; the catalog will take over `/` or link from here. */
@Component({
  selector: 'lt-home-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="hero">
      <p class="eyebrow">{{ 'home.eyebrow' | t }}</p>
      @if (auth.me(); as me) {
        <h1>{{ 'home.welcome' | t: { name: me.user.name } }}</h1>
        @if (me.company) {
          <p class="lead">{{ 'home.welcomeLead' | t: { company: me.company.name } }}</p>
        }
        <div class="actions">
          <a class="btn btn-primary" routerLink="/account">{{ 'home.accountLink' | t }}</a>
        </div>
      } @else {
        <h1>{{ 'home.title' | t }}</h1>
        <p class="lead">{{ 'home.lead' | t }}</p>
        <div class="actions">
          <a class="btn btn-primary" routerLink="/register">{{ 'home.register' | t }}</a>
          <a class="btn btn-secondary" routerLink="/login">{{ 'home.login' | t }}</a>
        </div>
        <p class="prices-notice">{{ 'home.pricesNotice' | t }}</p>
      }
    </section>
    <section class="features">
      @for (feature of features; track feature) {
        <article class="card">
          <h2>{{ 'home.features.' + feature + '.title' | t }}</h2>
          <p>{{ 'home.features.' + feature + '.text' | t }}</p>
        </article>
      }
    </section>
  `,
  styles: `
    .hero {
      padding: 2.5rem 2.5rem 2.25rem;
      border-radius: var(--radius-lg);
      background: linear-gradient(135deg, #13202f 0%, #1f3a52 60%, #2d4f6c 100%);
      color: #f3f6f9;
      margin-bottom: 2rem;
    }
    .eyebrow {
      text-transform: uppercase;
      letter-spacing: 0.08em;
      font-size: 0.75rem;
      font-weight: 600;
      color: var(--brand-glow);
      margin: 0 0 0.75rem;
    }
    h1 {
      color: #fff;
      font-size: 2.1rem;
      line-height: 1.2;
      margin: 0 0 1rem;
      max-width: 38rem;
    }
    .lead {
      font-size: 1.05rem;
      max-width: 42rem;
      color: #cfd9e3;
      margin: 0 0 1.5rem;
    }
    .actions {
      display: flex;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
    .hero .btn-secondary {
      background: transparent;
      color: #fff;
      border-color: rgba(255, 255, 255, 0.5);
    }
    .prices-notice {
      margin: 1.5rem 0 0;
      font-size: 0.9rem;
      color: #cfd9e3;
    }
    .features {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
      gap: 1rem;
    }
    .features h2 {
      font-size: 1.05rem;
      margin: 0 0 0.4rem;
    }
    .features p {
      margin: 0;
      color: var(--text-muted);
    }
  `,
})
export class HomePage {
  protected readonly auth = inject(AuthStore);
  protected readonly features = ['tiers', 'quotes', 'quick'] as const;
}
