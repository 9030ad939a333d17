import { categoryLabel } from './category-options';

describe('category label', () => {
  const category = { name: 'Innendørsbelysning', nameEn: 'Indoor lighting' };

  it('is the Norwegian name in Norwegian and the English name otherwise: a category has no French name', () => {
    expect(categoryLabel('nb', category)).toBe('Innendørsbelysning');
    expect(categoryLabel('en', category)).toBe('Indoor lighting');
    expect(categoryLabel('fr', category)).toBe('Indoor lighting');
  });
});
