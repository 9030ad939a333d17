import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, TranslatePipe } from '@lumen/portal/core';
import type { CompanyStatus } from '@lumen/shared/contracts';

interface NextStep {
  id: string;
  path: string;
  label: string;
  text: string;
}

/**
 * What a newly registered company admin can do next, shown once on the account page they land on:
 * whether the company may order yet, and links to the catalog, the colleagues' invitations and a
 * first project list. A step the user may not take is left out by the same rules the API applies.
 */
@Component({
  selector: 'lt-welcome-panel',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card welcome" data-testid="welcome-panel" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{{ 'auth.welcome.title' | t: { name: name() } }}</h2>
      <p data-testid="welcome-status">
        {{ (status() === 'active' ? 'auth.welcome.active' : 'auth.welcome.pending') | t }}
      </p>
      <h3>{{ 'auth.welcome.next' | t }}</h3>
      <ul class="steps">
        @for (step of steps(); track step.id) {
          <li [attr.data-step]="step.id">
            <a class="link" [routerLink]="step.path">{{ step.label | t }}</a>
            <span class="muted">{{ step.text | t }}</span>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .welcome {
      margin-bottom: 1.25rem;
      border-left: 4px solid var(--accent);
    }
    .welcome h2 {
      margin: 0 0 0.5rem;
    }
    .welcome h3 {
      margin: 1rem 0 0.5rem;
      font-size: 1rem;
    }
    .steps {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.6rem;
    }
    .steps li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: baseline;
    }
    .steps a {
      font-weight: 600;
    }
  `,
})
export class WelcomePanel {
  private readonly auth = inject(AuthStore);
  readonly name = input.required<string>();
  readonly status = input.required<CompanyStatus>();

  /** `auth.can` reads the session's ability signal, so the steps follow the permissions the user holds. */
  protected readonly steps = computed((): NextStep[] =>
    [
      { id: 'catalog', path: '/catalog', allowed: true },
      { id: 'invite', path: '/company/employees', allowed: this.auth.can('create', 'User') },
      { id: 'projectList', path: '/project-lists', allowed: this.auth.can('create', 'ProjectList') },
    ]
      .filter((step) => step.allowed)
      .map(({ id, path }) => ({ id, path, label: `auth.welcome.${id}`, text: `auth.welcome.${id}Text` })),
  );
}
