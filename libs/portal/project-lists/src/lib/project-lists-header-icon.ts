import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslationService } from '@lumen/portal/core';
import { ProjectListsApi } from './project-lists.api';
import { PROJECT_LISTS_TRANSLATIONS } from './project-lists.translations';

/**
 * The header's project-list picker next to "Account": it names the active list (the one "add to
 * project list" offers first), and opens a menu of the company's lists — the active one checked —
 * where picking one makes it active and opens it, with a link to all lists.
 */
@Component({
  selector: 'lt-project-lists-header-icon',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Closed like the account menu, by a click elsewhere or Escape. It used to close on mouseleave,
  // so a header that shifted under a still pointer (a count appearing) shut it mid-choice.
  host: { '(document:click)': 'closeIfOutside($event)', '(document:keydown.escape)': 'open.set(false)' },
  template: `
    @let current = active();
    <div class="holder">
      <button
        type="button"
        class="icon"
        data-testid="project-lists-icon"
        aria-haspopup="menu"
        [attr.aria-expanded]="open()"
        [attr.aria-label]="
          current ? ('projectLists.headerLabelActive' | t: { name: current.name }) : ('projectLists.headerLabel' | t)
        "
        [attr.title]="current?.name ?? null"
        (click)="toggle()"
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path fill="currentColor" d="M4 5h2v2H4zm4 0h12v2H8zM4 11h2v2H4zm4 0h12v2H8zM4 17h2v2H4zm4 0h12v2H8z" />
        </svg>
        <span class="label" data-testid="project-lists-active">{{ current?.name ?? ('projectLists.headerLabel' | t) }}</span>
        @if (count() > 0) {
          <span class="badge" data-testid="project-lists-count">{{ count() }}</span>
        }
      </button>
      @if (open()) {
        <div class="menu" role="menu" [attr.aria-label]="'projectLists.pickerTitle' | t">
          <p class="head" aria-hidden="true">{{ 'projectLists.pickerTitle' | t }}</p>
          @for (list of api.lists() ?? []; track list.id) {
            <a
              role="menuitemradio"
              [attr.aria-checked]="list.id === current?.id"
              [class.current]="list.id === current?.id"
              [attr.data-list]="list.id"
              [routerLink]="['/project-lists', list.id]"
              (click)="pick(list.id)"
            >
              <span class="check" aria-hidden="true">{{ list.id === current?.id ? '✓' : '' }}</span>
              <span class="name">{{ list.name }}</span>
              <span class="count">
                @if (list.id === current?.id) {
                  <span class="tag">{{ 'projectLists.active' | t }}</span>
                }
                {{ 'projectLists.products' | t: { count: list.itemCount } }}
              </span>
            </a>
          } @empty {
            <p class="empty">{{ 'projectLists.headerEmpty' | t }}</p>
          }
          <a role="menuitem" class="all" routerLink="/project-lists" (click)="open.set(false)">{{
            'projectLists.allLists' | t
          }}</a>
        </div>
      }
    </div>
  `,
  styles: `
    .holder {
      position: relative;
    }
    .icon {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      background: none;
      border: 0;
      color: var(--header-text);
      cursor: pointer;
      padding: 0.4rem 0.5rem;
      border-radius: var(--radius);
      font: inherit;
    }
    .icon:hover {
      background: var(--header-active);
    }
    .badge {
      min-width: 1.3rem;
      padding: 0 0.35rem;
      border-radius: 999px;
      background: var(--brand-glow);
      color: var(--header-bg);
      font-size: 0.75rem;
      font-weight: 700;
      text-align: center;
    }
    .menu {
      position: absolute;
      right: 0;
      top: 100%;
      z-index: 20;
      min-width: 17rem;
      max-width: min(24rem, calc(100vw - 1rem));
      background: var(--surface);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      box-shadow: var(--shadow-lg);
      padding: 0.3rem 0;
    }
    .label {
      max-width: 12rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .head {
      margin: 0;
      padding: 0.35rem 0.9rem 0.25rem;
      color: var(--text-muted);
      font-size: 0.8rem;
    }
    .menu a {
      display: grid;
      grid-template-columns: 1rem 1fr;
      column-gap: 0.5rem;
      padding: 0.45rem 0.9rem 0.45rem 0.5rem;
      color: var(--text);
      text-decoration: none;
    }
    .menu a.all {
      display: block;
      padding-left: 0.9rem;
    }
    .menu a.current {
      font-weight: 600;
    }
    .check {
      width: 1rem;
      color: var(--accent);
    }
    .name {
      min-width: 0;
      overflow-wrap: break-word;
    }
    /* Under the name: whether it is the active one, and how many products it holds. */
    .menu a .count {
      grid-column: 2;
      font-weight: 400;
    }
    .tag {
      margin-right: 0.4rem;
      padding: 0 0.35rem;
      border-radius: 999px;
      background: var(--success-bg);
      color: var(--success-text);
      font-size: 0.75rem;
      font-weight: 600;
    }
    .menu a:hover {
      background: var(--surface-muted);
    }
    .count,
    .empty {
      color: var(--text-muted);
      font-size: 0.85rem;
    }
    .count {
      white-space: nowrap;
    }
    .empty {
      margin: 0;
      padding: 0.45rem 0.9rem;
    }
    .all {
      border-top: 1px solid var(--border);
      font-weight: 600;
    }
    @media (max-width: 720px) {
      .label {
        display: none;
      }
      /* On a phone the icon sits at the left of the header's second row: the menu takes the
         screen's width just below it instead of opening leftwards off the screen. */
      .menu {
        position: fixed;
        top: auto;
        left: 0.5rem;
        right: 0.5rem;
        min-width: 0;
        max-width: none;
      }
    }
  `,
})
export class ProjectListsHeaderIcon {
  protected readonly api = inject(ProjectListsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly open = signal(false);
  protected readonly count = computed(() => this.api.lists()?.length ?? 0);
  protected readonly active = this.api.activeList;

  constructor() {
    // Shown on every page, also outside the lazy project-list routes: bring the strings along.
    inject(TranslationService).register(PROJECT_LISTS_TRANSLATIONS);
    void this.api.refresh().catch(() => undefined);
  }

  protected closeIfOutside(event: Event): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.open.set(false);
  }

  protected pick(id: string): void {
    this.api.makeActive(id);
    this.open.set(false);
  }

  protected toggle(): void {
    this.open.update((open) => !open);
    if (this.open()) void this.api.refresh().catch(() => undefined);
  }
}
