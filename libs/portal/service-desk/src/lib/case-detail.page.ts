import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AuthStore, FormAlert, LocalDatePipe, TranslatePipe } from '@lumen/portal/core';
import {
  ATTACHMENTS_PER_MESSAGE_MAX,
  ATTACHMENT_TYPES,
  CASE_MESSAGE_MAX,
  type CaseDetail,
  type ServiceClassification,
} from '@lumen/shared/contracts';
import { AttachmentList } from './attachments';
import { DeskActions } from './desk-actions';
import { caseActions } from './desk-rules';
import { ServiceDeskApi } from './service-desk.api';
import { ServiceWork } from './service-work';

/** Where a linked after-sales record is decided in the desk. */
const LINKED_PATH = { return: 'returns', warranty: 'claims', damage: 'claims', cancellation: 'cancellations' } as const;

/** One case: its thread with files, claim, reply (optionally waiting for the customer), resolve, and technical support's billing. */
@Component({
  selector: 'lt-case-detail-page',
  imports: [FormsModule, RouterLink, AttachmentList, FormAlert, LocalDatePipe, ServiceWork, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/service-desk">← {{ 'serviceDesk.case.back' | t }}</a>
    </p>
    <lt-form-alert [message]="desk.notice()" [kind]="desk.kind()" />
    @if (detail(); as c) {
      <div class="page-header detail">
        <h1 data-testid="case-title">{{ c.number }} · {{ c.subject }}</h1>
      </div>
      <p class="meta">
        <span
          class="tag"
          data-testid="case-status"
          [class.info]="c.status === 'open'"
          [class.warn]="c.status === 'waiting_for_customer'"
          [class.good]="c.status === 'resolved'"
          >{{ 'serviceDesk.caseStatus.' + c.status | t }}</span
        >
        <span class="tag">{{ 'serviceDesk.category.' + c.category | t }}</span>
        @if (c.overdue) {
          <span class="tag bad">{{ 'serviceDesk.queue.overdue' | t }}</span>
        }
        <span>{{ c.company.name }}</span>
        @if (c.order; as order) {
          <a [routerLink]="['/staff/orders', order.id]" data-testid="case-order">{{
            'serviceDesk.order' | t: { number: order.number }
          }}</a>
        }
        @if (c.invoice; as invoice) {
          <span>{{ 'serviceDesk.invoice' | t: { number: invoice.number } }}</span>
        }
      </p>
      <p class="muted">
        {{ 'serviceDesk.case.opened' | t: { date: (c.openedAt | localDate: 'time'), name: c.openedBy } }}
        @if (c.firstAnswerDueAt) {
          · {{ 'serviceDesk.queue.due' | t }} {{ c.firstAnswerDueAt | localDate: 'time' }}
        }
        ·
        <span data-testid="case-assignee">{{
          c.assignee
            ? ('serviceDesk.case.assignee' | t: { name: c.assignee.name })
            : ('serviceDesk.case.unassigned' | t)
        }}</span>
      </p>
      <div class="actions">
        @if (actions().claim) {
          <button
            class="btn btn-primary"
            type="button"
            data-testid="claim-case"
            [disabled]="desk.busy()"
            (click)="claim()"
          >
            {{ 'serviceDesk.case.claim' | t }}
          </button>
        }
        @if (actions().close) {
          <button
            class="btn btn-secondary"
            type="button"
            data-testid="close-case"
            [disabled]="desk.busy()"
            (click)="close()"
          >
            {{ 'serviceDesk.case.close' | t }}
          </button>
        }
        @if (actions().resolve) {
          <button
            class="btn btn-secondary"
            type="button"
            data-testid="resolve-case"
            [disabled]="desk.busy()"
            (click)="resolve()"
          >
            {{ 'serviceDesk.case.resolve' | t }}
          </button>
        }
      </div>
      <div class="columns">
        <div>
          <section class="card">
            <h2>{{ 'serviceDesk.case.thread' | t }}</h2>
            <ol class="thread" data-testid="case-thread">
              @for (m of c.messages; track m.id) {
                <li class="message" [class.staff]="m.author.staff" data-testid="case-message">
                  <div class="who">
                    <strong>{{ m.author.name }}</strong>
                    @if (m.author.staff) {
                      <span class="tag info">{{ 'serviceDesk.case.staff' | t }}</span>
                    }
                    <span class="muted">{{ m.createdAt | localDate: 'time' }}</span>
                  </div>
                  <p class="pre body">{{ m.body }}</p>
                  <lt-attachment-list [attachments]="m.attachments" />
                </li>
              } @empty {
                <li class="muted">{{ 'serviceDesk.case.noMessages' | t }}</li>
              }
            </ol>
          </section>
          @if (actions().reply) {
            <section class="card">
              <h2>{{ 'serviceDesk.case.reply' | t }}</h2>
              <form class="form" (ngSubmit)="reply()">
                <label class="field">
                  <span class="field-label">{{ 'serviceDesk.case.replyText' | t }}</span>
                  <textarea
                    name="body"
                    rows="5"
                    [attr.maxlength]="messageMax"
                    [ngModel]="body()"
                    (ngModelChange)="body.set($event)"
                    data-testid="reply-body"
                  ></textarea>
                </label>
                <label class="field">
                  <span class="field-label">{{ 'serviceDesk.case.files' | t: { max: filesMax } }}</span>
                  <input
                    #fileInput
                    type="file"
                    multiple
                    [accept]="fileTypes"
                    (change)="pick(fileInput)"
                    data-testid="reply-files"
                  />
                </label>
                <label class="choice">
                  <input
                    type="checkbox"
                    name="wait"
                    [ngModel]="waitForCustomer()"
                    (ngModelChange)="waitForCustomer.set($event)"
                    data-testid="reply-wait"
                  />
                  <span>{{ 'serviceDesk.case.waitForCustomer' | t }}</span>
                </label>
                <div class="form-actions">
                  <button
                    class="btn btn-primary"
                    type="submit"
                    data-testid="send-reply"
                    [disabled]="desk.busy() || !body().trim()"
                  >
                    {{ 'serviceDesk.case.send' | t }}
                  </button>
                </div>
              </form>
            </section>
          }
        </div>
        <div>
          @if (c.service; as service) {
            <lt-service-work
              [service]="service"
              [editable]="actions().service"
              [canBill]="actions().bill"
              [busy]="desk.busy()"
              (classify)="classify($event)"
              (logTime)="logTime($event)"
              (bill)="bill()"
            />
          }
          @if (c.linked.length) {
            <section class="card">
              <h2>{{ 'serviceDesk.case.linked' | t }}</h2>
              <ul class="linked" data-testid="case-linked">
                @for (link of c.linked; track link.id) {
                  <li>
                    <a [routerLink]="linkPath(link)"
                      >{{ 'serviceDesk.case.linkedKind.' + link.kind | t }} {{ link.number }}</a
                    >
                  </li>
                }
              </ul>
            </section>
          }
        </div>
      </div>
    }
  `,
  styleUrls: ['./desk.css'],
  styles: `
    .page-header h1 {
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      gap: 0.6rem;
      flex-wrap: wrap;
      align-items: center;
      margin: 0 0 0.3rem;
    }
    .thread {
      list-style: none;
      padding: 0;
      margin: 0;
      display: flex;
      flex-direction: column;
      gap: 0.8rem;
    }
    .message {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.6rem 0.8rem;
    }
    .message.staff {
      background: var(--accent-soft);
      border-color: transparent;
    }
    .who {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
      align-items: baseline;
    }
    .body {
      margin: 0.3rem 0 0;
    }
    .linked {
      margin: 0;
      padding-left: 1.1rem;
    }
    input[type='file'] {
      max-width: 100%;
    }
  `,
})
export class CaseDetailPage implements OnInit {
  private readonly api = inject(ServiceDeskApi);
  private readonly auth = inject(AuthStore);
  readonly id = input.required<string>();

  protected readonly messageMax = CASE_MESSAGE_MAX;
  protected readonly filesMax = ATTACHMENTS_PER_MESSAGE_MAX;
  protected readonly fileTypes = ATTACHMENT_TYPES.join(',');
  protected readonly detail = signal<CaseDetail | null>(null);
  protected readonly body = signal('');
  protected readonly files = signal<File[]>([]);
  protected readonly waitForCustomer = signal(false);
  protected readonly desk = new DeskActions(async () => this.detail.set(await this.api.case(this.id())));
  protected readonly actions = computed(() => {
    const detail = this.detail();
    const none = { claim: false, reply: false, resolve: false, close: false, service: false, bill: false };
    return detail ? caseActions(detail, this.auth.me()?.user.id ?? null) : none;
  });
  private fileInput: HTMLInputElement | null = null;

  ngOnInit(): void {
    void this.desk.load();
  }

  protected linkPath(link: CaseDetail['linked'][number]): string[] {
    const path = ['/service-desk', LINKED_PATH[link.kind]];
    return link.kind === 'cancellation' ? path : [...path, link.id];
  }

  protected pick(input: HTMLInputElement): void {
    this.fileInput = input;
    const files = Array.from(input.files ?? []);
    if (files.length > ATTACHMENTS_PER_MESSAGE_MAX) {
      this.desk.fail({ key: 'serviceDesk.case.tooManyFiles', params: { max: ATTACHMENTS_PER_MESSAGE_MAX } });
      input.value = '';
      this.files.set([]);
      return;
    }
    this.desk.notice.set(null);
    this.files.set(files);
  }

  protected claim(): void {
    void this.desk.run(
      () => this.api.claimCase(this.id()),
      () => ({ key: 'serviceDesk.case.claimed' }),
    );
  }

  protected resolve(): void {
    void this.desk.run(
      () => this.api.resolve(this.id()),
      () => ({ key: 'serviceDesk.case.resolved' }),
    );
  }

  protected close(): void {
    void this.desk.run(
      () => this.api.close(this.id()),
      () => ({ key: 'serviceDesk.case.closed' }),
    );
  }

  protected async reply(): Promise<void> {
    const sent = await this.desk.run(
      () => this.api.reply(this.id(), this.body().trim(), this.waitForCustomer(), this.files()),
      () => ({ key: 'serviceDesk.case.sent' }),
    );
    if (!sent) return;
    this.body.set('');
    this.files.set([]);
    this.waitForCustomer.set(false);
    if (this.fileInput) this.fileInput.value = '';
  }

  protected classify(classification: ServiceClassification): void {
    void this.desk.run(
      () => this.api.classify(this.id(), classification),
      () => ({ key: 'serviceDesk.service.classified' }),
    );
  }

  protected logTime(entry: { minutes: number; note: string | null }): void {
    void this.desk.run(
      () => this.api.logTime(this.id(), entry.minutes, entry.note),
      () => ({ key: 'serviceDesk.service.logged', params: { minutes: entry.minutes } }),
    );
  }

  protected async bill(): Promise<void> {
    let number = 0;
    await this.desk.run(
      async () => (number = (await this.api.bill(this.id())).invoiceNumber),
      () => ({ key: 'serviceDesk.service.billed', params: { number } }),
    );
  }
}
