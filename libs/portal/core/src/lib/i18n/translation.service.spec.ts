import { TestBed } from '@angular/core/testing';
import { TranslationService } from './translation.service';

describe('TranslationService', () => {
  let translations: TranslationService;

  beforeEach(() => {
    localStorage.clear();
    translations = TestBed.inject(TranslationService);
    translations.register({
      nb: { cart: { title: 'Handlekurv', items: '{count} varer i {where}' }, onlyNb: 'Bare norsk' },
      en: { cart: { title: 'Cart', items: '{count} items in {where}' }, onlyEn: 'English only' },
      fr: { cart: { title: 'Panier' } },
    });
  });

  it('speaks Norwegian by default and English when chosen', () => {
    expect(translations.translate('cart.title')).toBe('Handlekurv');
    translations.setLocale('en');
    expect(translations.translate('cart.title')).toBe('Cart');
  });

  it('remembers the chosen language', () => {
    translations.setLocale('en');
    expect(localStorage.getItem('lumen.locale')).toBe('en');
    TestBed.resetTestingModule();
    expect(TestBed.inject(TranslationService).locale()).toBe('en');
  });

  it('falls back to the other language, then to the key, for a missing string', () => {
    expect(translations.translate('onlyEn')).toBe('English only');
    translations.setLocale('en');
    expect(translations.translate('onlyNb')).toBe('Bare norsk');
    expect(translations.translate('nowhere.at.all')).toBe('nowhere.at.all');
  });

  it('speaks French when chosen, falling back to English before Norwegian', () => {
    translations.setLocale('fr');
    expect(translations.translate('cart.title')).toBe('Panier');
    expect(translations.translate('cart.items', { count: 3, where: 'le panier' })).toBe('3 items in le panier');
    expect(translations.translate('onlyNb')).toBe('Bare norsk');
  });

  it('fills in parameters and leaves unknown ones visible', () => {
    expect(translations.translate('cart.items', { count: 3, where: 'kurven' })).toBe('3 varer i kurven');
    expect(translations.translate('cart.items', { count: 3 })).toBe('3 varer i {where}');
  });

  it('lets a later feature add strings without losing earlier ones', () => {
    translations.register({
      nb: { orders: { title: 'Ordrer' } },
      en: { orders: { title: 'Orders' } },
      fr: { orders: { title: 'Commandes' } },
    });
    expect(translations.translate('orders.title')).toBe('Ordrer');
    expect(translations.translate('cart.title')).toBe('Handlekurv');
  });
});
