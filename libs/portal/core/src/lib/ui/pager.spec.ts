import { TestBed } from '@angular/core/testing';
import { CORE_TRANSLATIONS } from '../i18n/core.translations';
import { TranslationService } from '../i18n/translation.service';
import { Pager } from './pager';

describe('Pager', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [Pager] });
    TestBed.inject(TranslationService).register(CORE_TRANSLATIONS);
  });

  async function render(page: number, pages: number) {
    const fixture = TestBed.createComponent(Pager);
    fixture.componentRef.setInput('page', page);
    fixture.componentRef.setInput('pages', pages);
    const emitted: number[] = [];
    fixture.componentInstance.pageChange.subscribe((value) => emitted.push(value));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { element, emitted, buttons: [...element.querySelectorAll('button')] };
  }

  it('shows nothing when everything fits one page', async () => {
    const { element } = await render(1, 1);
    expect(element.querySelector('nav')).toBeNull();
  });

  it('says where the reader is and moves one page either way', async () => {
    const { element, emitted, buttons } = await render(2, 5);
    expect(element.textContent).toContain('Side 2 av 5');
    buttons[0].click();
    buttons[1].click();
    expect(emitted).toEqual([1, 3]);
  });

  it('cannot go before the first or past the last page', async () => {
    expect((await render(1, 3)).buttons[0].disabled).toBe(true);
    expect((await render(3, 3)).buttons[1].disabled).toBe(true);
  });
});
