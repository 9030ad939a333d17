import { categoryName } from './category-name';

describe('categoryName', () => {
  const category = { name: 'Downlights (nb)', nameEn: 'Downlights (en)' };

  it('reads the Norwegian name in Norwegian only, the English name in every other language', () => {
    expect(categoryName('nb', category)).toBe('Downlights (nb)');
    expect(categoryName('en', category)).toBe('Downlights (en)');
    expect(categoryName('fr', category)).toBe('Downlights (en)');
  });
});
