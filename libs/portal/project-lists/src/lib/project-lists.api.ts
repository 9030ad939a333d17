import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type {
  AddProjectListItemRequest,
  CreateProjectListRequest,
  ProjectListDetail,
  ProjectListSummary,
  QuoteDetail,
  UpdateProjectListRequest,
} from '@lumen/shared/contracts';
import { type Observable, firstValueFrom } from 'rxjs';

/** Where the browser remembers the list the user works on (an id only: nothing private). */
const ACTIVE_LIST_KEY = 'lumen.activeProjectList';

/**
 * The project-list calls, and the company's lists as a signal that the header icon and the
 * "add to project list" menus share: every change here refreshes it.
 */
@Injectable({ providedIn: 'root' })
export class ProjectListsApi {
  private readonly api = inject(ApiClient);

  /** The company's lists with counts, newest change first; null until first loaded. */
  readonly lists = signal<ProjectListSummary[] | null>(null);

  private readonly chosenId = signal<string | null>(localStorage.getItem(ACTIVE_LIST_KEY));
  /**
   * The list the user works on: the one last picked in the header, opened or added to, while it
   * is still one of the company's lists; else the most recently changed. "Add to project list"
   * offers it first, and the header's picker marks it.
   */
  readonly activeList = computed(() => {
    const lists = this.lists() ?? [];
    return lists.find((list) => list.id === this.chosenId()) ?? lists[0] ?? null;
  });

  makeActive(id: string): void {
    this.chosenId.set(id);
    localStorage.setItem(ACTIVE_LIST_KEY, id);
  }

  async refresh(): Promise<ProjectListSummary[]> {
    const lists = await firstValueFrom(this.api.get<ProjectListSummary[]>('/project-lists'));
    this.lists.set(lists);
    return lists;
  }

  get(id: string): Promise<ProjectListDetail> {
    return firstValueFrom(this.api.get<ProjectListDetail>(`/project-lists/${id}`));
  }

  create(input: CreateProjectListRequest): Promise<ProjectListDetail> {
    return this.changed(this.api.post<ProjectListDetail>('/project-lists', input));
  }

  update(id: string, input: UpdateProjectListRequest): Promise<ProjectListDetail> {
    return this.changed(this.api.patch<ProjectListDetail>(`/project-lists/${id}`, input));
  }

  remove(id: string): Promise<void> {
    return this.changed(this.api.delete<void>(`/project-lists/${id}`));
  }

  /** Adding to a list makes it the active one: the next product most likely goes there too. */
  addItem(id: string, input: AddProjectListItemRequest): Promise<ProjectListDetail> {
    this.makeActive(id);
    return this.changed(this.api.post<ProjectListDetail>(`/project-lists/${id}/items`, input));
  }

  updateItem(id: string, itemId: string, quantity: number): Promise<ProjectListDetail> {
    return this.changed(this.api.patch<ProjectListDetail>(`/project-lists/${id}/items/${itemId}`, { quantity }));
  }

  removeItem(id: string, itemId: string): Promise<ProjectListDetail> {
    return this.changed(this.api.delete<ProjectListDetail>(`/project-lists/${id}/items/${itemId}`));
  }

  /** A copy named in the user's language ("Kopi av …"); the API's default name is English. */
  copy(id: string, name: string): Promise<ProjectListDetail> {
    return this.changed(this.api.post<ProjectListDetail>(`/project-lists/${id}/copy`, { name }));
  }

  requestQuote(id: string, message: string | null): Promise<QuoteDetail> {
    return firstValueFrom(this.api.post<QuoteDetail>(`/project-lists/${id}/quote-requests`, { message }));
  }

  /** The CSV as a file (the route needs the token, so a plain link would not do). */
  exportCsv(id: string): Promise<Blob> {
    return firstValueFrom(this.api.file(`/project-lists/${id}/export.csv`));
  }

  private async changed<T>(request: Observable<T>): Promise<T> {
    const result = await firstValueFrom(request);
    void this.refresh().catch(() => undefined);
    return result;
  }
}
