import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, map } from 'rxjs';
import {
  AuthStore,
  ServiceBanner,
  TranslatePipe,
  TranslationService,
  activeNavPath,
  isShown,
} from '@lumen/portal/core';
import { HEADER_ITEMS, NAV_ITEMS } from '../navigation';
import { AccountMenu } from './account-menu';
import { HeaderItemOutlet } from './header-item-outlet';
import { LanguageSwitch } from './language-switch';

@Component({
  selector: 'lt-header',
  imports: [RouterLink, TranslatePipe, AccountMenu, HeaderItemOutlet, LanguageSwitch, ServiceBanner],
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
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  protected readonly activePath = computed(() =>
    activeNavPath(
      this.url(),
      this.navItems().map((item) => item.path),
    ),
  );
  /**
   * The catalogue tells a visitor about prices itself, once, above its results (and on a product
   * where the price would be): the shell's notice would say it a second time on the same screen.
   */
  protected readonly catalogSpeaksToVisitors = computed(() => /^\/catalog(?=[/?#]|$)/.test(this.url()));
  protected readonly headerItems = computed(() => HEADER_ITEMS.filter((item) => isShown(item, this.auth)));
  /** The phone's menu (the navigation is a row on wider screens, where this does nothing). */
  protected readonly menuOpen = signal(false);

  constructor() {
    // Following a link from the open menu lands on the page, not on the menu still covering it.
    effect(() => {
      this.url();
      this.menuOpen.set(false);
    });
  }
}
