import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthStore, TranslatePipe, TranslationService, isShown } from '@lumen/portal/core';
import { HEADER_ITEMS, NAV_ITEMS } from '../navigation';
import { AccountMenu } from './account-menu';
import { HeaderItemOutlet } from './header-item-outlet';
import { LanguageSwitch } from './language-switch';

@Component({
  selector: 'lt-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, AccountMenu, HeaderItemOutlet, LanguageSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './header.html',
  styleUrl: './header.css',
})
export class Header {
  protected readonly auth = inject(AuthStore);
  private readonly translations = inject(TranslationService);

  protected readonly navItems = computed(() =>
    NAV_ITEMS.filter((item) => isShown(item, this.auth)).map((item) => ({
      path: item.path,
      label: item.label[this.translations.locale()],
    })),
  );
  protected readonly headerItems = computed(() => HEADER_ITEMS.filter((item) => isShown(item, this.auth)));
}
