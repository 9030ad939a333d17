import { TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { ProjectListSummary } from '@lumen/shared/contracts';
import { AddToProjectList } from './add-to-project-list';
import { ProjectListsApi } from './project-lists.api';

const summary = (id: string, name: string) => ({ id, name }) as ProjectListSummary;

/** The API double records what the component asked for; lists are what the header shares. */
function fakeApi(existing: ProjectListSummary[], active: ProjectListSummary | null) {
  const calls: string[] = [];
  const lists = signal<ProjectListSummary[] | null>(existing);
  return {
    calls,
    api: {
      lists,
      activeList: signal(active),
      refresh: async () => existing,
      create: async ({ name, projectReference }: { name: string; projectReference?: string }) => {
        calls.push(projectReference ? `create ${name} (${projectReference})` : `create ${name}`);
        return { ...summary('new-id', name), items: [] };
      },
      addItem: async (id: string, item: { sku: string; quantity: number }) => {
        calls.push(`add ${item.sku}×${item.quantity} to ${id}`);
        return { ...summary(id, id === 'new-id' ? 'Hytta' : 'Skole'), items: [] };
      },
    },
  };
}

async function render(existing: ProjectListSummary[], can = true, staff = false, active = existing[0] ?? null) {
  const { api, calls } = fakeApi(existing, active);
  TestBed.configureTestingModule({
    providers: [
      { provide: ProjectListsApi, useValue: api },
      { provide: AuthStore, useValue: { can: () => can, isStaff: () => staff } },
    ],
  });
  TestBed.inject(TranslationService).register(CORE_TRANSLATIONS);
  TestBed.inject(TranslationService).setLocale('nb');
  const fixture = TestBed.createComponent(AddToProjectList);
  fixture.componentRef.setInput('sku', 'LT-10001');
  fixture.componentRef.setInput('quantity', 3);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const click = async (testId: string) => {
    element.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)?.click();
    await fixture.whenStable();
  };
  return { fixture, element, calls, click };
}

describe('AddToProjectList', () => {
  it('offers the active list first (the one the header picker marks)', async () => {
    const lists = [summary('l1', 'Skole'), summary('l2', 'Kontor')];
    const { element, calls, click, fixture } = await render(lists, true, false, lists[1]);
    await click('add-to-list');
    await fixture.whenStable();
    expect(element.querySelector<HTMLSelectElement>('[data-testid=add-to-list-choice]')?.value).toBe('l2');
    await click('add-to-list-confirm');
    expect(calls).toEqual(['add LT-10001×3 to l2']);
  });

  it('adds the product to the chosen existing list', async () => {
    const { element, calls, click } = await render([summary('l1', 'Skole'), summary('l2', 'Kontor')]);
    await click('add-to-list');
    const choice = element.querySelector<HTMLSelectElement>('[data-testid=add-to-list-choice]');
    expect(choice).not.toBeNull();
    await click('add-to-list-confirm');
    expect(calls).toEqual(['add LT-10001×3 to l1']);
    expect(element.textContent).toContain('Lagt til i «Skole»');
  });

  it('creates a new list first when the user picks "New list"', async () => {
    const { fixture, element, calls, click } = await render([]);
    await click('add-to-list');
    const name = element.querySelector<HTMLInputElement>('[data-testid=add-to-list-name]');
    if (!name) throw new Error('no field for the new list name');
    name.value = 'Hytta';
    name.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await click('add-to-list-confirm');
    expect(calls).toEqual(['create Hytta', 'add LT-10001×3 to new-id']);
  });

  it('gives a list made here its project reference, as the lists page does', async () => {
    const { fixture, element, calls, click } = await render([]);
    await click('add-to-list');
    for (const [testId, value] of [
      ['add-to-list-name', 'Skole'],
      ['add-to-list-reference', 'P-2026-14'],
    ]) {
      const input = element.querySelector<HTMLInputElement>(`[data-testid=${testId}]`);
      if (!input) throw new Error(`no ${testId}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
    await click('add-to-list-confirm');
    expect(calls).toEqual(['create Skole (P-2026-14)', 'add LT-10001×3 to new-id']);
  });

  it('is not offered to those who may not edit lists, nor to staff', async () => {
    expect((await render([], false)).element.querySelector('[data-testid=add-to-list]')).toBeNull();
    TestBed.resetTestingModule();
    expect((await render([], true, true)).element.querySelector('[data-testid=add-to-list]')).toBeNull();
  });
});
