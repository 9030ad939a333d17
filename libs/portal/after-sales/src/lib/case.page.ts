import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AuthStore,
  type ErrorMessage,
  FieldError,
  FormAlert,
  LocalDatePipe,
  TranslatePipe,
  TranslationService,
  UploadProgressBar,
  describeError,
} from '@lumen/portal/core';
import { CASE_MESSAGE_MAX, type CaseDetail } from '@lumen/shared/contracts';
import { AttachmentList } from './attachment-list';
import { CasesApi } from './cases.api';
import { FilePicker } from './file-picker';
import { Sender } from './sender';
import { AfterSalesStatus } from './status-pill';

/** Where a linked return or claim is shown. */
const LINKED_PATH: Record<CaseDetail['linked'][number]['kind'], string | null> = {
  return: '/after-sales/returns',
  warranty: '/after-sales/claims',
  damage: '/after-sales/claims',
  cancellation: null,
};

/**
 * One case: what it is about, the thread (the shop's answers told apart from the company's),
 * each message's files, and a reply with files while the case is not closed. A reply to a
 * resolved case opens it again.
 */
@Component({
  selector: 'lt-case-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldError,
    FormAlert,
    LocalDatePipe,
    TranslatePipe,
    AfterSalesStatus,
    AttachmentList,
    FilePicker,
    UploadProgressBar,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case.page.html',
  styleUrl: './case.page.css',
})
export class CasePage implements OnInit {
  private readonly api = inject(CasesApi);
  private readonly translations = inject(TranslationService);
  private readonly auth = inject(AuthStore);
  readonly id = input.required<string>();
  protected readonly detail = signal<CaseDetail | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly mayReply = computed(() => this.auth.can('comment', 'Case') && this.detail()?.status !== 'closed');
  protected readonly linkedPath = LINKED_PATH;
  protected readonly messageMax = CASE_MESSAGE_MAX;
  protected readonly files = signal<readonly File[]>([]);
  protected readonly sender = new Sender(() => this.translations.locale());
  protected readonly form = new FormGroup({
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(CASE_MESSAGE_MAX)],
    }),
  });

  ngOnInit(): Promise<void> {
    return this.load();
  }

  protected async reply(): Promise<void> {
    const sent = await this.sender.run(this.form, () =>
      this.api.reply(this.id(), this.form.getRawValue().body.trim(), this.files()),
    );
    if (!sent) return;
    this.form.reset();
    this.files.set([]);
    // Read again: the status may have moved (a resolved case reopens) and the thread grew.
    await this.load();
  }

  private async load(): Promise<void> {
    try {
      this.detail.set(await this.api.get(this.id()));
      this.error.set(null);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
