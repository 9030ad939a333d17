import { SearchCache } from './search-cache';

describe('SearchCache', () => {
  it('forgets entries after their time to live', () => {
    let now = 1_000;
    const cache = new SearchCache(10, 500, () => now);
    cache.set('q=downlight', { ids: ['a'], total: 1 });
    expect(cache.get('q=downlight')).toEqual({ ids: ['a'], total: 1 });
    now += 500;
    expect(cache.get('q=downlight')).toBeUndefined();
  });

  it('evicts the least recently used entry when full', () => {
    const cache = new SearchCache(2, 60_000);
    cache.set('a', { ids: [], total: 0 });
    cache.set('b', { ids: [], total: 0 });
    cache.get('a');
    cache.set('c', { ids: [], total: 0 });
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });
});
