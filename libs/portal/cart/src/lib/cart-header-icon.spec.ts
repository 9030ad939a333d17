import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { CartApi } from './cart.api';
import { CartHeaderIcon } from './cart-header-icon';

describe('CartHeaderIcon', () => {
  const lineCount = signal(0);

  beforeEach(() => {
    localStorage.clear();
    lineCount.set(0);
    TestBed.configureTestingModule({
      imports: [CartHeaderIcon],
      providers: [
        provideRouter([]),
        { provide: CartApi, useValue: { lineCount, refresh: () => Promise.resolve(), toast: signal(null), cart: signal(null) } },
      ],
    });
    TestBed.inject(TranslationService).register(CORE_TRANSLATIONS);
  });

  it('shows the number of lines and says it in the link’s name, following the cart', async () => {
    const fixture = TestBed.createComponent(CartHeaderIcon);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const link = () => element.querySelector('[data-testid=cart-icon]');
    expect(element.querySelector('[data-testid=cart-count]')).toBeNull();
    expect(link()?.getAttribute('aria-label')).toBe('Handlekurv');
    lineCount.set(3);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=cart-count]')?.textContent?.trim()).toBe('3');
    expect(link()?.getAttribute('aria-label')).toBe('Handlekurv, varelinjer: 3');
  });
});
