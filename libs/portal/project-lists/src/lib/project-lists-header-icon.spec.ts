import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiClient, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { ProjectListSummary } from '@lumen/shared/contracts';
import { of } from 'rxjs';
import { ProjectListsApi } from './project-lists.api';
import { ProjectListsHeaderIcon } from './project-lists-header-icon';

const LIST = { id: 'l1', name: 'Skole Tromsø', itemCount: 2 } as ProjectListSummary;
const OTHER = { id: 'l2', name: 'Kontorbygg Bodø, etappe 2', itemCount: 5 } as ProjectListSummary;

describe('ProjectListsHeaderIcon', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ProjectListsHeaderIcon],
      providers: [
        provideRouter([]),
        // The real lists service (it decides which list is active) over a fake HTTP client.
        { provide: ApiClient, useValue: { get: () => of([LIST, OTHER]) } },
      ],
    });
    TestBed.inject(TranslationService).register(CORE_TRANSLATIONS);
  });

  async function openMenu() {
    const fixture = TestBed.createComponent(ProjectListsHeaderIcon);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('[data-testid="project-lists-icon"]')?.click();
    await fixture.whenStable();
    const menu = () => element.querySelector('[role="menu"]');
    expect(menu()?.textContent).toContain('Skole Tromsø');
    return { fixture, element, menu };
  }

  it('stays open when the pointer leaves it (a header that shifts under the pointer must not shut it)', async () => {
    const { fixture, element, menu } = await openMenu();
    element.querySelector('.holder')?.dispatchEvent(new MouseEvent('mouseleave'));
    await fixture.whenStable();
    expect(menu()).not.toBeNull();
  });

  it('closes on a click elsewhere and on Escape', async () => {
    const { fixture, element, menu } = await openMenu();
    document.body.click();
    await fixture.whenStable();
    expect(menu()).toBeNull();
    element.querySelector<HTMLButtonElement>('[data-testid="project-lists-icon"]')?.click();
    await fixture.whenStable();
    expect(menu()).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect(menu()).toBeNull();
  });
});

describe('ProjectListsHeaderIcon as a list picker', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ProjectListsHeaderIcon],
      providers: [provideRouter([{ path: '**', children: [] }]), { provide: ApiClient, useValue: { get: () => of([LIST, OTHER]) } }],
    });
    TestBed.inject(TranslationService).register(CORE_TRANSLATIONS);
  });

  async function render() {
    const fixture = TestBed.createComponent(ProjectListsHeaderIcon);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = () => element.querySelector<HTMLButtonElement>('[data-testid="project-lists-icon"]');
    const checked = () =>
      [...element.querySelectorAll('[role="menuitemradio"]')].map((item) => [
        item.querySelector('.name')?.textContent?.trim(),
        item.getAttribute('aria-checked'),
      ]);
    const openMenu = async () => {
      button()?.click();
      await fixture.whenStable();
    };
    return { fixture, element, button, checked, openMenu };
  }

  it('names the active list — the most recently changed until one is picked — and checks it in the menu', async () => {
    const { button, checked, openMenu } = await render();
    expect(button()?.getAttribute('aria-label')).toBe('Prosjektlister, aktiv liste: Skole Tromsø');
    expect(button()?.querySelector('[data-testid="project-lists-active"]')?.textContent?.trim()).toBe('Skole Tromsø');
    await openMenu();
    expect(checked()).toEqual([
      ['Skole Tromsø', 'true'],
      ['Kontorbygg Bodø, etappe 2', 'false'],
    ]);
  });

  it('makes the picked list active, remembered across a reload, and links to all lists', async () => {
    const { fixture, element, button, checked, openMenu } = await render();
    await openMenu();
    expect(element.querySelector('a.all')?.getAttribute('href')).toBe('/project-lists');
    element.querySelector<HTMLAnchorElement>('[data-list="l2"]')?.click();
    await fixture.whenStable();
    expect(element.querySelector('[role="menu"]')).toBeNull();
    expect(button()?.getAttribute('aria-label')).toBe('Prosjektlister, aktiv liste: Kontorbygg Bodø, etappe 2');
    await openMenu();
    expect(checked()).toEqual([
      ['Skole Tromsø', 'false'],
      ['Kontorbygg Bodø, etappe 2', 'true'],
    ]);
    expect(element.querySelector('[role="menuitemradio"][aria-checked="true"]')?.textContent).toContain('Aktiv');
    // A new page load starts a new lists service: the choice is still there.
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      imports: [ProjectListsHeaderIcon],
      providers: [provideRouter([]), { provide: ApiClient, useValue: { get: () => of([LIST, OTHER]) } }],
    });
    TestBed.inject(TranslationService).register(CORE_TRANSLATIONS);
    const again = await render();
    expect(again.button()?.getAttribute('aria-label')).toBe('Prosjektlister, aktiv liste: Kontorbygg Bodø, etappe 2');
  });
});
