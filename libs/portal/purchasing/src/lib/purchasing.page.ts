import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AuthStore,
  type ErrorMessage,
  FieldError,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  Submission,
  TranslatePipe,
  TranslationService,
  describeError,
} from '@lumen/portal/core';
import {
  type ApprovalRule,
  BUDGET_PERIODS,
  type Budget,
  type BudgetPeriod,
  type CompanyAddress,
  type CompanyRole,
  OVER_BUDGET_ACTIONS,
  type OverBudgetAction,
} from '@lumen/shared/contracts';
import { PurchasingApi } from './purchasing.api';

const toOre = (nok: number) => Math.round(nok * 100);

/** The company's approval rules and budgets: everyone reads them, `purchasing.manage` changes them. */
@Component({
  selector: 'lt-purchasing-page',
  imports: [ReactiveFormsModule, FieldError, FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './purchasing.page.html',
  styleUrl: './purchasing.page.css',
})
export class PurchasingPage {
  private readonly api = inject(PurchasingApi);
  private readonly translations = inject(TranslationService);
  protected readonly manage = inject(AuthStore).can('create', 'PurchasingControls');
  protected readonly periods = BUDGET_PERIODS;
  protected readonly actions = OVER_BUDGET_ACTIONS;
  protected readonly rules = signal<ApprovalRule[]>([]);
  protected readonly budgets = signal<Budget[]>([]);
  protected readonly roles = signal<CompanyRole[]>([]);
  protected readonly sites = signal<CompanyAddress[]>([]);
  protected readonly appliesTo = signal<string[]>([]);
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly noticeKind = signal<'error' | 'success'>('success');
  protected readonly ruleSubmission = new Submission();
  protected readonly budgetSubmission = new Submission();
  protected readonly ruleForm = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    aboveNok: new FormControl<number | null>(null, { validators: [Validators.min(0)] }),
    approverRoleId: new FormControl('', { nonNullable: true }),
  });
  protected readonly budgetForm = new FormGroup({
    period: new FormControl<BudgetPeriod>('month', { nonNullable: true }),
    deliveryAddressId: new FormControl('', { nonNullable: true }),
    amountNok: new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(1)] }),
    overBudget: new FormControl<OverBudgetAction>('needs_approval', { nonNullable: true }),
  });

  constructor() {
    void this.load();
  }

  /** A built-in role in the reader's language (the company pages' names), a custom one as its company named it. */
  protected roleName(role: CompanyRole): string {
    return role.builtInKey ? this.translations.translate(`company.builtInRoles.${role.builtInKey}`) : role.name;
  }

  protected roleNames(ids: readonly string[]): string {
    return this.roles()
      .filter((role) => ids.includes(role.id))
      .map((role) => this.roleName(role))
      .join(', ');
  }

  protected toggleRole(id: string): void {
    this.appliesTo.update((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]));
  }

  protected async saveRule(): Promise<void> {
    const { name, aboveNok, approverRoleId } = this.ruleForm.getRawValue();
    const ok = await this.ruleSubmission.run(
      this.ruleForm,
      () =>
        this.api.createRule({
          name,
          aboveNetOre: aboveNok === null ? null : toOre(aboveNok),
          appliesToRoleIds: this.appliesTo(),
          approverRoleId: approverRoleId || null,
          approverUserIds: [],
        }),
      { aboveNetOre: 'aboveNok' },
    );
    if (ok) {
      this.ruleForm.reset();
      this.appliesTo.set([]);
      this.say({ key: 'purchasing.rules.saved' }, 'success');
      await this.load();
    }
  }

  protected async removeRule(rule: ApprovalRule): Promise<void> {
    await this.act(() => this.api.deleteRule(rule.id), 'purchasing.rules.deleted');
  }

  protected async saveBudget(): Promise<void> {
    const { period, deliveryAddressId, amountNok, overBudget } = this.budgetForm.getRawValue();
    const ok = await this.budgetSubmission.run(
      this.budgetForm,
      () =>
        this.api.createBudget({
          period,
          deliveryAddressId: deliveryAddressId || null,
          amountOre: toOre(amountNok ?? 0),
          overBudget,
        }),
      { amountOre: 'amountNok' },
    );
    if (ok) {
      this.budgetForm.reset();
      this.say({ key: 'purchasing.budgets.saved' }, 'success');
      await this.load();
    }
  }

  protected async deactivate(budget: Budget): Promise<void> {
    await this.act(() => this.api.updateBudget(budget.id, { active: false }), 'purchasing.budgets.saved');
  }

  private async act(action: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await action();
      this.say({ key: done }, 'success');
      await this.load();
    } catch (error) {
      this.say(describeError(error), 'error');
    }
  }

  private say(message: ErrorMessage, kind: 'error' | 'success'): void {
    this.noticeKind.set(kind);
    this.notice.set(message);
  }

  private async load(): Promise<void> {
    try {
      const [rules, budgets] = await Promise.all([this.api.rules(), this.api.budgets()]);
      this.rules.set(rules);
      this.budgets.set(budgets);
      // The forms' choices; roles and sites are the admin's to read (a reader sees names only).
      if (this.manage) {
        const [roles, addresses] = await Promise.all([this.api.roles(), this.api.addresses()]);
        this.roles.set(roles);
        this.sites.set(addresses.filter((address) => address.kind === 'delivery'));
      }
    } catch (error) {
      this.say(describeError(error), 'error');
    }
  }
}
