/** What a search matched: the first ids in order, and how many there are in all. */
export interface RankedMatches {
  ids: string[];
  total: number;
  /** The corrected search these are the matches of, when the typed one found nothing. */
  didYouMean?: string;
}

/**
 * A small LRU of search results (ids and totals only, never prices, stock or names: those are
 * read fresh with every page). Popular searches then cost one indexed lookup of 24 rows
 * instead of ranking thousands of matches per request. Entries live `ttlMs`, so a product
 * added or renamed shows in searches within that time; price changes show at once.
 */
export class SearchCache {
  private readonly entries = new Map<string, { expiresAt: number; value: RankedMatches }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): RankedMatches | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry); // most recently used goes last
    return entry.value;
  }

  set(key: string, value: RankedMatches): void {
    this.entries.delete(key);
    this.entries.set(key, { expiresAt: this.now() + this.ttlMs, value });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
