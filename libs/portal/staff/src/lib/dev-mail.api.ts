import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type { DevMail, DevMailPage } from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The development outbox viewer's calls (absent in production: the API answers 404 there). */
@Injectable({ providedIn: 'root' })
export class DevMailApi {
  private readonly api = inject(ApiClient);

  list(): Promise<DevMailPage> {
    return firstValueFrom(this.api.get<DevMailPage>('/dev/mail'));
  }

  one(id: string): Promise<DevMail> {
    return firstValueFrom(this.api.get<DevMail>(`/dev/mail/${id}`));
  }
}
