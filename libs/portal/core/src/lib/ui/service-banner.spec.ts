import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ServiceStatus } from '../api/service-status';
import { CORE_TRANSLATIONS } from '../i18n/core.translations';
import { TranslationService } from '../i18n/translation.service';
import { ServiceBanner } from './service-banner';

describe('ServiceBanner', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ServiceBanner],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(TranslationService).register(CORE_TRANSLATIONS);
  });

  it('says "temporarily unavailable, retrying" only while the API answers 503', async () => {
    const fixture = TestBed.createComponent(ServiceBanner);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid="service-unavailable"]')).toBeNull();

    TestBed.inject(ServiceStatus).unavailable.set(true);
    await fixture.whenStable();
    expect(element.textContent).toContain('midlertidig utilgjengelig');

    TestBed.inject(ServiceStatus).markAvailable();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="service-unavailable"]')).toBeNull();
  });
});
