import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { ProjectListSummary } from '@lumen/shared/contracts';
import { ProjectListsApi } from './project-lists.api';
import { ProjectListsHeaderIcon } from './project-lists-header-icon';

const LIST = { id: 'l1', name: 'Skole Tromsø', itemCount: 2 } as ProjectListSummary;

describe('ProjectListsHeaderIcon', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ProjectListsHeaderIcon],
      providers: [
        provideRouter([]),
        { provide: ProjectListsApi, useValue: { lists: signal([LIST]), refresh: () => Promise.resolve([LIST]) } },
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
