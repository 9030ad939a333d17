import { signal } from '@angular/core';
import { type ErrorMessage, describeError } from '@lumen/portal/core';

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * One list screen's state: the page shown, a status filter, progress and the error; only the
 * latest request's answer counts, so a quick change of filter cannot show an older page.
 */
export class PagedList<T, S extends string> {
  readonly page = signal<Paged<T> | null>(null);
  readonly status = signal<S | ''>('');
  readonly loading = signal(false);
  readonly error = signal<ErrorMessage | null>(null);
  private requestNo = 0;

  constructor(private readonly fetch: (query: { status?: S; page: number }) => Promise<Paged<T>>) {}

  pages(): number {
    const page = this.page();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  }

  filter(status: S | ''): Promise<void> {
    this.status.set(status);
    return this.load(1);
  }

  /** A status `<select>`'s change: its options are the contract's statuses (or '' for all). */
  filterBy(event: Event): Promise<void> {
    return this.filter((event.target as HTMLSelectElement).value as S | '');
  }

  async load(page: number): Promise<void> {
    const mine = ++this.requestNo;
    this.loading.set(true);
    try {
      const status = this.status();
      const result = await this.fetch({ ...(status ? { status } : {}), page });
      if (mine === this.requestNo) {
        this.page.set(result);
        this.error.set(null);
      }
    } catch (error) {
      if (mine === this.requestNo) this.error.set(describeError(error));
    } finally {
      if (mine === this.requestNo) this.loading.set(false);
    }
  }
}
