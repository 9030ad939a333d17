// Generated from libs/shared/contracts by libs/api/core/src/lib/openapi/contract-schemas.generator.ts.
// Do not edit: run `npm run openapi:contracts`.
import type { JsonSchema } from './json-schema';

export type ContractName =
  | 'AcceptInvitationRequest'
  | 'AccessNotes'
  | 'AddCartItemRequest'
  | 'AddProjectListItemRequest'
  | 'AddressInput'
  | 'AddressKind'
  | 'ApiError'
  | 'ApiErrorDetail'
  | 'ApprovalHold'
  | 'ApprovalRule'
  | 'ApprovalStatus'
  | 'ApprovalStep'
  | 'ApprovalsPage'
  | 'AttachmentRef'
  | 'AuditEntryView'
  | 'BankFileOverpayment'
  | 'BankFileResult'
  | 'BillCaseResponse'
  | 'Budget'
  | 'BudgetPeriod'
  | 'BudgetVerdict'
  | 'CancelLineRequest'
  | 'Cancellation'
  | 'CancellationPage'
  | 'CancellationStatus'
  | 'Carrier'
  | 'Cart'
  | 'CartItem'
  | 'CaseCategory'
  | 'CaseDetail'
  | 'CaseMessage'
  | 'CaseMessageRequest'
  | 'CaseMetrics'
  | 'CasePage'
  | 'CaseStatus'
  | 'CaseSummary'
  | 'CatalogExportHeaderLanguage'
  | 'CatalogExportQuery'
  | 'CatalogImportColumn'
  | 'CatalogImportField'
  | 'CatalogImportLineStatus'
  | 'CatalogImportMode'
  | 'CatalogImportProblem'
  | 'CatalogImportRefusalDetails'
  | 'CatalogImportReport'
  | 'CatalogImportReportLine'
  | 'CatalogImportReportQuery'
  | 'CatalogImportReportView'
  | 'CatalogImportSummary'
  | 'CategoryNode'
  | 'CategoryRef'
  | 'ChangeCompanyTierRequest'
  | 'ChangeCompanyTierResponse'
  | 'ChangePasswordRequest'
  | 'CheckLinkRequest'
  | 'CheckoutBudget'
  | 'CheckoutRequest'
  | 'ClaimDecision'
  | 'ClaimDetail'
  | 'ClaimKind'
  | 'ClaimPage'
  | 'ClaimStatus'
  | 'ClaimSummary'
  | 'ClassifyCaseRequest'
  | 'CompanyAddress'
  | 'CompanyAuditPage'
  | 'CompanyProfile'
  | 'CompanyRole'
  | 'CompanyStatus'
  | 'CompanySummary'
  | 'CompanyUser'
  | 'CopyProjectListRequest'
  | 'CreateAddressRequest'
  | 'CreateApprovalRuleRequest'
  | 'CreateBudgetRequest'
  | 'CreateCaseRequest'
  | 'CreateCategoryRequest'
  | 'CreateClaimRequest'
  | 'CreateCompanyUserRequest'
  | 'CreateProductRequest'
  | 'CreateProjectListRequest'
  | 'CreateQuoteRequestRequest'
  | 'CreateReturnRequest'
  | 'CreateRoleRequest'
  | 'CreateShipmentRequest'
  | 'CreateStaffUserRequest'
  | 'CreateTimeEntryRequest'
  | 'CustomerType'
  | 'DecideClaimRequest'
  | 'DeletionRequest'
  | 'DeliveryAccess'
  | 'DeliveryCountry'
  | 'DevMail'
  | 'DevMailPage'
  | 'DevMailSummary'
  | 'ErrorCode'
  | 'ForgotPasswordRequest'
  | 'FulfilmentLine'
  | 'FulfilmentSettings'
  | 'HealthResponse'
  | 'InspectReturnRequest'
  | 'InvoiceDetail'
  | 'InvoiceKind'
  | 'InvoiceLine'
  | 'InvoicePage'
  | 'InvoiceStatus'
  | 'InvoiceSummary'
  | 'LightingData'
  | 'LightingDataInput'
  | 'LinkPurpose'
  | 'LoginRequest'
  | 'LoyaltyTier'
  | 'MeResponse'
  | 'NextTierPrice'
  | 'OrderAddress'
  | 'OrderAfterSales'
  | 'OrderApproval'
  | 'OrderApprovalAnswer'
  | 'OrderDeskDetail'
  | 'OrderDeskPage'
  | 'OrderDeskRow'
  | 'OrderDeskSort'
  | 'OrderDetail'
  | 'OrderLine'
  | 'OrderLineAfterSales'
  | 'OrderPage'
  | 'OrderStatus'
  | 'OrderSummary'
  | 'OrderTotals'
  | 'OverBudgetAction'
  | 'PaymentMethod'
  | 'PermissionRule'
  | 'PersonRef'
  | 'ProductDetail'
  | 'ProductImage'
  | 'ProductLifecycle'
  | 'ProductPage'
  | 'ProductPrice'
  | 'ProductQuery'
  | 'ProductSort'
  | 'ProductSummary'
  | 'ProjectListDetail'
  | 'ProjectListLine'
  | 'ProjectListSummary'
  | 'ProjectListToCartResponse'
  | 'PurchasingCheck'
  | 'QuickOrderAddToCartRequest'
  | 'QuickOrderAddToCartResponse'
  | 'QuickOrderCheckRequest'
  | 'QuickOrderCheckToCartRequest'
  | 'QuickOrderInputLine'
  | 'QuickOrderLineStatus'
  | 'QuickOrderPrice'
  | 'QuickOrderProduct'
  | 'QuickOrderQuantityProblem'
  | 'QuickOrderReport'
  | 'QuickOrderReportLine'
  | 'QuickOrderReportQuery'
  | 'QuickOrderReportView'
  | 'QuickOrderSummary'
  | 'QuickOrderTakenLine'
  | 'QuoteAuthorSide'
  | 'QuoteCommentRequest'
  | 'QuoteCommentView'
  | 'QuoteDetail'
  | 'QuoteDraftLineInput'
  | 'QuoteDraftView'
  | 'QuoteLineView'
  | 'QuoteMetrics'
  | 'QuoteRevisionView'
  | 'QuoteStatus'
  | 'QuoteSummary'
  | 'RecordPaymentRequest'
  | 'RefreshRequest'
  | 'RefuseRequest'
  | 'RegisterCompanyRequest'
  | 'RejectApprovalRequest'
  | 'ReorderResponse'
  | 'ResetPasswordRequest'
  | 'ReturnDetail'
  | 'ReturnLine'
  | 'ReturnLineVerdict'
  | 'ReturnPage'
  | 'ReturnStatus'
  | 'ReturnSummary'
  | 'RoleRef'
  | 'SaveQuoteDraftRequest'
  | 'ServiceClassification'
  | 'ServiceSettings'
  | 'Shipment'
  | 'ShipmentLine'
  | 'ShippingCharges'
  | 'ShippingMethod'
  | 'ShippingOption'
  | 'ShippingOptionsResponse'
  | 'StaffCasePage'
  | 'StaffCategoryNode'
  | 'StaffCompany'
  | 'StaffCompanyPage'
  | 'StaffCompanyQuery'
  | 'StaffProduct'
  | 'StaffProductPage'
  | 'StaffProductQuery'
  | 'StaffQueueQuote'
  | 'StaffQuoteDetail'
  | 'StaffQuoteQuery'
  | 'StaffQuoteSummary'
  | 'StaffReplyRequest'
  | 'StaffRole'
  | 'StaffUser'
  | 'StockFeedResult'
  | 'StockStatus'
  | 'TierDiscounts'
  | 'TimeEntry'
  | 'TokenPair'
  | 'UpdateAddressRequest'
  | 'UpdateApprovalRuleRequest'
  | 'UpdateBudgetRequest'
  | 'UpdateCartItemRequest'
  | 'UpdateCategoryRequest'
  | 'UpdateCompanyRequest'
  | 'UpdateCompanyUserRequest'
  | 'UpdateMeRequest'
  | 'UpdateProductRequest'
  | 'UpdateProjectListItemRequest'
  | 'UpdateProjectListRequest'
  | 'UpdateRoleRequest'
  | 'UpdateTierDiscountsRequest'
  | 'UserLanguage';

export const CONTRACT_SCHEMAS: Readonly<Record<ContractName, JsonSchema>> = {
  AcceptInvitationRequest: {
    type: 'object',
    properties: { token: { type: 'string' }, password: { type: 'string' } },
    required: ['token', 'password'],
    additionalProperties: false,
  },
  AccessNotes: {
    type: 'object',
    properties: {
      access: { $ref: '#/components/schemas/DeliveryAccess' },
      note: { type: ['string', 'null'], description: 'Free text: door code, opening hours, floor.' },
    },
    required: ['access'],
    additionalProperties: false,
  },
  AddCartItemRequest: {
    type: 'object',
    properties: { sku: { type: 'string' }, quantity: { type: 'number' } },
    required: ['sku', 'quantity'],
    additionalProperties: false,
  },
  AddProjectListItemRequest: {
    type: 'object',
    properties: { sku: { type: 'string' }, quantity: { type: 'number' }, note: { type: ['string', 'null'] } },
    required: ['sku', 'quantity'],
    additionalProperties: false,
    description: 'Adding a product already on the list raises its quantity by `quantity`.',
  },
  AddressInput: {
    type: 'object',
    properties: {
      line1: { type: 'string' },
      line2: { type: 'string' },
      postalCode: { type: 'string' },
      city: { type: 'string' },
      country: { $ref: '#/components/schemas/DeliveryCountry' },
    },
    required: ['line1', 'postalCode', 'city', 'country'],
    additionalProperties: false,
  },
  AddressKind: { type: 'string', enum: ['billing', 'delivery'] },
  ApiError: {
    type: 'object',
    properties: {
      statusCode: { type: 'number' },
      code: { $ref: '#/components/schemas/ErrorCode' },
      message: { type: 'string' },
      details: {
        anyOf: [
          { type: 'array', items: { $ref: '#/components/schemas/ApiErrorDetail' } },
          { type: 'object', additionalProperties: {} },
        ],
      },
    },
    required: ['statusCode', 'code', 'message'],
    additionalProperties: false,
    description: 'The body of every error the API answers with. `code` is stable; `message` is for people.',
  },
  ApiErrorDetail: {
    type: 'object',
    properties: {
      field: { type: 'string' },
      line: { type: 'number' },
      code: { type: 'string' },
      message: { type: 'string' },
    },
    required: ['code', 'message'],
    additionalProperties: false,
    description: 'One offending field (or CSV line) in a validation error.',
  },
  ApprovalHold: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['rule', 'budget'] },
      label: {
        type: 'string',
        description: "The rule's name; for a budget, its site's label (empty for the company's budget).",
      },
      budgetPeriod: {
        anyOf: [{ $ref: '#/components/schemas/BudgetPeriod' }, { type: 'null' }],
        description: "A budget's period, which the portal names in the reader's language; null for a rule.",
      },
      approverNames: {
        type: 'array',
        items: { type: 'string' },
        description: 'Who may approve it, by name (the orderer left out).',
      },
    },
    required: ['kind', 'label', 'budgetPeriod', 'approverNames'],
    additionalProperties: false,
    description: 'One rule or budget that holds an order; each needs one approval.',
  },
  ApprovalRule: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      appliesToRoleIds: {
        type: 'array',
        items: { type: 'string' },
        description: "The orderers' roles the rule is for; empty: everyone who orders.",
      },
      aboveNetOre: {
        type: ['number', 'null'],
        description: 'Orders above this total excl. VAT (øre) need approval; null: every order.',
      },
      approverRoleId: { type: ['string', 'null'], description: 'Holders of this role approve…' },
      approverUserIds: {
        type: 'array',
        items: { type: 'string' },
        description: '…and so do these users. A rule has at least one of the two.',
      },
      approverNames: {
        type: 'array',
        items: { type: 'string' },
        description: 'Who can approve, by name, as the portal lists them.',
      },
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
    },
    required: [
      'id',
      'name',
      'appliesToRoleIds',
      'aboveNetOre',
      'approverRoleId',
      'approverUserIds',
      'approverNames',
      'createdAt',
      'updatedAt',
    ],
    additionalProperties: false,
    description: '`GET /api/company/approval-rules`: which orders need approval, and by whom (PRODUCT.md §17).',
  },
  ApprovalStatus: {
    type: 'string',
    enum: ['pending', 'approved', 'rejected', 'expired'],
    description: "An approval request's life: waiting, then approved (placed), rejected or expired (cancelled).",
  },
  ApprovalStep: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['rule', 'budget'] },
      label: {
        type: 'string',
        description: "The rule's name; for a budget, its site's label (empty for the company's budget).",
      },
      budgetPeriod: {
        anyOf: [{ $ref: '#/components/schemas/BudgetPeriod' }, { type: 'null' }],
        description: "A budget's period, which the portal names in the reader's language; null for a rule.",
      },
      approverNames: {
        type: 'array',
        items: { type: 'string' },
        description: 'Who may approve it, by name (the orderer left out).',
      },
      id: { type: 'string' },
      approvedBy: { type: ['string', 'null'] },
      approvedAt: { type: ['string', 'null'] },
    },
    required: ['approvedAt', 'approvedBy', 'approverNames', 'budgetPeriod', 'id', 'kind', 'label'],
    additionalProperties: false,
  },
  ApprovalsPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/OrderApproval' } },
      counts: {
        type: 'object',
        properties: {
          awaitingYou: { type: 'number', description: 'Waiting for the caller.' },
          pending: { type: 'number', description: 'Waiting in the whole company, for anyone.' },
        },
        required: ['awaitingYou', 'pending'],
        additionalProperties: false,
      },
    },
    required: ['items', 'counts'],
    additionalProperties: false,
    description: "`GET /api/approvals`: the orders waiting for the caller's decision, and counts for the header.",
  },
  AttachmentRef: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      fileName: { type: 'string' },
      contentType: { type: 'string', enum: ['image/jpeg', 'image/png', 'application/pdf'] },
      sizeBytes: { type: 'number' },
      url: { type: 'string', description: "`GET /api/attachments/:id`: the caller's company's (staff: any)." },
    },
    required: ['id', 'fileName', 'contentType', 'sizeBytes', 'url'],
    additionalProperties: false,
    description: "A stored file (a photo or a message's attachment), downloaded by its own route.",
  },
  AuditEntryView: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      createdAt: { type: 'string' },
      actor: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, name: { type: 'string' } },
            required: ['id', 'name'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description: "Who did it; null for the system. An erased user's name reads as erased.",
      },
      action: { type: 'string' },
      entityType: { type: 'string' },
      entityId: { type: ['string', 'null'] },
      before: { anyOf: [{ type: 'object', additionalProperties: {} }, { type: 'null' }] },
      after: { anyOf: [{ type: 'object', additionalProperties: {} }, { type: 'null' }] },
      reason: { type: ['string', 'null'] },
    },
    required: ['id', 'createdAt', 'actor', 'action', 'entityType', 'entityId', 'before', 'after', 'reason'],
    additionalProperties: false,
  },
  BankFileOverpayment: {
    type: 'object',
    properties: { line: { type: 'number' }, kid: { type: 'string' }, overpaidOre: { type: 'number' } },
    required: ['line', 'kid', 'overpaidOre'],
    additionalProperties: false,
    description: "A bank file's line that overpays: by how much, in øre.",
  },
  BankFileResult: {
    type: 'object',
    properties: {
      recorded: { type: 'number' },
      totalOre: { type: 'number' },
      overpaid: {
        type: 'array',
        items: { $ref: '#/components/schemas/BankFileOverpayment' },
        description: 'Lines that paid more than was left on their invoice (recorded all the same), in file order.',
      },
    },
    required: ['recorded', 'totalOre', 'overpaid'],
    additionalProperties: false,
    description: '`POST /api/staff/payments/bank-file` (multipart `file`, CSV `KID;amount;date`): all or nothing.',
  },
  BillCaseResponse: {
    type: 'object',
    properties: {
      invoiceId: { type: 'string' },
      invoiceNumber: { type: 'number' },
      units: { type: 'number' },
      grossOre: { type: 'number' },
    },
    required: ['invoiceId', 'invoiceNumber', 'units', 'grossOre'],
    additionalProperties: false,
    description: '`POST /api/staff/cases/:id/bill`: the service invoice for the billable units so far (PDF + EHF).',
  },
  Budget: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      period: { $ref: '#/components/schemas/BudgetPeriod' },
      deliveryAddressId: { type: ['string', 'null'], description: "A site's budget; null: the whole company's." },
      deliveryAddressLabel: {
        type: ['string', 'null'],
        description: "The site's label or street, for showing; null for the company's budget.",
      },
      amountOre: { type: 'number' },
      overBudget: { $ref: '#/components/schemas/OverBudgetAction' },
      active: { type: 'boolean' },
      periodFirstDay: { type: 'string', description: 'The current period, Oslo calendar days.' },
      periodLastDay: { type: 'string' },
      spentOre: {
        type: 'number',
        description: 'Orders placed or awaiting approval in the period, less what was cancelled (excl. VAT).',
      },
      remainingOre: { type: 'number' },
    },
    required: [
      'id',
      'period',
      'deliveryAddressId',
      'deliveryAddressLabel',
      'amountOre',
      'overBudget',
      'active',
      'periodFirstDay',
      'periodLastDay',
      'spentOre',
      'remainingOre',
    ],
    additionalProperties: false,
    description: '`GET /api/company/budgets`: a budget with what its current period has spent.',
  },
  BudgetPeriod: { type: 'string', enum: ['month', 'quarter', 'year'] },
  BudgetVerdict: { type: 'string', enum: ['fits', 'needs_approval', 'refused'] },
  CancelLineRequest: {
    type: 'object',
    properties: { quantity: { type: 'number' }, reason: { type: 'string' } },
    required: ['quantity'],
    additionalProperties: false,
    description: '`POST /api/orders/:id/lines/:lineId/cancel-request`.',
  },
  Cancellation: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      orderId: { type: 'string' },
      orderLineId: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      quantity: { type: 'number' },
      status: { $ref: '#/components/schemas/CancellationStatus' },
      reason: { type: ['string', 'null'] },
      requestedAt: { type: 'string' },
      requestedBy: { type: 'string' },
      decidedAt: { type: ['string', 'null'] },
      decidedBy: { type: ['string', 'null'] },
      refusalReason: { type: ['string', 'null'] },
      caseId: {
        type: ['string', 'null'],
        description: 'The case a refused request joins, so the customer can answer it.',
      },
    },
    required: [
      'id',
      'orderId',
      'orderLineId',
      'sku',
      'name',
      'quantity',
      'status',
      'reason',
      'requestedAt',
      'requestedBy',
      'decidedAt',
      'decidedBy',
      'refusalReason',
      'caseId',
    ],
    additionalProperties: false,
    description:
      'The answer to a cancel request: `cancelled` at once (the order was not yet in preparation), or `requested` for staff to accept or refuse (201 either way).',
  },
  CancellationPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/Cancellation' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
    description: '`GET /api/staff/cancellations?status=&page=&pageSize=`, newest first.',
  },
  CancellationStatus: { type: 'string', enum: ['cancelled', 'requested', 'accepted', 'refused'] },
  Carrier: { type: 'string', enum: ['bring', 'postnord', 'dhl', 'db_schenker'] },
  Cart: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/CartItem' } },
      itemCount: { type: 'number' },
      totals: {
        $ref: '#/components/schemas/OrderTotals',
        description: 'Goods and the standard-shipping estimate to the default delivery address, VAT on the total.',
      },
      shippingEstimate: { anyOf: [{ $ref: '#/components/schemas/ShippingCharges' }, { type: 'null' }] },
      freeShippingThresholdOre: {
        type: 'number',
        description: 'Goods value excl. VAT from which standard shipping is free (a shop setting).',
      },
    },
    required: ['items', 'itemCount', 'totals', 'shippingEstimate', 'freeShippingThresholdOre'],
    additionalProperties: false,
  },
  CartItem: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      product: { $ref: '#/components/schemas/ProductSummary' },
      quantity: { type: 'number' },
      lineTotalOre: { type: 'number', description: 'Tier unit price × quantity, excl. VAT.' },
      problem: {
        type: ['string', 'null'],
        enum: ['end_of_life', null],
        description: 'Why this item cannot be ordered as it is (e.g. end of life); null when it can.',
      },
    },
    required: ['id', 'product', 'quantity', 'lineTotalOre', 'problem'],
    additionalProperties: false,
  },
  CaseCategory: {
    type: 'string',
    enum: [
      'order_change',
      'cancellation',
      'return',
      'warranty',
      'damage',
      'invoice_question',
      'technical_support',
      'account',
      'other',
    ],
  },
  CaseDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'string', description: '`C-000123`.' },
      category: { $ref: '#/components/schemas/CaseCategory' },
      subject: { type: 'string' },
      status: { $ref: '#/components/schemas/CaseStatus' },
      company: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      order: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'number' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
      },
      invoice: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'number' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
      },
      openedAt: { type: 'string' },
      openedBy: { type: 'string' },
      firstAnswerDueAt: {
        type: ['string', 'null'],
        description: 'When the first staff answer is due (one business day); null once answered.',
      },
      firstAnsweredAt: { type: ['string', 'null'] },
      overdue: { type: 'boolean' },
      assignee: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, name: { type: 'string' } },
            required: ['id', 'name'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
      },
      lastMessageAt: { type: 'string' },
      awaitingStaff: {
        type: 'boolean',
        description: "The last message is the customer's and staff have not answered it.",
      },
      messageCount: { type: 'number' },
      orderLineId: { type: ['string', 'null'] },
      messages: { type: 'array', items: { $ref: '#/components/schemas/CaseMessage' } },
      service: {
        type: 'object',
        properties: {
          classification: { anyOf: [{ $ref: '#/components/schemas/ServiceClassification' }, { type: 'null' }] },
          timeEntries: { type: 'array', items: { $ref: '#/components/schemas/TimeEntry' } },
          totalMinutes: { type: 'number' },
          billableUnits: { type: 'number', description: 'Started 15-minute units that are billable (0 when covered).' },
          invoice: {
            anyOf: [
              {
                type: 'object',
                properties: { id: { type: 'string' }, number: { type: 'number' }, grossOre: { type: 'number' } },
                required: ['id', 'number', 'grossOre'],
                additionalProperties: false,
              },
              { type: 'null' },
            ],
            description: 'The service invoice once billed.',
          },
        },
        required: ['classification', 'timeEntries', 'totalMinutes', 'billableUnits', 'invoice'],
        additionalProperties: false,
        description: "Staff only (absent for customers): technical support's classification and time.",
      },
      linked: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: ['return', 'warranty', 'damage', 'cancellation'] },
            id: { type: 'string' },
            number: { type: ['string', 'null'] },
          },
          required: ['kind', 'id', 'number'],
          additionalProperties: false,
        },
        description: 'Returns, claims and refused cancellations that joined this case.',
      },
    },
    required: [
      'assignee',
      'awaitingStaff',
      'category',
      'company',
      'firstAnswerDueAt',
      'firstAnsweredAt',
      'id',
      'invoice',
      'lastMessageAt',
      'linked',
      'messageCount',
      'messages',
      'number',
      'openedAt',
      'openedBy',
      'order',
      'orderLineId',
      'overdue',
      'status',
      'subject',
    ],
    additionalProperties: false,
  },
  CaseMessage: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      author: {
        type: 'object',
        properties: { name: { type: 'string' }, staff: { type: 'boolean' } },
        required: ['name', 'staff'],
        additionalProperties: false,
      },
      body: { type: 'string' },
      createdAt: { type: 'string' },
      attachments: { type: 'array', items: { $ref: '#/components/schemas/AttachmentRef' } },
    },
    required: ['id', 'author', 'body', 'createdAt', 'attachments'],
    additionalProperties: false,
  },
  CaseMessageRequest: {
    type: 'object',
    properties: { body: { type: 'string' } },
    required: ['body'],
    additionalProperties: false,
    description: '`POST /api/cases/:id/messages`: multipart `body` + up to 5 `files`, or JSON `body`.',
  },
  CaseMetrics: {
    type: 'object',
    properties: {
      windowDays: { type: 'number' },
      answered: { type: 'number' },
      answeredInTime: { type: 'number' },
      shareAnsweredInTime: {
        type: ['number', 'null'],
        description: 'answeredInTime / answered, 0–1; null when none answered.',
      },
      openOverdue: { type: 'number' },
    },
    required: ['windowDays', 'answered', 'answeredInTime', 'shareAnsweredInTime', 'openOverdue'],
    additionalProperties: false,
    description: "`GET /api/staff/metrics/cases`: like the quote desk's.",
  },
  CasePage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/CaseSummary' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
    description: '`GET /api/cases?status=&page=&pageSize=`.',
  },
  CaseStatus: { type: 'string', enum: ['open', 'waiting_for_customer', 'resolved', 'closed'] },
  CaseSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'string', description: '`C-000123`.' },
      category: { $ref: '#/components/schemas/CaseCategory' },
      subject: { type: 'string' },
      status: { $ref: '#/components/schemas/CaseStatus' },
      company: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      order: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'number' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
      },
      invoice: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'number' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
      },
      openedAt: { type: 'string' },
      openedBy: { type: 'string' },
      firstAnswerDueAt: {
        type: ['string', 'null'],
        description: 'When the first staff answer is due (one business day); null once answered.',
      },
      firstAnsweredAt: { type: ['string', 'null'] },
      overdue: { type: 'boolean' },
      assignee: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, name: { type: 'string' } },
            required: ['id', 'name'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
      },
      lastMessageAt: { type: 'string' },
      awaitingStaff: {
        type: 'boolean',
        description: "The last message is the customer's and staff have not answered it.",
      },
      messageCount: { type: 'number' },
    },
    required: [
      'id',
      'number',
      'category',
      'subject',
      'status',
      'company',
      'order',
      'invoice',
      'openedAt',
      'openedBy',
      'firstAnswerDueAt',
      'firstAnsweredAt',
      'overdue',
      'assignee',
      'lastMessageAt',
      'awaitingStaff',
      'messageCount',
    ],
    additionalProperties: false,
  },
  CatalogExportHeaderLanguage: { type: 'string', enum: ['en', 'nb'] },
  CatalogExportQuery: {
    type: 'object',
    properties: {
      headers: { $ref: '#/components/schemas/CatalogExportHeaderLanguage', description: 'Header names; default `en`.' },
    },
    additionalProperties: false,
    description: 'The export writes every product in `CATALOG_IMPORT_COLUMNS` order, so it imports back unchanged.',
  },
  CatalogImportColumn: {
    type: 'object',
    properties: {
      field: { $ref: '#/components/schemas/CatalogImportField' },
      en: { type: 'string', description: 'Header in English (what the export writes by default).' },
      nb: { type: 'string', description: 'Header in bokmål. Either is accepted, case-insensitively, in any order.' },
      requiredToCreate: {
        type: 'boolean',
        description: 'Needed to create a product; an update may leave the column out (the field keeps its value).',
      },
      format: { type: 'string', description: 'How a cell is written.' },
    },
    required: ['field', 'en', 'nb', 'requiredToCreate', 'format'],
    additionalProperties: false,
  },
  CatalogImportField: {
    type: 'string',
    enum: [
      'sku',
      'name',
      'description',
      'keywords',
      'category',
      'brand',
      'listPriceOre',
      'wattage',
      'lumen',
      'colourTemperatureK',
      'cri',
      'ipRating',
      'beamAngle',
      'dimmable',
      'stockStatus',
      'stockDate',
      'bulky',
      'netPriced',
      'lifecycle',
      'replacementSku',
    ],
    description: "The fields a file's columns fill, by their key.",
  },
  CatalogImportLineStatus: { type: 'string', enum: ['created', 'changed', 'unchanged', 'refused'] },
  CatalogImportMode: { type: 'string', enum: ['dry-run', 'apply'] },
  CatalogImportProblem: {
    type: 'object',
    properties: {
      field: {
        anyOf: [{ $ref: '#/components/schemas/CatalogImportField' }, { type: 'null' }],
        description: 'null when the line as a whole is at fault.',
      },
      code: { type: 'string' },
      message: { type: 'string' },
    },
    required: ['field', 'code', 'message'],
    additionalProperties: false,
    description:
      'Why a line is refused, by field. `code` is one of: `required`, `invalid_sku`, `duplicate_sku` (the SKU is on an earlier line too: `message` names it), `invalid_number`, `out_of_range`, `invalid_value` (not one of the allowed words), `invalid_date`, `stock_date_mismatch`, `unknown_category`, `replacement_not_found`, `replacement_not_active`, `replacement_cycle`, `replacement_not_end_of_life` (a replacement on an active product), `too_long`, `formula`, `invalid_characters`.',
  },
  CatalogImportRefusalDetails: {
    type: 'object',
    properties: {
      importId: { type: 'string', description: 'The stored report (for an import; absent for a stock feed).' },
      summary: { $ref: '#/components/schemas/CatalogImportSummary' },
      refused: {
        type: 'array',
        items: { $ref: '#/components/schemas/CatalogImportReportLine' },
        description: 'The first refused lines (at most 100).',
      },
    },
    required: ['summary', 'refused'],
    additionalProperties: false,
    description: '`details` of a 422 `import_has_refusals` answer to an apply (import or stock feed).',
  },
  CatalogImportReport: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      mode: { $ref: '#/components/schemas/CatalogImportMode' },
      applied: { type: 'boolean' },
      fileName: { type: 'string', description: 'Original file name, as sent.' },
      columns: {
        type: 'array',
        items: { $ref: '#/components/schemas/CatalogImportField' },
        description: 'The header columns recognised, in file order.',
      },
      expiresAt: { type: 'string' },
      summary: { $ref: '#/components/schemas/CatalogImportSummary' },
      view: { $ref: '#/components/schemas/CatalogImportReportView' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
      total: { type: 'number', description: 'Lines in this view.' },
      lines: { type: 'array', items: { $ref: '#/components/schemas/CatalogImportReportLine' } },
    },
    required: [
      'id',
      'mode',
      'applied',
      'fileName',
      'columns',
      'expiresAt',
      'summary',
      'view',
      'page',
      'pageSize',
      'total',
      'lines',
    ],
    additionalProperties: false,
    description:
      "The answer of `POST /api/staff/products/import` (first page) and of `GET /api/staff/product-imports/:id?view=&page=&pageSize=` (any page), like the quick-order report: every line's verdict is made and stored at once, the lines come a page at a time. `applied` is true only when `mode=apply` wrote the catalog (one transaction, one audit event with the counts). An apply of a file with refused lines changes nothing and answers 422 `import_has_refusals` with `details: { importId, summary }`: its report is then paged like a dry run's.",
  },
  CatalogImportReportLine: {
    type: 'object',
    properties: {
      line: { type: 'number', description: 'Line in the file (the header is line 1), or the row Excel shows.' },
      sku: { type: 'string', description: "Normalised SKU ('' when the line had none)." },
      status: { $ref: '#/components/schemas/CatalogImportLineStatus' },
      changedFields: {
        type: 'array',
        items: { $ref: '#/components/schemas/CatalogImportField' },
        description: "For `changed`: the fields whose value differs from the catalog's.",
      },
      problems: {
        type: 'array',
        items: { $ref: '#/components/schemas/CatalogImportProblem' },
        description: 'For `refused`: every reason, by field.',
      },
    },
    required: ['line', 'sku', 'status'],
    additionalProperties: false,
  },
  CatalogImportReportQuery: {
    type: 'object',
    properties: {
      view: { $ref: '#/components/schemas/CatalogImportReportView' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    additionalProperties: false,
  },
  CatalogImportReportView: {
    type: 'string',
    enum: ['all', 'problems', 'changes'],
    description: '`problems`: refused lines only; `changes`: created, changed and refused (not unchanged).',
  },
  CatalogImportSummary: {
    type: 'object',
    additionalProperties: false,
    properties: {
      lines: { type: 'number' },
      created: { type: 'number' },
      changed: { type: 'number' },
      unchanged: { type: 'number' },
      refused: { type: 'number' },
    },
    required: ['changed', 'created', 'lines', 'refused', 'unchanged'],
  },
  CategoryNode: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      slug: { type: 'string' },
      name: { type: 'string' },
      nameEn: { type: 'string' },
      parentId: { type: ['string', 'null'] },
      productCount: { type: 'number', description: 'Active and end-of-life products in this category and below.' },
      children: { type: 'array', items: { $ref: '#/components/schemas/CategoryNode' } },
    },
    required: ['children', 'id', 'name', 'nameEn', 'parentId', 'productCount', 'slug'],
    additionalProperties: false,
  },
  CategoryRef: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      slug: { type: 'string' },
      name: { type: 'string' },
      nameEn: { type: 'string' },
    },
    required: ['id', 'slug', 'name', 'nameEn'],
    additionalProperties: false,
  },
  ChangeCompanyTierRequest: {
    type: 'object',
    properties: { tier: { $ref: '#/components/schemas/LoyaltyTier' }, reason: { type: 'string' } },
    required: ['tier', 'reason'],
    additionalProperties: false,
  },
  ChangeCompanyTierResponse: {
    type: 'object',
    properties: {
      companyId: { type: 'string' },
      previousTier: { $ref: '#/components/schemas/LoyaltyTier' },
      tier: { $ref: '#/components/schemas/LoyaltyTier' },
    },
    required: ['companyId', 'previousTier', 'tier'],
    additionalProperties: false,
  },
  ChangePasswordRequest: {
    type: 'object',
    properties: { currentPassword: { type: 'string' }, newPassword: { type: 'string' } },
    required: ['currentPassword', 'newPassword'],
    additionalProperties: false,
  },
  CheckLinkRequest: {
    type: 'object',
    properties: { token: { type: 'string' }, purpose: { $ref: '#/components/schemas/LinkPurpose' } },
    required: ['token', 'purpose'],
    additionalProperties: false,
    description:
      '`POST /api/auth/links/check`: whether an e-mailed link still works (204) or not (400 `invalid_token`), so its page says so before anyone types a new password. Spends nothing.',
  },
  CheckoutBudget: {
    type: 'object',
    properties: {
      budgetId: { type: 'string' },
      period: { $ref: '#/components/schemas/BudgetPeriod' },
      deliveryAddressLabel: { type: ['string', 'null'] },
      amountOre: { type: 'number' },
      spentOre: { type: 'number' },
      remainingOre: { type: 'number', description: 'Left before this order.' },
      verdict: { $ref: '#/components/schemas/BudgetVerdict' },
    },
    required: ['budgetId', 'period', 'deliveryAddressLabel', 'amountOre', 'spentOre', 'remainingOre', 'verdict'],
    additionalProperties: false,
    description: 'One budget as a checkout meets it.',
  },
  CheckoutRequest: {
    type: 'object',
    properties: {
      deliveryAddressId: { type: 'string' },
      shippingMethod: { $ref: '#/components/schemas/ShippingMethod' },
      desiredDeliveryDate: {
        type: 'string',
        description: 'A business day (YYYY-MM-DD) no earlier than the earliest possible; not with partial delivery.',
      },
      partialDelivery: { type: 'boolean', description: 'Ship what is in stock now and the rest as it comes in.' },
      purchaseOrderReference: { type: 'string' },
      paymentMethod: { $ref: '#/components/schemas/PaymentMethod' },
      quoteId: {
        type: 'string',
        description: 'Order an accepted quote (its accepted revision, at its prices) instead of the cart.',
      },
      accessNotes: {
        $ref: '#/components/schemas/AccessNotes',
        description: 'Asked by the portal when any line is bulky; optional at the API; kept on any order when given.',
      },
    },
    required: ['deliveryAddressId', 'shippingMethod'],
    additionalProperties: false,
    description: '`POST /api/orders` with an `Idempotency-Key` header.',
  },
  ClaimDecision: { type: 'string', enum: ['replacement', 'repair', 'credit', 'refuse'] },
  ClaimDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { $ref: '#/components/schemas/ClaimKind' },
      number: { type: 'string', description: '`W-000123` (warranty) or `D-000123` (damage).' },
      status: { $ref: '#/components/schemas/ClaimStatus' },
      order: {
        type: 'object',
        properties: { id: { type: 'string' }, number: { type: 'number' } },
        required: ['id', 'number'],
        additionalProperties: false,
      },
      orderLineId: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      quantity: { type: 'number' },
      createdAt: { type: 'string' },
      createdBy: { type: 'string' },
      company: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      description: { type: 'string' },
      photos: { type: 'array', items: { $ref: '#/components/schemas/AttachmentRef' } },
      decision: { anyOf: [{ $ref: '#/components/schemas/ClaimDecision' }, { type: 'null' }] },
      decisionReason: { type: ['string', 'null'] },
      decidedAt: { type: ['string', 'null'] },
      decidedBy: { type: ['string', 'null'] },
      replacementShipmentId: {
        type: ['string', 'null'],
        description: 'A replacement: the shipment sent at no charge.',
      },
      creditNotes: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, number: { type: 'number' }, grossOre: { type: 'number' } },
          required: ['id', 'number', 'grossOre'],
          additionalProperties: false,
        },
        description:
          "A credit: the credit notes that gave the units back — one, or one per invoice when the line's units were charged on two (it shipped in parts). Empty for any other decision.",
      },
      caseId: { type: ['string', 'null'] },
    },
    required: [
      'caseId',
      'company',
      'createdAt',
      'createdBy',
      'creditNotes',
      'decidedAt',
      'decidedBy',
      'decision',
      'decisionReason',
      'description',
      'id',
      'kind',
      'name',
      'number',
      'order',
      'orderLineId',
      'photos',
      'quantity',
      'replacementShipmentId',
      'sku',
      'status',
    ],
    additionalProperties: false,
  },
  ClaimKind: { type: 'string', enum: ['warranty', 'damage'] },
  ClaimPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/ClaimSummary' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
    description: "`GET /api/claims?kind=&status=` (company's), `GET /api/staff/claims` (all).",
  },
  ClaimStatus: { type: 'string', enum: ['open', 'replacement_sent', 'repair', 'credited', 'refused'] },
  ClaimSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { $ref: '#/components/schemas/ClaimKind' },
      number: { type: 'string', description: '`W-000123` (warranty) or `D-000123` (damage).' },
      status: { $ref: '#/components/schemas/ClaimStatus' },
      order: {
        type: 'object',
        properties: { id: { type: 'string' }, number: { type: 'number' } },
        required: ['id', 'number'],
        additionalProperties: false,
      },
      orderLineId: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      quantity: { type: 'number' },
      createdAt: { type: 'string' },
      createdBy: { type: 'string' },
      company: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        additionalProperties: false,
      },
    },
    required: [
      'id',
      'kind',
      'number',
      'status',
      'order',
      'orderLineId',
      'sku',
      'name',
      'quantity',
      'createdAt',
      'createdBy',
      'company',
    ],
    additionalProperties: false,
  },
  ClassifyCaseRequest: {
    type: 'object',
    properties: { classification: { $ref: '#/components/schemas/ServiceClassification' } },
    required: ['classification'],
    additionalProperties: false,
    description: '`PUT /api/staff/cases/:id/classification`.',
  },
  CompanyAddress: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { $ref: '#/components/schemas/AddressKind' },
      label: { type: ['string', 'null'] },
      line1: { type: 'string' },
      line2: { type: ['string', 'null'] },
      postalCode: { type: 'string' },
      city: { type: 'string' },
      country: { $ref: '#/components/schemas/DeliveryCountry' },
      isDefault: {
        type: 'boolean',
        description: 'The default delivery address; always false for the billing address.',
      },
      recipientName: {
        type: ['string', 'null'],
        description: 'Whom the freight forwarder phones to agree a date for a bulky delivery.',
      },
      recipientPhone: { type: ['string', 'null'] },
    },
    required: [
      'id',
      'kind',
      'label',
      'line1',
      'line2',
      'postalCode',
      'city',
      'country',
      'isDefault',
      'recipientName',
      'recipientPhone',
    ],
    additionalProperties: false,
  },
  CompanyAuditPage: {
    type: 'object',
    properties: {
      company: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          status: { $ref: '#/components/schemas/CompanyStatus' },
        },
        required: ['id', 'name', 'status'],
        additionalProperties: false,
      },
      items: { type: 'array', items: { $ref: '#/components/schemas/AuditEntryView' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['company', 'items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
  },
  CompanyProfile: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      organisationNumber: { type: 'string' },
      customerType: { $ref: '#/components/schemas/CustomerType' },
      status: { $ref: '#/components/schemas/CompanyStatus' },
      tier: { $ref: '#/components/schemas/LoyaltyTier' },
      contactEmail: { type: ['string', 'null'] },
      phone: { type: 'string' },
      canOrder: {
        type: 'boolean',
        description: 'False while the company waits for verification or deletion: its users cannot order.',
      },
      verifiedAt: { type: ['string', 'null'] },
      deletionRequestedAt: { type: ['string', 'null'] },
    },
    required: [
      'canOrder',
      'contactEmail',
      'customerType',
      'deletionRequestedAt',
      'id',
      'name',
      'organisationNumber',
      'phone',
      'status',
      'tier',
      'verifiedAt',
    ],
    additionalProperties: false,
    description: "`GET /api/company`: the caller's company, with what its status allows.",
  },
  CompanyRole: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      builtInKey: {
        type: ['string', 'null'],
        description: 'Set for the built-in roles, which cannot be edited or deleted.',
      },
      permissions: { type: 'array', items: { type: 'string' } },
      userCount: {
        type: 'number',
        description: "Users of the caller's company holding the role; a role in use cannot be deleted.",
      },
    },
    required: ['id', 'name', 'builtInKey', 'permissions', 'userCount'],
    additionalProperties: false,
  },
  CompanyStatus: { type: 'string', enum: ['active', 'pending_verification', 'deletion_requested', 'deleted'] },
  CompanySummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      organisationNumber: { type: 'string' },
      customerType: { $ref: '#/components/schemas/CustomerType' },
      status: { $ref: '#/components/schemas/CompanyStatus' },
      tier: { $ref: '#/components/schemas/LoyaltyTier' },
      contactEmail: { type: ['string', 'null'] },
      phone: { type: 'string' },
    },
    required: ['id', 'name', 'organisationNumber', 'customerType', 'status', 'tier', 'contactEmail', 'phone'],
    additionalProperties: false,
  },
  CompanyUser: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      phone: { type: ['string', 'null'] },
      active: { type: 'boolean' },
      invitationPending: { type: 'boolean', description: 'Invited but has not set a password yet.' },
      roles: { type: 'array', items: { $ref: '#/components/schemas/RoleRef' } },
      createdAt: { type: 'string' },
    },
    required: ['id', 'name', 'email', 'phone', 'active', 'invitationPending', 'roles', 'createdAt'],
    additionalProperties: false,
  },
  CopyProjectListRequest: {
    type: 'object',
    properties: { name: { type: 'string', description: 'Defaults to "<name> (copy)".' } },
    additionalProperties: false,
  },
  CreateAddressRequest: {
    type: 'object',
    properties: {
      label: { type: 'string' },
      line1: { type: 'string' },
      line2: { type: 'string' },
      postalCode: { type: 'string' },
      city: { type: 'string' },
      country: { $ref: '#/components/schemas/DeliveryCountry' },
      isDefault: { type: 'boolean' },
      recipientName: { type: ['string', 'null'], description: '`null` clears them.' },
      recipientPhone: { type: ['string', 'null'] },
    },
    required: ['line1', 'postalCode', 'city', 'country'],
    additionalProperties: false,
    description: '`POST /api/company/addresses` creates a delivery address (the billing one exists from registration).',
  },
  CreateApprovalRuleRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      appliesToRoleIds: { type: 'array', items: { type: 'string' } },
      aboveNetOre: { type: ['number', 'null'] },
      approverRoleId: { type: ['string', 'null'] },
      approverUserIds: { type: 'array', items: { type: 'string' } },
    },
    required: ['name', 'appliesToRoleIds', 'aboveNetOre', 'approverRoleId', 'approverUserIds'],
    additionalProperties: false,
    description: '`POST /api/company/approval-rules`.',
  },
  CreateBudgetRequest: {
    type: 'object',
    properties: {
      period: { $ref: '#/components/schemas/BudgetPeriod' },
      deliveryAddressId: { type: ['string', 'null'] },
      amountOre: { type: 'number' },
      overBudget: { $ref: '#/components/schemas/OverBudgetAction' },
    },
    required: ['period', 'deliveryAddressId', 'amountOre', 'overBudget'],
    additionalProperties: false,
    description: '`POST /api/company/budgets`.',
  },
  CreateCaseRequest: {
    type: 'object',
    properties: {
      category: { $ref: '#/components/schemas/CaseCategory' },
      subject: { type: 'string' },
      message: { type: 'string' },
      orderId: { type: 'string' },
      orderLineId: { type: 'string' },
      invoiceId: { type: 'string' },
    },
    required: ['category', 'subject', 'message'],
    additionalProperties: false,
    description: '`POST /api/cases`: multipart (fields below + up to 5 `files`) or JSON without files.',
  },
  CreateCategoryRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      nameEn: { type: 'string' },
      slug: { type: 'string', description: 'Made from `nameEn` when left out (`indoor-spots`); must be unique.' },
      parentId: { type: ['string', 'null'] },
      position: { type: 'number' },
    },
    required: ['name', 'nameEn'],
    additionalProperties: false,
    description: '`POST /api/staff/categories`: appended last among its siblings unless `position` says.',
  },
  CreateClaimRequest: {
    type: 'object',
    properties: {
      orderId: { type: 'string' },
      orderLineId: { type: 'string' },
      quantity: { type: 'number' },
      description: { type: 'string' },
    },
    required: ['orderId', 'orderLineId', 'quantity', 'description'],
    additionalProperties: false,
    description:
      '`POST /api/warranty-claims` and `POST /api/damage-reports`: multipart with the fields below and up to `ATTACHMENTS_PER_MESSAGE_MAX` `photos` (JPEG/PNG, checked by content).',
  },
  CreateCompanyUserRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      email: { type: 'string' },
      phone: { type: 'string' },
      roleIds: { type: 'array', items: { type: 'string' } },
    },
    required: ['name', 'email', 'roleIds'],
    additionalProperties: false,
  },
  CreateProductRequest: {
    type: 'object',
    properties: {
      sku: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      keywords: { type: 'array', items: { type: 'string' } },
      categoryId: { type: 'string' },
      brand: { type: 'string' },
      listPriceOre: { type: 'number' },
      lighting: { $ref: '#/components/schemas/LightingDataInput' },
      stockStatus: { $ref: '#/components/schemas/StockStatus' },
      stockDate: { type: ['string', 'null'] },
      bulky: { type: 'boolean' },
      netPriced: { type: 'boolean' },
      lifecycle: { $ref: '#/components/schemas/ProductLifecycle', description: 'Default `active`.' },
      replacementSku: { type: ['string', 'null'] },
    },
    required: ['sku', 'name', 'categoryId', 'brand', 'listPriceOre', 'stockStatus'],
    additionalProperties: false,
    description: '`POST /api/staff/products`.',
  },
  CreateProjectListRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      projectReference: { type: ['string', 'null'] },
      description: { type: ['string', 'null'] },
    },
    required: ['name'],
    additionalProperties: false,
  },
  CreateQuoteRequestRequest: {
    type: 'object',
    properties: { message: { type: ['string', 'null'] } },
    additionalProperties: false,
  },
  CreateReturnRequest: {
    type: 'object',
    properties: {
      lines: {
        type: 'array',
        items: {
          type: 'object',
          properties: { orderLineId: { type: 'string' }, quantity: { type: 'number' } },
          required: ['orderLineId', 'quantity'],
          additionalProperties: false,
        },
      },
      reason: { type: 'string' },
    },
    required: ['lines'],
    additionalProperties: false,
    description: '`POST /api/orders/:id/returns`.',
  },
  CreateRoleRequest: {
    type: 'object',
    properties: { name: { type: 'string' }, permissions: { type: 'array', items: { type: 'string' } } },
    required: ['name', 'permissions'],
    additionalProperties: false,
  },
  CreateShipmentRequest: {
    type: 'object',
    properties: {
      carrier: { $ref: '#/components/schemas/Carrier' },
      trackingNumber: { type: 'string' },
      lines: {
        type: 'array',
        items: {
          type: 'object',
          properties: { orderLineId: { type: 'string' }, quantity: { type: 'number' } },
          required: ['orderLineId', 'quantity'],
          additionalProperties: false,
        },
      },
    },
    required: ['carrier', 'trackingNumber', 'lines'],
    additionalProperties: false,
    description: '`POST /api/staff/orders/:id/shipments`.',
  },
  CreateStaffUserRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      email: { type: 'string' },
      staffRole: { $ref: '#/components/schemas/StaffRole' },
    },
    required: ['name', 'email', 'staffRole'],
    additionalProperties: false,
    description: '`POST /api/staff/users`: a shop admin invites a consultant (or another shop admin).',
  },
  CreateTimeEntryRequest: {
    type: 'object',
    properties: { minutes: { type: 'number' }, note: { type: 'string' } },
    required: ['minutes'],
    additionalProperties: false,
    description: '`POST /api/staff/cases/:id/time-entries`.',
  },
  CustomerType: { type: 'string', enum: ['business', 'non_vat_registered'] },
  DecideClaimRequest: {
    type: 'object',
    properties: {
      decision: { $ref: '#/components/schemas/ClaimDecision' },
      reason: { type: 'string' },
      carrier: { type: 'string', description: 'A replacement goes by this carrier and tracking number.' },
      trackingNumber: { type: 'string' },
    },
    required: ['decision'],
    additionalProperties: false,
    description: '`POST /api/staff/claims/:id/decide`. A refusal needs a reason.',
  },
  DeletionRequest: { type: 'object', properties: { reason: { type: 'string' } }, additionalProperties: false },
  DeliveryAccess: { type: 'string', enum: ['street_level', 'lift', 'carrying_help'] },
  DeliveryCountry: {
    type: 'string',
    enum: ['NO', 'SE', 'DK', 'FI', 'DE', 'NL', 'BE', 'LU', 'FR', 'AT', 'CH', 'IE', 'IT', 'PT', 'ES', 'GB'],
  },
  DevMail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { type: 'string' },
      recipient: { type: 'string' },
      subject: { type: 'string' },
      createdAt: { type: 'string' },
      sentAt: { type: ['string', 'null'], description: 'Null while the outbox has not delivered it.' },
      attempts: { type: 'number' },
      lastError: { type: ['string', 'null'] },
      attachments: { type: 'array', items: { type: 'string' } },
      text: { type: 'string' },
      html: { type: 'string' },
    },
    required: [
      'attachments',
      'attempts',
      'createdAt',
      'html',
      'id',
      'kind',
      'lastError',
      'recipient',
      'sentAt',
      'subject',
      'text',
    ],
    additionalProperties: false,
    description: '`GET /api/dev/mail/:id`: one message with both of its parts, as the worker sends them.',
  },
  DevMailPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/DevMailSummary' } },
      total: { type: 'number', description: 'Every message in the outbox; the page shows the newest 100.' },
    },
    required: ['items', 'total'],
    additionalProperties: false,
  },
  DevMailSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { type: 'string' },
      recipient: { type: 'string' },
      subject: { type: 'string' },
      createdAt: { type: 'string' },
      sentAt: { type: ['string', 'null'], description: 'Null while the outbox has not delivered it.' },
      attempts: { type: 'number' },
      lastError: { type: ['string', 'null'] },
      attachments: { type: 'array', items: { type: 'string' } },
    },
    required: ['id', 'kind', 'recipient', 'subject', 'createdAt', 'sentAt', 'attempts', 'lastError', 'attachments'],
    additionalProperties: false,
    description:
      '`GET /api/dev/mail`: the outbox as a newcomer reads it in development (never in production), newest first. Staff only.',
  },
  ErrorCode: {
    type: 'string',
    enum: [
      'bad_request',
      'unauthorized',
      'forbidden',
      'not_found',
      'method_not_allowed',
      'conflict',
      'payload_too_large',
      'unsupported_media_type',
      'unprocessable',
      'too_many_requests',
      'internal_error',
      'service_unavailable',
      'busy_retry',
      'validation_failed',
      'malformed_json',
      'malformed_body',
      'customer_only',
      'invalid_credentials',
      'account_deactivated',
      'too_many_login_attempts',
      'invalid_token',
      'session_expired',
      'invalid_refresh_token',
      'refresh_token_reused',
      'email_taken',
      'organisation_number_taken',
      'deletion_already_requested',
      'deletion_not_requested',
      'not_pending_verification',
      'last_admin',
      'invitation_not_pending',
      'role_name_taken',
      'role_in_use',
      'built_in_role',
      'default_address_required',
      'billing_address_required',
      'product_not_found',
      'tiers_out_of_order',
      'project_list_empty',
      'quote_transition_not_allowed',
      'quote_actor_not_allowed',
      'quote_draft_empty',
      'quote_expired',
      'quote_closed',
      'quote_not_claimed',
      'quote_claimed_by_other',
      'quote_not_accepted',
      'quote_already_ordered',
      'file_too_large',
      'too_many_lines',
      'malformed_csv',
      'csv_missing_column',
      'empty_file',
      'invalid_characters',
      'unsupported_file_type',
      'nothing_to_add',
      'lines_not_orderable',
      'end_of_life',
      'cart_empty',
      'country_not_delivered',
      'billing_address_missing',
      'order_has_invalid_lines',
      'invalid_desired_delivery_date',
      'idempotency_key_required',
      'idempotency_key_invalid',
      'idempotency_key_in_use',
      'idempotency_key_reused',
      'order_transition_not_allowed',
      'unknown_order_line',
      'duplicate_order_line',
      'order_line_cancelled',
      'shipment_exceeds_open_quantity',
      'order_ships_complete',
      'shipment_already_delivered',
      'unknown_kid',
      'bank_file_invalid',
      'bank_file_already_recorded',
      'access_notes_required',
      'cancel_exceeds_open_quantity',
      'order_not_delivered',
      'return_window_closed',
      'warranty_window_closed',
      'damage_window_closed',
      'return_exceeds_delivered',
      'after_sales_transition_not_allowed',
      'reason_required',
      'file_type_not_allowed',
      'too_many_files',
      'message_too_long',
      'case_transition_not_allowed',
      'case_claimed_by_other',
      'case_not_billable',
      'nothing_to_bill',
      'sku_taken',
      'replacement_not_found',
      'replacement_not_active',
      'replacement_cycle',
      'category_not_found',
      'category_not_empty',
      'category_cycle',
      'import_has_refusals',
      'approval_rule_without_approvers',
      'not_an_approver',
      'approver_is_orderer',
      'approval_already_decided',
      'approval_expired',
      'budget_exceeded',
    ],
  },
  ForgotPasswordRequest: {
    type: 'object',
    properties: { email: { type: 'string' } },
    required: ['email'],
    additionalProperties: false,
  },
  FulfilmentLine: {
    type: 'object',
    properties: {
      orderLineId: { type: 'string' },
      position: { type: 'number' },
      sku: { type: 'string' },
      name: { type: 'string' },
      quantity: { type: 'number' },
      cancelledQuantity: { type: 'number' },
      shippedQuantity: { type: 'number' },
      openQuantity: {
        type: 'number',
        description: 'quantity − cancelled − shipped: what a new shipment may still take.',
      },
      bulky: { type: 'boolean' },
      stockStatus: { type: 'string' },
    },
    required: [
      'orderLineId',
      'position',
      'sku',
      'name',
      'quantity',
      'cancelledQuantity',
      'shippedQuantity',
      'openQuantity',
      'bulky',
      'stockStatus',
    ],
    additionalProperties: false,
    description: 'The quantities of one order line as the desk sees them.',
  },
  FulfilmentSettings: {
    type: 'object',
    properties: {
      trackingUrlTemplates: {
        type: 'object',
        properties: {
          bring: { type: 'string' },
          postnord: { type: 'string' },
          dhl: { type: 'string' },
          db_schenker: { type: 'string' },
        },
        required: ['bring', 'postnord', 'dhl', 'db_schenker'],
        additionalProperties: false,
        description: 'Per carrier, a URL with the placeholder `{tracking}` where the tracking number goes.',
      },
      reminderAfterDays: {
        type: 'number',
        description: 'Days past the due date after which an unpaid invoice gets its one reminder e-mail.',
      },
    },
    required: ['trackingUrlTemplates', 'reminderAfterDays'],
    additionalProperties: false,
    description: '`GET /api/staff/fulfilment-settings`; `PUT` (shop admin) takes the same shape.',
  },
  HealthResponse: {
    type: 'object',
    properties: {
      status: { type: 'string', enum: ['ok', 'degraded'] },
      database: { type: 'string', enum: ['up', 'down'] },
      version: { type: 'string' },
    },
    required: ['status', 'database', 'version'],
    additionalProperties: false,
  },
  InspectReturnRequest: {
    type: 'object',
    properties: {
      lines: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            orderLineId: { type: 'string' },
            verdict: { $ref: '#/components/schemas/ReturnLineVerdict' },
            refusalReason: { type: 'string' },
          },
          required: ['orderLineId', 'verdict'],
          additionalProperties: false,
        },
      },
    },
    required: ['lines'],
    additionalProperties: false,
    description: '`POST /api/staff/returns/:id/inspect`: a verdict per line; accepted goods are credited at once.',
  },
  InvoiceDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { $ref: '#/components/schemas/InvoiceKind' },
      number: { type: 'number' },
      issueDate: { type: 'string' },
      dueDate: { type: 'string' },
      kid: { type: 'string' },
      status: { $ref: '#/components/schemas/InvoiceStatus' },
      order: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'number' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description: 'The order it invoices or credits; null on a service invoice, which bills a case instead.',
      },
      serviceCase: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'string' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description: "A service invoice's case (time billed under the service terms, PRODUCT.md §15).",
      },
      company: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      purchaseOrderReference: { type: ['string', 'null'] },
      netOre: { type: 'number' },
      vatOre: { type: 'number' },
      grossOre: { type: 'number' },
      paidOre: { type: 'number' },
      credits: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'number' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description: 'A credit note: the invoice it credits.',
      },
      shipmentId: { type: ['string', 'null'] },
      lines: { type: 'array', items: { $ref: '#/components/schemas/InvoiceLine' } },
      vatBreakdown: {
        type: 'array',
        items: {
          type: 'object',
          properties: { ratePercent: { type: 'number' }, taxableOre: { type: 'number' }, vatOre: { type: 'number' } },
          required: ['ratePercent', 'taxableOre', 'vatOre'],
          additionalProperties: false,
        },
      },
      payments: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, amountOre: { type: 'number' }, paidOn: { type: 'string' } },
          required: ['id', 'amountOre', 'paidOn'],
          additionalProperties: false,
        },
      },
    },
    required: [
      'company',
      'credits',
      'dueDate',
      'grossOre',
      'id',
      'issueDate',
      'kid',
      'kind',
      'lines',
      'netOre',
      'number',
      'order',
      'paidOre',
      'payments',
      'purchaseOrderReference',
      'serviceCase',
      'shipmentId',
      'status',
      'vatBreakdown',
      'vatOre',
    ],
    additionalProperties: false,
  },
  InvoiceKind: { type: 'string', enum: ['invoice', 'credit_note'] },
  InvoiceLine: {
    type: 'object',
    properties: {
      position: { type: 'number' },
      sku: { type: ['string', 'null'] },
      description: {
        type: 'string',
        description: 'Product name, or "Frakt" / "Tillegg for stort gods" for the charges on the first invoice.',
      },
      quantity: { type: 'number' },
      unitPriceOre: { type: 'number' },
      lineTotalOre: { type: 'number' },
    },
    required: ['position', 'sku', 'description', 'quantity', 'unitPriceOre', 'lineTotalOre'],
    additionalProperties: false,
  },
  InvoicePage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/InvoiceSummary' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
      totals: {
        type: 'object',
        properties: { grossOre: { type: 'number' }, openOre: { type: 'number' }, overdueOre: { type: 'number' } },
        required: ['grossOre', 'openOre', 'overdueOre'],
        additionalProperties: false,
        description: 'Sums over the whole filter, not just the page.',
      },
    },
    required: ['items', 'total', 'page', 'pageSize', 'totals'],
    additionalProperties: false,
    description: "`GET /api/invoices?status=&kind=&orderId=&page=&pageSize=`: the company's (staff: every company's).",
  },
  InvoiceStatus: { type: 'string', enum: ['open', 'paid', 'overdue'] },
  InvoiceSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { $ref: '#/components/schemas/InvoiceKind' },
      number: { type: 'number' },
      issueDate: { type: 'string' },
      dueDate: { type: 'string' },
      kid: { type: 'string' },
      status: { $ref: '#/components/schemas/InvoiceStatus' },
      order: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'number' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description: 'The order it invoices or credits; null on a service invoice, which bills a case instead.',
      },
      serviceCase: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'string' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description: "A service invoice's case (time billed under the service terms, PRODUCT.md §15).",
      },
      company: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      purchaseOrderReference: { type: ['string', 'null'] },
      netOre: { type: 'number' },
      vatOre: { type: 'number' },
      grossOre: { type: 'number' },
      paidOre: { type: 'number' },
      credits: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'number' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description: 'A credit note: the invoice it credits.',
      },
    },
    required: [
      'id',
      'kind',
      'number',
      'issueDate',
      'dueDate',
      'kid',
      'status',
      'order',
      'serviceCase',
      'company',
      'purchaseOrderReference',
      'netOre',
      'vatOre',
      'grossOre',
      'paidOre',
      'credits',
    ],
    additionalProperties: false,
  },
  LightingData: {
    type: 'object',
    properties: {
      wattage: { type: ['number', 'null'] },
      lumen: { type: ['number', 'null'] },
      colourTemperatureK: { type: ['number', 'null'] },
      cri: { type: ['number', 'null'] },
      ipRating: { type: ['string', 'null'], description: 'e.g. `IP44`' },
      beamAngle: { type: ['number', 'null'] },
      dimmable: { type: ['boolean', 'null'] },
    },
    required: ['wattage', 'lumen', 'colourTemperatureK', 'cri', 'ipRating', 'beamAngle', 'dimmable'],
    additionalProperties: false,
  },
  LightingDataInput: {
    type: 'object',
    properties: {
      wattage: { type: ['number', 'null'] },
      lumen: { type: ['number', 'null'] },
      colourTemperatureK: { type: ['number', 'null'] },
      cri: { type: ['number', 'null'] },
      ipRating: { type: ['string', 'null'], description: 'e.g. `IP44`' },
      beamAngle: { type: ['number', 'null'] },
      dimmable: { type: ['boolean', 'null'] },
    },
    additionalProperties: false,
    description: 'Lighting data as written: a field left out is null (no data).',
  },
  LinkPurpose: { type: 'string', enum: ['invitation', 'password_reset'] },
  LoginRequest: {
    type: 'object',
    properties: { email: { type: 'string' }, password: { type: 'string' } },
    required: ['email', 'password'],
    additionalProperties: false,
  },
  LoyaltyTier: { type: 'string', enum: ['silver', 'gold', 'platinum'] },
  MeResponse: {
    type: 'object',
    properties: {
      user: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          email: { type: 'string' },
          roles: {
            type: 'array',
            items: { type: 'string' },
            description: "Names of the user's company roles; empty for staff.",
          },
          staffRole: { anyOf: [{ $ref: '#/components/schemas/StaffRole' }, { type: 'null' }] },
          language: {
            $ref: '#/components/schemas/UserLanguage',
            description: "The language of the user's e-mails and documents (the portal follows it on a new device).",
          },
        },
        required: ['id', 'name', 'email', 'roles', 'staffRole', 'language'],
        additionalProperties: false,
      },
      company: { anyOf: [{ $ref: '#/components/schemas/CompanySummary' }, { type: 'null' }] },
      permissions: { type: 'array', items: { type: 'string' } },
      rules: { type: 'array', items: { $ref: '#/components/schemas/PermissionRule' } },
    },
    required: ['user', 'company', 'permissions', 'rules'],
    additionalProperties: false,
  },
  NextTierPrice: {
    type: 'object',
    properties: {
      tier: { $ref: '#/components/schemas/LoyaltyTier' },
      unitPriceOre: { type: 'number' },
      savingOre: { type: 'number', description: 'Per unit, excl. VAT.' },
    },
    required: ['tier', 'unitPriceOre', 'savingOre'],
    additionalProperties: false,
  },
  OrderAddress: {
    type: 'object',
    properties: {
      label: { type: ['string', 'null'] },
      line1: { type: 'string' },
      line2: { type: ['string', 'null'] },
      postalCode: { type: 'string' },
      city: { type: 'string' },
      country: { $ref: '#/components/schemas/DeliveryCountry' },
      recipientName: {
        type: ['string', 'null'],
        description: 'Whom the freight forwarder phones to agree a date; absent on orders placed before it existed.',
      },
      recipientPhone: { type: ['string', 'null'] },
    },
    required: ['label', 'line1', 'line2', 'postalCode', 'city', 'country'],
    additionalProperties: false,
  },
  OrderAfterSales: {
    type: 'object',
    properties: {
      orderId: { type: 'string' },
      deliveredAt: {
        type: ['string', 'null'],
        description: "When the whole order was delivered (the return window's start), or null.",
      },
      returnOpenUntil: {
        type: ['string', 'null'],
        description: 'Last day (YYYY-MM-DD, Europe/Oslo) a return may be made; null until delivered.',
      },
      lines: { type: 'array', items: { $ref: '#/components/schemas/OrderLineAfterSales' } },
      cancellations: { type: 'array', items: { $ref: '#/components/schemas/Cancellation' } },
      returns: { type: 'array', items: { $ref: '#/components/schemas/ReturnSummary' } },
      claims: { type: 'array', items: { $ref: '#/components/schemas/ClaimSummary' } },
    },
    required: ['orderId', 'deliveredAt', 'returnOpenUntil', 'lines', 'cancellations', 'returns', 'claims'],
    additionalProperties: false,
    description:
      "`GET /api/orders/:id/after-sales`: per line, what may still be cancelled, returned, claimed or reported, and until when — the order page's buttons and their window dates.",
  },
  OrderApproval: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      orderId: { type: 'string' },
      orderNumber: { type: 'number' },
      status: { $ref: '#/components/schemas/ApprovalStatus' },
      requestedAt: { type: 'string' },
      holdUntil: { type: 'string', description: "Until when the order's prices hold; after that it expires." },
      orderer: { type: 'string' },
      netOre: { type: 'number' },
      grossOre: { type: 'number' },
      steps: { type: 'array', items: { $ref: '#/components/schemas/ApprovalStep' } },
      decidedBy: { type: ['string', 'null'] },
      decidedAt: { type: ['string', 'null'] },
      rejectionReason: { type: ['string', 'null'] },
      canDecide: { type: 'boolean', description: 'Whether the caller may approve or reject it now.' },
    },
    required: [
      'id',
      'orderId',
      'orderNumber',
      'status',
      'requestedAt',
      'holdUntil',
      'orderer',
      'netOre',
      'grossOre',
      'steps',
      'decidedBy',
      'decidedAt',
      'rejectionReason',
      'canDecide',
    ],
    additionalProperties: false,
    description: "An order's approval: its steps, who approved when, and how it ended.",
  },
  OrderApprovalAnswer: {
    type: 'object',
    properties: { approval: { anyOf: [{ $ref: '#/components/schemas/OrderApproval' }, { type: 'null' }] } },
    required: ['approval'],
    additionalProperties: false,
    description: "`GET /api/orders/:id/approval`: the order's approval, or null when it needed none.",
  },
  OrderDeskDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'number' },
      status: { $ref: '#/components/schemas/OrderStatus' },
      company: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' }, organisationNumber: { type: 'string' } },
        required: ['id', 'name', 'organisationNumber'],
        additionalProperties: false,
      },
      placedAt: { type: 'string' },
      placedBy: { type: 'string' },
      purchaseOrderReference: { type: ['string', 'null'] },
      partialDelivery: { type: 'boolean' },
      desiredDeliveryDate: { type: ['string', 'null'] },
      expectedDispatchDate: { type: 'string' },
      deliveryAddress: { $ref: '#/components/schemas/OrderAddress' },
      accessNotes: {
        anyOf: [{ $ref: '#/components/schemas/AccessNotes' }, { type: 'null' }],
        description: 'Asked at checkout of a bulky order; null when none were given.',
      },
      confirmedAt: { type: ['string', 'null'] },
      preparationStartedAt: { type: ['string', 'null'] },
      totals: { $ref: '#/components/schemas/OrderTotals' },
      lines: { type: 'array', items: { $ref: '#/components/schemas/FulfilmentLine' } },
      shipments: { type: 'array', items: { $ref: '#/components/schemas/Shipment' } },
    },
    required: [
      'id',
      'number',
      'status',
      'company',
      'placedAt',
      'placedBy',
      'purchaseOrderReference',
      'partialDelivery',
      'desiredDeliveryDate',
      'expectedDispatchDate',
      'deliveryAddress',
      'accessNotes',
      'confirmedAt',
      'preparationStartedAt',
      'totals',
      'lines',
      'shipments',
    ],
    additionalProperties: false,
    description: "`GET /api/staff/orders/:id`: the order, its lines' quantities and its shipments.",
  },
  OrderDeskPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/OrderDeskRow' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
      counts: {
        type: 'object',
        properties: {
          placed: { type: 'number' },
          confirmed: { type: 'number' },
          in_preparation: { type: 'number' },
          partially_shipped: { type: 'number' },
          shipped: { type: 'number' },
          delivered: { type: 'number' },
          cancelled: { type: 'number' },
          awaiting_approval: { type: 'number' },
        },
        additionalProperties: false,
        description: 'Orders per status over the whole desk (not the filter), for the status tabs.',
      },
    },
    required: ['items', 'total', 'page', 'pageSize', 'counts'],
    additionalProperties: false,
  },
  OrderDeskRow: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'number' },
      status: { $ref: '#/components/schemas/OrderStatus' },
      company: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      placedAt: { type: 'string' },
      ageHours: { type: 'number', description: 'Whole hours since placed: the desk\'s "age" column.' },
      purchaseOrderReference: { type: ['string', 'null'] },
      lineCount: { type: 'number' },
      grossOre: { type: 'number' },
      partialDelivery: { type: 'boolean' },
      desiredDeliveryDate: { type: ['string', 'null'] },
      bulky: { type: 'boolean' },
    },
    required: [
      'id',
      'number',
      'status',
      'company',
      'placedAt',
      'ageHours',
      'purchaseOrderReference',
      'lineCount',
      'grossOre',
      'partialDelivery',
      'desiredDeliveryDate',
      'bulky',
    ],
    additionalProperties: false,
    description: 'A row of `GET /api/staff/orders?status=&q=&page=&pageSize=`.',
  },
  OrderDeskSort: { type: 'string', enum: ['oldest', 'newest'] },
  OrderDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'number' },
      status: { $ref: '#/components/schemas/OrderStatus' },
      placedAt: { type: 'string' },
      placedBy: { type: 'string' },
      purchaseOrderReference: { type: ['string', 'null'] },
      lineCount: { type: 'number' },
      totals: { $ref: '#/components/schemas/OrderTotals' },
      expectedDispatchDate: { type: 'string' },
      quote: {
        anyOf: [
          {
            type: 'object',
            properties: {
              id: { type: 'string' },
              number: { type: 'number' },
              displayNumber: { type: 'string' },
              revision: { type: 'number' },
            },
            required: ['id', 'number', 'displayNumber', 'revision'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description:
          "`displayNumber` is the quote's `Q-000011`, the number its customer and the consultant know it by.",
      },
      lines: { type: 'array', items: { $ref: '#/components/schemas/OrderLine' } },
      deliveryAddress: { $ref: '#/components/schemas/OrderAddress' },
      billingAddress: { $ref: '#/components/schemas/OrderAddress' },
      shippingMethod: { $ref: '#/components/schemas/ShippingMethod' },
      shippingCharges: { $ref: '#/components/schemas/ShippingCharges' },
      partialDelivery: { type: 'boolean' },
      desiredDeliveryDate: { type: ['string', 'null'] },
      earliestDeliveryDate: { type: 'string' },
      latestDeliveryDate: { type: 'string' },
      paymentMethod: { $ref: '#/components/schemas/PaymentMethod' },
      paymentTermsDays: { type: 'number', description: 'Invoice due days after dispatch.' },
    },
    required: [
      'billingAddress',
      'deliveryAddress',
      'desiredDeliveryDate',
      'earliestDeliveryDate',
      'expectedDispatchDate',
      'id',
      'latestDeliveryDate',
      'lineCount',
      'lines',
      'number',
      'partialDelivery',
      'paymentMethod',
      'paymentTermsDays',
      'placedAt',
      'placedBy',
      'purchaseOrderReference',
      'quote',
      'shippingCharges',
      'shippingMethod',
      'status',
      'totals',
    ],
    additionalProperties: false,
  },
  OrderLine: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      position: { type: 'number' },
      productId: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      quantity: { type: 'number' },
      unitPriceOre: { type: 'number' },
      lineTotalOre: { type: 'number' },
      stockStatusAtOrder: { $ref: '#/components/schemas/StockStatus' },
    },
    required: [
      'id',
      'position',
      'productId',
      'sku',
      'name',
      'quantity',
      'unitPriceOre',
      'lineTotalOre',
      'stockStatusAtOrder',
    ],
    additionalProperties: false,
  },
  OrderLineAfterSales: {
    type: 'object',
    properties: {
      orderLineId: { type: 'string' },
      position: { type: 'number' },
      sku: { type: 'string' },
      name: { type: 'string' },
      quantity: { type: 'number' },
      cancellableQuantity: {
        type: 'number',
        description: 'Open (not shipped, not cancelled, not requested) and so cancellable.',
      },
      cancelNeedsApproval: {
        type: 'boolean',
        description: 'True when a cancel is a request for staff (the order is in preparation).',
      },
      returnableQuantity: {
        type: 'number',
        description: 'Delivered minus already returned (or in a return not refused); 0 outside the window.',
      },
      deliveredQuantity: { type: 'number' },
      warrantyOpenUntil: {
        type: ['string', 'null'],
        description:
          "Last day a warranty claim may be filed (12 months from this line's delivery); null until delivered.",
      },
      damageReportOpenUntil: {
        type: ['string', 'null'],
        description: 'The instant the 48-hour damage window closes; null until delivered.',
      },
    },
    required: [
      'orderLineId',
      'position',
      'sku',
      'name',
      'quantity',
      'cancellableQuantity',
      'cancelNeedsApproval',
      'returnableQuantity',
      'deliveredQuantity',
      'warrantyOpenUntil',
      'damageReportOpenUntil',
    ],
    additionalProperties: false,
  },
  OrderPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/OrderSummary' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
  },
  OrderStatus: {
    type: 'string',
    enum: [
      'placed',
      'confirmed',
      'in_preparation',
      'partially_shipped',
      'shipped',
      'delivered',
      'cancelled',
      'awaiting_approval',
    ],
  },
  OrderSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'number' },
      status: { $ref: '#/components/schemas/OrderStatus' },
      placedAt: { type: 'string' },
      placedBy: { type: 'string' },
      purchaseOrderReference: { type: ['string', 'null'] },
      lineCount: { type: 'number' },
      totals: { $ref: '#/components/schemas/OrderTotals' },
      expectedDispatchDate: { type: 'string' },
      quote: {
        anyOf: [
          {
            type: 'object',
            properties: {
              id: { type: 'string' },
              number: { type: 'number' },
              displayNumber: { type: 'string' },
              revision: { type: 'number' },
            },
            required: ['id', 'number', 'displayNumber', 'revision'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description:
          "`displayNumber` is the quote's `Q-000011`, the number its customer and the consultant know it by.",
      },
    },
    required: [
      'id',
      'number',
      'status',
      'placedAt',
      'placedBy',
      'purchaseOrderReference',
      'lineCount',
      'totals',
      'expectedDispatchDate',
      'quote',
    ],
    additionalProperties: false,
  },
  OrderTotals: {
    type: 'object',
    properties: {
      goodsOre: { type: 'number' },
      shippingOre: { type: 'number' },
      netOre: { type: 'number' },
      vatOre: { type: 'number' },
      grossOre: { type: 'number' },
    },
    required: ['goodsOre', 'shippingOre', 'netOre', 'vatOre', 'grossOre'],
    additionalProperties: false,
    description: 'VAT (25 %) is computed on the total, shipping included.',
  },
  OverBudgetAction: { type: 'string', enum: ['needs_approval', 'refuse'] },
  PaymentMethod: { type: 'string', enum: ['invoice_30_days'] },
  PermissionRule: {
    type: 'object',
    properties: {
      action: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
      subject: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
      conditions: { type: 'object', additionalProperties: {} },
      inverted: { type: 'boolean' },
      fields: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    },
    required: ['action', 'subject'],
    additionalProperties: false,
    description: 'CASL raw rule, kept structural so the contracts stay framework-free.',
  },
  PersonRef: {
    type: 'object',
    properties: { id: { type: 'string' }, name: { type: 'string' } },
    required: ['id', 'name'],
    additionalProperties: false,
  },
  ProductDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      brand: { type: 'string' },
      category: { $ref: '#/components/schemas/CategoryRef' },
      stockStatus: { $ref: '#/components/schemas/StockStatus' },
      stockDate: {
        type: ['string', 'null'],
        description: 'ISO date (YYYY-MM-DD) when `stockStatus` is `supplier_date_confirmed`.',
      },
      bulky: { type: 'boolean' },
      lifecycle: { $ref: '#/components/schemas/ProductLifecycle' },
      replacementSku: { type: ['string', 'null'] },
      lighting: { $ref: '#/components/schemas/LightingData' },
      image: {
        anyOf: [{ $ref: '#/components/schemas/ProductImage' }, { type: 'null' }],
        description: 'null: the portal shows its placeholder.',
      },
      price: {
        $ref: '#/components/schemas/ProductPrice',
        description:
          'Present only for logged-in callers (whether it is net-priced too: visitors learn nothing of prices).',
      },
      description: { type: 'string' },
      keywords: { type: 'array', items: { type: 'string' } },
      categoryPath: {
        type: 'array',
        items: { $ref: '#/components/schemas/CategoryRef' },
        description: "Root first, the product's own category last.",
      },
      replacement: {
        anyOf: [{ $ref: '#/components/schemas/ProductSummary' }, { type: 'null' }],
        description: 'For an end-of-life product with a replacement: that product, priced the same way.',
      },
      datasheetUrl: { type: ['string', 'null'], description: "The product's datasheet PDF, when the shop has one." },
      nextTier: {
        $ref: '#/components/schemas/NextTierPrice',
        description:
          'For silver and gold customers: what the next tier would pay for this product ("gold would save you kr X on this"). Absent for visitors, staff, platinum and net-priced products.',
      },
    },
    required: [
      'brand',
      'bulky',
      'category',
      'categoryPath',
      'datasheetUrl',
      'description',
      'id',
      'image',
      'keywords',
      'lifecycle',
      'lighting',
      'name',
      'replacement',
      'replacementSku',
      'sku',
      'stockDate',
      'stockStatus',
    ],
    additionalProperties: false,
  },
  ProductImage: {
    type: 'object',
    properties: { thumbnailUrl: { type: 'string' }, detailUrl: { type: 'string' } },
    required: ['thumbnailUrl', 'detailUrl'],
    additionalProperties: false,
    description:
      "A product's picture, resized on upload (PRODUCT_IMAGE_SIZES). The URLs are content-addressed (`/api/media/<hash>.webp`), so they are cached for a year and change when the image does.",
  },
  ProductLifecycle: { type: 'string', enum: ['active', 'end_of_life'] },
  ProductPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/ProductSummary' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
      didYouMean: {
        type: 'string',
        description:
          'When a search word found nothing and a catalog word is close to it ("downlite" → "downlight"): the query with that word corrected, whose hits `items` then are.',
      },
    },
    required: ['items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
  },
  ProductPrice: {
    type: 'object',
    properties: {
      listPriceOre: { type: 'number' },
      tier: { anyOf: [{ $ref: '#/components/schemas/LoyaltyTier' }, { type: 'null' }] },
      discountPercent: { type: 'number' },
      netPriced: { type: 'boolean' },
      unitPriceOre: { type: 'number' },
      unitPriceInclVatOre: { type: 'number' },
    },
    required: ['listPriceOre', 'tier', 'discountPercent', 'netPriced', 'unitPriceOre', 'unitPriceInclVatOre'],
    additionalProperties: false,
    description:
      "A product's price for the caller. Absent for visitors. Customers get their tier's discount (none on net-priced products); staff get the list price with `tier` null.",
  },
  ProductQuery: {
    type: 'object',
    properties: {
      q: { type: 'string' },
      category: { type: 'string', description: 'Category slug; includes its sub-categories.' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
      sort: { $ref: '#/components/schemas/ProductSort' },
      minWattage: { type: 'number' },
      maxWattage: { type: 'number' },
      minLumen: { type: 'number' },
      maxLumen: { type: 'number' },
      colourTemperatureK: { type: 'number' },
      minCri: { type: 'number' },
      ipRating: { type: 'string', description: 'Minimum IP rating, e.g. `IP44` matches IP44, IP54, IP65…' },
      dimmable: { type: 'boolean' },
      stockStatus: { $ref: '#/components/schemas/StockStatus' },
      includeEndOfLife: {
        type: 'boolean',
        description: 'Include end-of-life products (default: yes, they point to their replacement).',
      },
    },
    additionalProperties: false,
  },
  ProductSort: { type: 'string', enum: ['relevance', 'name', 'sku', 'price_asc', 'price_desc'] },
  ProductSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      brand: { type: 'string' },
      category: { $ref: '#/components/schemas/CategoryRef' },
      stockStatus: { $ref: '#/components/schemas/StockStatus' },
      stockDate: {
        type: ['string', 'null'],
        description: 'ISO date (YYYY-MM-DD) when `stockStatus` is `supplier_date_confirmed`.',
      },
      bulky: { type: 'boolean' },
      lifecycle: { $ref: '#/components/schemas/ProductLifecycle' },
      replacementSku: { type: ['string', 'null'] },
      lighting: { $ref: '#/components/schemas/LightingData' },
      image: {
        anyOf: [{ $ref: '#/components/schemas/ProductImage' }, { type: 'null' }],
        description: 'null: the portal shows its placeholder.',
      },
      price: {
        $ref: '#/components/schemas/ProductPrice',
        description:
          'Present only for logged-in callers (whether it is net-priced too: visitors learn nothing of prices).',
      },
    },
    required: [
      'id',
      'sku',
      'name',
      'brand',
      'category',
      'stockStatus',
      'stockDate',
      'bulky',
      'lifecycle',
      'replacementSku',
      'lighting',
      'image',
    ],
    additionalProperties: false,
  },
  ProjectListDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      projectReference: { type: ['string', 'null'] },
      description: { type: ['string', 'null'] },
      itemCount: { type: 'number', description: 'Number of distinct products.' },
      totalQuantity: { type: 'number', description: 'Sum of the quantities.' },
      totalOre: { type: 'number', description: "At the company's current tier prices, excl. VAT." },
      totalInclVatOre: { type: 'number' },
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
      items: { type: 'array', items: { $ref: '#/components/schemas/ProjectListLine' } },
    },
    required: [
      'createdAt',
      'description',
      'id',
      'itemCount',
      'items',
      'name',
      'projectReference',
      'totalInclVatOre',
      'totalOre',
      'totalQuantity',
      'updatedAt',
    ],
    additionalProperties: false,
  },
  ProjectListLine: {
    type: 'object',
    properties: {
      id: { type: 'string', description: "The item's id, for PATCH/DELETE `/api/project-lists/:id/items/:itemId`." },
      product: { $ref: '#/components/schemas/ProductSummary' },
      quantity: { type: 'number' },
      note: { type: ['string', 'null'] },
      lineTotalOre: { type: 'number', description: 'Unit price (tier) × quantity, excl. VAT.' },
    },
    required: ['id', 'product', 'quantity', 'note', 'lineTotalOre'],
    additionalProperties: false,
  },
  ProjectListSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      projectReference: { type: ['string', 'null'] },
      description: { type: ['string', 'null'] },
      itemCount: { type: 'number', description: 'Number of distinct products.' },
      totalQuantity: { type: 'number', description: 'Sum of the quantities.' },
      totalOre: { type: 'number', description: "At the company's current tier prices, excl. VAT." },
      totalInclVatOre: { type: 'number' },
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
    },
    required: [
      'id',
      'name',
      'projectReference',
      'description',
      'itemCount',
      'totalQuantity',
      'totalOre',
      'totalInclVatOre',
      'createdAt',
      'updatedAt',
    ],
    additionalProperties: false,
    description: "A list as the lists page and the header's project-list menu show it.",
  },
  ProjectListToCartResponse: {
    type: 'object',
    properties: {
      added: { type: 'number', description: 'Products added to the cart (or whose quantity was raised).' },
      skippedEndOfLife: {
        type: 'array',
        items: { type: 'string' },
        description: "Article numbers of the list's end-of-life products, which were not added.",
      },
      cart: { $ref: '#/components/schemas/Cart' },
    },
    required: ['added', 'skippedEndOfLife', 'cart'],
    additionalProperties: false,
    description: '`POST /api/cart/from-project-list/:id`: "move all to cart"; end-of-life products stay on the list.',
  },
  PurchasingCheck: {
    type: 'object',
    properties: {
      netOre: { type: 'number', description: "The order's total excl. VAT, which rules and budgets compare." },
      budgets: { type: 'array', items: { $ref: '#/components/schemas/CheckoutBudget' } },
      approvals: {
        type: 'array',
        items: { $ref: '#/components/schemas/ApprovalHold' },
        description: 'The rules and budgets that would hold the order, with who approves each.',
      },
      refused: { type: 'boolean', description: 'Placing it would be refused (a budget that refuses overruns).' },
    },
    required: ['netOre', 'budgets', 'approvals', 'refused'],
    additionalProperties: false,
    description:
      '`GET /api/cart/purchasing-check?deliveryAddressId=&shippingMethod=&quoteId=`: what the purchasing controls would do to this order, shown before it is placed.',
  },
  QuickOrderAddToCartRequest: {
    type: 'object',
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties: { sku: { type: 'string' }, quantity: { type: 'number' } },
          required: ['sku', 'quantity'],
          additionalProperties: false,
        },
      },
    },
    required: ['items'],
    additionalProperties: false,
    description: '`POST /api/quick-order/cart`: the lines the user chose from the report.',
  },
  QuickOrderAddToCartResponse: {
    type: 'object',
    properties: { added: { type: 'number' }, cartItemCount: { type: 'number' } },
    required: ['added', 'cartItemCount'],
    additionalProperties: false,
  },
  QuickOrderCheckRequest: {
    type: 'object',
    properties: { lines: { type: 'array', items: { $ref: '#/components/schemas/QuickOrderInputLine' } } },
    required: ['lines'],
    additionalProperties: false,
  },
  QuickOrderCheckToCartRequest: {
    type: 'object',
    properties: { take: { type: 'array', items: { $ref: '#/components/schemas/QuickOrderTakenLine' } } },
    additionalProperties: false,
    description:
      '`POST /api/quick-order/checks/:id/cart`: every orderable line of the check, plus the replacements and suggestions the user took for lines that were not orderable.',
  },
  QuickOrderInputLine: {
    type: 'object',
    properties: {
      sku: { type: 'string' },
      quantity: {
        type: ['string', 'number'],
        description: 'Text as typed, so "1,5" can be reported rather than rejected by the schema.',
      },
    },
    required: ['sku', 'quantity'],
    additionalProperties: false,
    description: 'One typed or pasted row for `POST /api/quick-order/check` as JSON.',
  },
  QuickOrderLineStatus: {
    type: 'string',
    enum: ['ok', 'unknown_sku', 'missing_sku', 'invalid_quantity', 'end_of_life', 'not_orderable'],
  },
  QuickOrderPrice: {
    type: 'object',
    properties: {
      tier: { anyOf: [{ $ref: '#/components/schemas/LoyaltyTier' }, { type: 'null' }] },
      unitPriceOre: { type: 'number' },
      unitPriceInclVatOre: { type: 'number' },
    },
    required: ['tier', 'unitPriceOre', 'unitPriceInclVatOre'],
    additionalProperties: false,
    description:
      "The caller's tier price of a report product (excl. and incl. VAT), kept lean: a report may list 100,000 products.",
  },
  QuickOrderProduct: {
    type: 'object',
    properties: {
      sku: { type: 'string' },
      name: { type: 'string' },
      stockStatus: { $ref: '#/components/schemas/StockStatus' },
      stockDate: { type: 'string', description: "The supplier's confirmed date, for `supplier_date_confirmed`." },
      bulky: { type: 'boolean', const: true },
      endOfLife: { type: 'boolean', const: true },
      replacementSku: { type: 'string' },
      price: { $ref: '#/components/schemas/QuickOrderPrice' },
    },
    required: ['sku', 'name', 'stockStatus', 'price'],
    additionalProperties: false,
    description:
      "A product as the report shows it: the caller's tier price and stock state. Fields that are usually empty are left out rather than sent as null/false on 100,000 products.",
  },
  QuickOrderQuantityProblem: { type: 'string', enum: ['missing', 'not_a_whole_number', 'not_positive', 'too_large'] },
  QuickOrderReport: {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'The stored check, for paging, the CSV download and adding to the cart.' },
      expiresAt: { type: 'string' },
      summary: { $ref: '#/components/schemas/QuickOrderSummary' },
      view: { $ref: '#/components/schemas/QuickOrderReportView' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
      total: { type: 'number', description: 'Lines in this view.' },
      lines: { type: 'array', items: { $ref: '#/components/schemas/QuickOrderReportLine' } },
      products: {
        type: 'array',
        items: { $ref: '#/components/schemas/QuickOrderProduct' },
        description: "Every product this page's lines refer to (found, replacement, suggestion), once each.",
      },
    },
    required: ['id', 'expiresAt', 'summary', 'view', 'page', 'pageSize', 'total', 'lines', 'products'],
    additionalProperties: false,
    description:
      "`POST /api/quick-order/check` and `GET /api/quick-order/checks/:id`: the verdict on every line is made and stored at once (`summary` counts them all); the lines come a page at a time, with their products at today's tier prices. A 100,000-line file is not sent back whole: `GET /api/quick-order/checks/:id/report.csv` has every line.",
  },
  QuickOrderReportLine: {
    type: 'object',
    properties: {
      line: { type: 'number', description: 'Line in the file, or row number (1-based) in the form.' },
      sku: { type: 'string', description: "Normalised article number ('' when the line had none)." },
      quantityText: {
        type: 'string',
        description: 'The quantity as written, when it is not simply `quantity` (e.g. "1,5", "12,0", "").',
      },
      quantity: { type: ['number', 'null'], description: "This line's own quantity; null when invalid." },
      status: { $ref: '#/components/schemas/QuickOrderLineStatus' },
      quantityProblem: { $ref: '#/components/schemas/QuickOrderQuantityProblem' },
      summedIntoLine: {
        type: 'number',
        description: "The line's SKU appears again later/earlier: the first line carries the sum.",
      },
      summedQuantity: { type: 'number', description: 'On the first line of a repeated SKU: the summed quantity.' },
      suggestions: {
        type: 'array',
        items: { type: 'string' },
        description: 'For `unknown_sku`: up to three close article numbers (in `products`).',
      },
      replacementSku: {
        type: 'string',
        description: "For `end_of_life`: the replacement's SKU (in `products`), if one is orderable.",
      },
    },
    required: ['line', 'sku', 'quantity', 'status'],
    additionalProperties: false,
  },
  QuickOrderReportQuery: {
    type: 'object',
    properties: {
      view: { $ref: '#/components/schemas/QuickOrderReportView' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    additionalProperties: false,
    description: '`GET /api/quick-order/checks/:id`.',
  },
  QuickOrderReportView: { type: 'string', enum: ['all', 'problems'] },
  QuickOrderSummary: {
    type: 'object',
    additionalProperties: false,
    properties: {
      lines: { type: 'number' },
      summedLines: { type: 'number' },
      orderableProducts: {
        type: 'number',
        description: 'Distinct products "add valid lines to cart" adds (repeated SKUs summed).',
      },
      orderableTotalOre: { type: 'number', description: 'Of the orderable lines at tier prices, excl. VAT.' },
      ok: { type: 'number' },
      unknown_sku: { type: 'number' },
      missing_sku: { type: 'number' },
      invalid_quantity: { type: 'number' },
      end_of_life: { type: 'number' },
      not_orderable: { type: 'number' },
    },
    required: [
      'end_of_life',
      'invalid_quantity',
      'lines',
      'missing_sku',
      'not_orderable',
      'ok',
      'orderableProducts',
      'orderableTotalOre',
      'summedLines',
      'unknown_sku',
    ],
  },
  QuickOrderTakenLine: {
    type: 'object',
    properties: { line: { type: 'number' }, sku: { type: 'string' } },
    required: ['line', 'sku'],
    additionalProperties: false,
    description: 'A replacement or suggestion the user took for a report line that was not orderable.',
  },
  QuoteAuthorSide: { type: 'string', enum: ['customer', 'consultant'] },
  QuoteCommentRequest: {
    type: 'object',
    properties: { body: { type: 'string' } },
    required: ['body'],
    additionalProperties: false,
  },
  QuoteCommentView: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      author: {
        type: 'object',
        additionalProperties: false,
        properties: {
          side: { $ref: '#/components/schemas/QuoteAuthorSide' },
          id: { type: 'string' },
          name: { type: 'string' },
        },
        required: ['id', 'name', 'side'],
      },
      body: { type: 'string' },
      createdAt: { type: 'string' },
    },
    required: ['id', 'author', 'body', 'createdAt'],
    additionalProperties: false,
  },
  QuoteDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'string', description: 'Human reference, e.g. `Q-000123`.' },
      status: { $ref: '#/components/schemas/QuoteStatus' },
      projectListId: { type: ['string', 'null'] },
      projectListName: { type: 'string' },
      requestedBy: { $ref: '#/components/schemas/PersonRef' },
      requestedAt: { type: 'string' },
      dueAt: {
        type: 'string',
        description: "When the consultant's next answer is due (24 h after the request or the last customer comment).",
      },
      timeLeftMs: {
        type: 'number',
        description: 'Milliseconds to `dueAt` when the answer was computed; negative when overdue.',
      },
      overdue: { type: 'boolean' },
      claimedBy: { anyOf: [{ $ref: '#/components/schemas/PersonRef' }, { type: 'null' }] },
      currentRevision: {
        type: 'number',
        description: 'Number of the newest published revision; 0 before the first answer.',
      },
      validUntil: { type: ['string', 'null'] },
      totalOre: {
        type: ['number', 'null'],
        description: 'Total of the newest revision excl. VAT, null before the first answer.',
      },
      lineCount: { type: 'number' },
      acceptedRevision: { type: ['number', 'null'] },
      message: { type: ['string', 'null'] },
      requestedLines: {
        type: 'array',
        items: { $ref: '#/components/schemas/QuoteLineView' },
        description: 'The project list as it was when the quote was requested, at the tier prices of that moment.',
      },
      revisions: {
        type: 'array',
        items: { $ref: '#/components/schemas/QuoteRevisionView' },
        description: 'Oldest first; each one frozen when it was published.',
      },
      comments: {
        type: 'array',
        items: { $ref: '#/components/schemas/QuoteCommentView' },
        description: 'In time order.',
      },
    },
    required: [
      'acceptedRevision',
      'claimedBy',
      'comments',
      'currentRevision',
      'dueAt',
      'id',
      'lineCount',
      'message',
      'number',
      'overdue',
      'projectListId',
      'projectListName',
      'requestedAt',
      'requestedBy',
      'requestedLines',
      'revisions',
      'status',
      'timeLeftMs',
      'totalOre',
      'validUntil',
    ],
    additionalProperties: false,
  },
  QuoteDraftLineInput: {
    type: 'object',
    properties: {
      sku: { type: 'string' },
      quantity: { type: 'number' },
      unitPriceOre: { type: ['number', 'null'] },
      discountPercent: { type: ['number', 'null'] },
    },
    required: ['sku', 'quantity'],
    additionalProperties: false,
    description:
      'A draft line: give either `unitPriceOre` or `discountPercent` (off list price), or neither for the tier price.',
  },
  QuoteDraftView: {
    type: 'object',
    properties: {
      lines: { type: 'array', items: { $ref: '#/components/schemas/QuoteLineView' } },
      validUntil: { type: 'string' },
      message: { type: ['string', 'null'] },
      totalOre: { type: 'number' },
    },
    required: ['lines', 'validUntil', 'message', 'totalOre'],
    additionalProperties: false,
  },
  QuoteLineView: {
    type: 'object',
    properties: {
      productId: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      quantity: { type: 'number' },
      listPriceOre: { type: 'number', description: 'The list price when the line was priced, excl. VAT.' },
      tierUnitPriceOre: {
        type: 'number',
        description: "The customer's tier price when the quote was requested, excl. VAT.",
      },
      unitPriceOre: {
        type: 'number',
        description: 'The offered unit price excl. VAT (tier price until the consultant sets another).',
      },
      discountPercent: {
        type: ['number', 'null'],
        description: 'Set when the consultant priced the line as a discount off list price.',
      },
      lineTotalOre: { type: 'number' },
    },
    required: [
      'productId',
      'sku',
      'name',
      'quantity',
      'listPriceOre',
      'tierUnitPriceOre',
      'unitPriceOre',
      'discountPercent',
      'lineTotalOre',
    ],
    additionalProperties: false,
    description: 'One line of a quote: of the request snapshot, of a published revision, or of the draft.',
  },
  QuoteMetrics: {
    type: 'object',
    properties: {
      windowDays: { type: 'number', description: 'The window the answer figures cover, in days back from now.' },
      answeredCount: {
        type: 'number',
        description: 'Answers published in the window (each revision answers one request).',
      },
      answeredWithin24hCount: { type: 'number' },
      answeredWithin24hShare: {
        type: ['number', 'null'],
        description:
          'answered within 24 h / (answered + still open and already overdue); null with nothing to count. Open overdue requests count against the share: they have already missed the promise.',
      },
      medianAnswerMs: { type: ['number', 'null'] },
      openCount: { type: 'number' },
      overdueCount: { type: 'number' },
    },
    required: [
      'windowDays',
      'answeredCount',
      'answeredWithin24hCount',
      'answeredWithin24hShare',
      'medianAnswerMs',
      'openCount',
      'overdueCount',
    ],
    additionalProperties: false,
  },
  QuoteRevisionView: {
    type: 'object',
    properties: {
      number: { type: 'number' },
      publishedAt: { type: 'string' },
      publishedBy: { $ref: '#/components/schemas/PersonRef' },
      validUntil: { type: 'string' },
      message: { type: ['string', 'null'] },
      lines: { type: 'array', items: { $ref: '#/components/schemas/QuoteLineView' } },
      totalOre: { type: 'number' },
      totalInclVatOre: { type: 'number' },
    },
    required: ['number', 'publishedAt', 'publishedBy', 'validUntil', 'message', 'lines', 'totalOre', 'totalInclVatOre'],
    additionalProperties: false,
  },
  QuoteStatus: {
    type: 'string',
    enum: [
      'requested',
      'in_progress',
      'answered',
      'revision_requested',
      'accepted',
      'declined',
      'expired',
      'cancelled',
    ],
  },
  QuoteSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'string', description: 'Human reference, e.g. `Q-000123`.' },
      status: { $ref: '#/components/schemas/QuoteStatus' },
      projectListId: { type: ['string', 'null'] },
      projectListName: { type: 'string' },
      requestedBy: { $ref: '#/components/schemas/PersonRef' },
      requestedAt: { type: 'string' },
      dueAt: {
        type: 'string',
        description: "When the consultant's next answer is due (24 h after the request or the last customer comment).",
      },
      timeLeftMs: {
        type: 'number',
        description: 'Milliseconds to `dueAt` when the answer was computed; negative when overdue.',
      },
      overdue: { type: 'boolean' },
      claimedBy: { anyOf: [{ $ref: '#/components/schemas/PersonRef' }, { type: 'null' }] },
      currentRevision: {
        type: 'number',
        description: 'Number of the newest published revision; 0 before the first answer.',
      },
      validUntil: { type: ['string', 'null'] },
      totalOre: {
        type: ['number', 'null'],
        description: 'Total of the newest revision excl. VAT, null before the first answer.',
      },
      lineCount: { type: 'number' },
      acceptedRevision: { type: ['number', 'null'] },
    },
    required: [
      'id',
      'number',
      'status',
      'projectListId',
      'projectListName',
      'requestedBy',
      'requestedAt',
      'dueAt',
      'timeLeftMs',
      'overdue',
      'claimedBy',
      'currentRevision',
      'validUntil',
      'totalOre',
      'lineCount',
      'acceptedRevision',
    ],
    additionalProperties: false,
  },
  RecordPaymentRequest: {
    type: 'object',
    properties: {
      kid: { type: 'string' },
      amountOre: { type: 'number' },
      paidOn: { type: 'string', description: 'YYYY-MM-DD; today (Europe/Oslo) when left out.' },
    },
    required: ['kid', 'amountOre'],
    additionalProperties: false,
    description: '`POST /api/staff/payments`.',
  },
  RefreshRequest: {
    type: 'object',
    properties: { refreshToken: { type: 'string' } },
    required: ['refreshToken'],
    additionalProperties: false,
  },
  RefuseRequest: {
    type: 'object',
    properties: { reason: { type: 'string' } },
    required: ['reason'],
    additionalProperties: false,
    description: '`POST /api/staff/cancellations/:id/accept` (no body) and `/refuse`.',
  },
  RegisterCompanyRequest: {
    type: 'object',
    properties: {
      company: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          organisationNumber: { type: 'string' },
          customerType: { $ref: '#/components/schemas/CustomerType' },
          phone: { type: 'string' },
          billingAddress: { $ref: '#/components/schemas/AddressInput' },
        },
        required: ['name', 'organisationNumber', 'customerType', 'phone', 'billingAddress'],
        additionalProperties: false,
      },
      user: {
        type: 'object',
        properties: { name: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
        required: ['name', 'email', 'password'],
        additionalProperties: false,
      },
    },
    required: ['company', 'user'],
    additionalProperties: false,
  },
  RejectApprovalRequest: {
    type: 'object',
    properties: { reason: { type: 'string' } },
    required: ['reason'],
    additionalProperties: false,
    description: '`POST /api/approvals/:id/reject`.',
  },
  ReorderResponse: {
    type: 'object',
    properties: {
      added: { type: 'number', description: 'Lines added to the cart (or whose quantity was raised).' },
      notOrderable: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            sku: { type: 'string' },
            name: { type: 'string' },
            quantity: { type: 'number' },
            replacementSku: { type: ['string', 'null'] },
          },
          required: ['sku', 'name', 'quantity', 'replacementSku'],
          additionalProperties: false,
        },
        description:
          'Lines no longer orderable: end-of-life (with the replacement offered, if any) or gone from the catalog.',
      },
      cart: { $ref: '#/components/schemas/Cart' },
    },
    required: ['added', 'notOrderable', 'cart'],
    additionalProperties: false,
    description: "`POST /api/orders/:id/reorder`: the order's lines into the cart at today's prices.",
  },
  ResetPasswordRequest: {
    type: 'object',
    properties: { token: { type: 'string' }, newPassword: { type: 'string' } },
    required: ['token', 'newPassword'],
    additionalProperties: false,
  },
  ReturnDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      rmaNumber: { type: 'string', description: 'Its own series: `RMA-000123`.' },
      status: { $ref: '#/components/schemas/ReturnStatus' },
      order: {
        type: 'object',
        properties: { id: { type: 'string' }, number: { type: 'number' } },
        required: ['id', 'number'],
        additionalProperties: false,
      },
      company: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      createdAt: { type: 'string' },
      createdBy: { type: 'string' },
      lineCount: { type: 'number' },
      quantity: { type: 'number' },
      creditedNetOre: {
        type: 'number',
        description: 'Sum of accepted quantities × unit price, excl. VAT; 0 before inspection.',
      },
      reason: { type: ['string', 'null'] },
      lines: { type: 'array', items: { $ref: '#/components/schemas/ReturnLine' } },
      receivedAt: { type: ['string', 'null'] },
      inspectedAt: { type: ['string', 'null'] },
      creditNotes: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, number: { type: 'number' }, grossOre: { type: 'number' } },
          required: ['id', 'number', 'grossOre'],
          additionalProperties: false,
        },
      },
      refundMethod: { type: 'string', description: "Where the refund goes: the order's payment method." },
      caseId: { type: ['string', 'null'] },
    },
    required: [
      'caseId',
      'company',
      'createdAt',
      'createdBy',
      'creditNotes',
      'creditedNetOre',
      'id',
      'inspectedAt',
      'lineCount',
      'lines',
      'order',
      'quantity',
      'reason',
      'receivedAt',
      'refundMethod',
      'rmaNumber',
      'status',
    ],
    additionalProperties: false,
  },
  ReturnLine: {
    type: 'object',
    properties: {
      orderLineId: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      quantity: { type: 'number' },
      unitPriceOre: { type: 'number' },
      verdict: { anyOf: [{ $ref: '#/components/schemas/ReturnLineVerdict' }, { type: 'null' }] },
      refusalReason: { type: ['string', 'null'] },
    },
    required: ['orderLineId', 'sku', 'name', 'quantity', 'unitPriceOre', 'verdict', 'refusalReason'],
    additionalProperties: false,
  },
  ReturnLineVerdict: { type: 'string', enum: ['accepted', 'refused'] },
  ReturnPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/ReturnSummary' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
    description: "`GET /api/returns?status=&page=&pageSize=` (company's); `GET /api/staff/returns` (all).",
  },
  ReturnStatus: { type: 'string', enum: ['requested', 'received', 'inspected', 'credited', 'refused'] },
  ReturnSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      rmaNumber: { type: 'string', description: 'Its own series: `RMA-000123`.' },
      status: { $ref: '#/components/schemas/ReturnStatus' },
      order: {
        type: 'object',
        properties: { id: { type: 'string' }, number: { type: 'number' } },
        required: ['id', 'number'],
        additionalProperties: false,
      },
      company: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      createdAt: { type: 'string' },
      createdBy: { type: 'string' },
      lineCount: { type: 'number' },
      quantity: { type: 'number' },
      creditedNetOre: {
        type: 'number',
        description: 'Sum of accepted quantities × unit price, excl. VAT; 0 before inspection.',
      },
    },
    required: [
      'id',
      'rmaNumber',
      'status',
      'order',
      'company',
      'createdAt',
      'createdBy',
      'lineCount',
      'quantity',
      'creditedNetOre',
    ],
    additionalProperties: false,
  },
  RoleRef: {
    type: 'object',
    properties: { id: { type: 'string' }, name: { type: 'string' }, builtInKey: { type: ['string', 'null'] } },
    required: ['id', 'name', 'builtInKey'],
    additionalProperties: false,
  },
  SaveQuoteDraftRequest: {
    type: 'object',
    properties: {
      lines: { type: 'array', items: { $ref: '#/components/schemas/QuoteDraftLineInput' } },
      validUntil: { type: ['string', 'null'], description: 'ISO date-time; defaults to 30 days after publishing.' },
      message: { type: ['string', 'null'] },
    },
    required: ['lines'],
    additionalProperties: false,
    description: 'Replaces the whole draft: lines not listed are removed, new SKUs are added.',
  },
  ServiceClassification: { type: 'string', enum: ['covered', 'third_party_fault', 'user_error'] },
  ServiceSettings: {
    type: 'object',
    properties: { unitPriceOre: { type: 'number', description: 'Excl. VAT, per started 15-minute unit.' } },
    required: ['unitPriceOre'],
    additionalProperties: false,
    description: '`GET PUT /api/staff/service-settings` (shop admin writes): the price of one started 15 minutes.',
  },
  Shipment: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'number', description: 'Per order, from 1: "shipment 2 of order 100123".' },
      carrier: { $ref: '#/components/schemas/Carrier' },
      trackingNumber: { type: 'string' },
      trackingUrl: {
        type: 'string',
        description: "The carrier's page for this tracking number, from the carrier's URL template.",
      },
      shippedAt: { type: 'string' },
      deliveredAt: { type: ['string', 'null'] },
      lines: { type: 'array', items: { $ref: '#/components/schemas/ShipmentLine' } },
      invoice: {
        anyOf: [
          {
            type: 'object',
            properties: { id: { type: 'string' }, number: { type: 'number' } },
            required: ['id', 'number'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
      },
      replacementFor: {
        anyOf: [
          {
            type: 'object',
            properties: { claimId: { type: 'string' }, kind: { type: 'string', enum: ['warranty', 'damage'] } },
            required: ['claimId', 'kind'],
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description: 'A replacement sent at no charge for a warranty or damage claim (no invoice): which claim.',
      },
    },
    required: [
      'id',
      'number',
      'carrier',
      'trackingNumber',
      'trackingUrl',
      'shippedAt',
      'deliveredAt',
      'lines',
      'invoice',
    ],
    additionalProperties: false,
    description: 'How a shipment reaches the order page and the desk.',
  },
  ShipmentLine: {
    type: 'object',
    properties: {
      orderLineId: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      quantity: { type: 'number' },
    },
    required: ['orderLineId', 'sku', 'name', 'quantity'],
    additionalProperties: false,
  },
  ShippingCharges: {
    type: 'object',
    properties: {
      standardFeeOre: { type: 'number' },
      expressSurchargeOre: { type: 'number' },
      bulkySurchargeOre: { type: 'number' },
      totalOre: { type: 'number' },
      freeStandardShipping: { type: 'boolean' },
    },
    required: ['standardFeeOre', 'expressSurchargeOre', 'bulkySurchargeOre', 'totalOre', 'freeStandardShipping'],
    additionalProperties: false,
    description: 'Amounts excl. VAT in øre; parcel shops are never offered to business customers.',
  },
  ShippingMethod: { type: 'string', enum: ['standard', 'express'] },
  ShippingOption: {
    type: 'object',
    properties: {
      method: { $ref: '#/components/schemas/ShippingMethod' },
      charges: { $ref: '#/components/schemas/ShippingCharges' },
      expectedDispatchDate: { type: 'string' },
      earliestDeliveryDate: { type: 'string' },
      latestDeliveryDate: { type: 'string' },
    },
    required: ['method', 'charges', 'expectedDispatchDate', 'earliestDeliveryDate', 'latestDeliveryDate'],
    additionalProperties: false,
    description: 'One way to ship, priced for the current cart and dated from now.',
  },
  ShippingOptionsResponse: {
    type: 'object',
    properties: {
      deliveryAddressId: { type: 'string' },
      options: { type: 'array', items: { $ref: '#/components/schemas/ShippingOption' } },
      freeShippingThresholdOre: { type: 'number' },
    },
    required: ['deliveryAddressId', 'options', 'freeShippingThresholdOre'],
    additionalProperties: false,
  },
  StaffCasePage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/CaseSummary' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
      counts: {
        type: 'object',
        properties: {
          open: { type: 'number' },
          waitingForCustomer: { type: 'number' },
          overdue: { type: 'number' },
          unassigned: { type: 'number' },
        },
        required: ['open', 'waitingForCustomer', 'overdue', 'unassigned'],
        additionalProperties: false,
      },
    },
    required: ['counts', 'items', 'page', 'pageSize', 'total'],
    additionalProperties: false,
    description:
      "`GET /api/staff/cases?status=&overdue=&category=&assignee=me|none|<id>&page=&pageSize=`: active cases (open, waiting) unless `status` says otherwise, sorted by due time (answered cases after, by last message); counts over the whole desk's active cases.",
  },
  StaffCategoryNode: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      slug: { type: 'string' },
      name: { type: 'string' },
      nameEn: { type: 'string' },
      parentId: { type: ['string', 'null'] },
      position: { type: 'number', description: '0-based place among its siblings.' },
      productCount: {
        type: 'number',
        description: 'Products (active and end-of-life) directly in this category, not below it.',
      },
      children: { type: 'array', items: { $ref: '#/components/schemas/StaffCategoryNode' } },
    },
    required: ['children', 'id', 'name', 'nameEn', 'parentId', 'position', 'productCount', 'slug'],
    additionalProperties: false,
    description: 'A node of `GET /api/staff/categories` (the whole tree, siblings in `position` order).',
  },
  StaffCompany: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      organisationNumber: { type: 'string' },
      customerType: { $ref: '#/components/schemas/CustomerType' },
      status: { $ref: '#/components/schemas/CompanyStatus' },
      tier: { $ref: '#/components/schemas/LoyaltyTier' },
      contactEmail: { type: ['string', 'null'] },
      phone: { type: 'string' },
      createdAt: { type: 'string' },
      verifiedAt: { type: ['string', 'null'] },
      deletionRequestedAt: { type: ['string', 'null'] },
      erasedAt: { type: ['string', 'null'] },
      userCount: { type: 'number' },
    },
    required: [
      'contactEmail',
      'createdAt',
      'customerType',
      'deletionRequestedAt',
      'erasedAt',
      'id',
      'name',
      'organisationNumber',
      'phone',
      'status',
      'tier',
      'userCount',
      'verifiedAt',
    ],
    additionalProperties: false,
  },
  StaffCompanyPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/StaffCompany' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
  },
  StaffCompanyQuery: {
    type: 'object',
    properties: {
      q: { type: 'string' },
      status: { $ref: '#/components/schemas/CompanyStatus' },
      tier: { $ref: '#/components/schemas/LoyaltyTier' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    additionalProperties: false,
    description: '`GET /api/staff/companies` query.',
  },
  StaffProduct: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      sku: {
        type: 'string',
        description: 'Fixed once created: carts, lists, quotes and imports know the product by it.',
      },
      name: { type: 'string' },
      description: { type: 'string' },
      keywords: { type: 'array', items: { type: 'string' } },
      category: { $ref: '#/components/schemas/CategoryRef' },
      brand: { type: 'string' },
      listPriceOre: { type: 'number', description: 'Integer øre excl. VAT, ≥ 0.' },
      lighting: { $ref: '#/components/schemas/LightingData' },
      stockStatus: { $ref: '#/components/schemas/StockStatus' },
      stockDate: {
        type: ['string', 'null'],
        description: 'YYYY-MM-DD, set exactly when `stockStatus` is `supplier_date_confirmed`.',
      },
      bulky: { type: 'boolean' },
      netPriced: { type: 'boolean' },
      lifecycle: { $ref: '#/components/schemas/ProductLifecycle' },
      replacementSku: {
        type: ['string', 'null'],
        description: 'Only on an end-of-life product; must be an active product.',
      },
      image: { anyOf: [{ $ref: '#/components/schemas/ProductImage' }, { type: 'null' }] },
      datasheetUrl: { type: ['string', 'null'] },
      version: {
        type: 'number',
        description: 'Goes up by one with every change; send it back in a PATCH to refuse a stale edit.',
      },
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
    },
    required: [
      'id',
      'sku',
      'name',
      'description',
      'keywords',
      'category',
      'brand',
      'listPriceOre',
      'lighting',
      'stockStatus',
      'stockDate',
      'bulky',
      'netPriced',
      'lifecycle',
      'replacementSku',
      'image',
      'datasheetUrl',
      'version',
      'createdAt',
      'updatedAt',
    ],
    additionalProperties: false,
    description: 'A product as the back office edits it: every field of §3, nothing priced for a tier.',
  },
  StaffProductPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/StaffProduct' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
  },
  StaffProductQuery: {
    type: 'object',
    properties: {
      q: { type: 'string', description: 'SKU (exact or prefix), name, brand or keywords.' },
      category: { type: 'string', description: 'Category slug; includes its sub-categories.' },
      lifecycle: { $ref: '#/components/schemas/ProductLifecycle' },
      stockStatus: { $ref: '#/components/schemas/StockStatus' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    additionalProperties: false,
    description: '`GET /api/staff/products`.',
  },
  StaffQueueQuote: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'string', description: 'Human reference, e.g. `Q-000123`.' },
      status: { $ref: '#/components/schemas/QuoteStatus' },
      projectListId: { type: ['string', 'null'] },
      projectListName: { type: 'string' },
      requestedBy: { $ref: '#/components/schemas/PersonRef' },
      requestedAt: { type: 'string' },
      dueAt: {
        type: 'string',
        description: "When the consultant's next answer is due (24 h after the request or the last customer comment).",
      },
      timeLeftMs: {
        type: 'number',
        description: 'Milliseconds to `dueAt` when the answer was computed; negative when overdue.',
      },
      overdue: { type: 'boolean' },
      claimedBy: { anyOf: [{ $ref: '#/components/schemas/PersonRef' }, { type: 'null' }] },
      currentRevision: {
        type: 'number',
        description: 'Number of the newest published revision; 0 before the first answer.',
      },
      validUntil: { type: ['string', 'null'] },
      totalOre: {
        type: ['number', 'null'],
        description: 'Total of the newest revision excl. VAT, null before the first answer.',
      },
      lineCount: { type: 'number' },
      acceptedRevision: { type: ['number', 'null'] },
      company: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          tier: { $ref: '#/components/schemas/LoyaltyTier' },
        },
        required: ['id', 'name', 'tier'],
        additionalProperties: false,
      },
      valueOre: {
        type: 'number',
        description:
          "The working draft's lines at their offered prices (given price, discount off list, or tier price), excl. VAT.",
      },
      newCustomerComments: {
        type: 'number',
        description:
          'Customer comments since the desk last answered (a consultant comment or a published revision, by any consultant): the customer is waiting on the desk. 0 when the desk has the last word.',
      },
    },
    required: [
      'acceptedRevision',
      'claimedBy',
      'company',
      'currentRevision',
      'dueAt',
      'id',
      'lineCount',
      'newCustomerComments',
      'number',
      'overdue',
      'projectListId',
      'projectListName',
      'requestedAt',
      'requestedBy',
      'status',
      'timeLeftMs',
      'totalOre',
      'validUntil',
      'valueOre',
    ],
    additionalProperties: false,
    description:
      "A row of the consultant's queue (`GET /api/staff/quotes`): what the quote is worth, and who is waiting.",
  },
  StaffQuoteDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'string', description: 'Human reference, e.g. `Q-000123`.' },
      status: { $ref: '#/components/schemas/QuoteStatus' },
      projectListId: { type: ['string', 'null'] },
      projectListName: { type: 'string' },
      requestedBy: { $ref: '#/components/schemas/PersonRef' },
      requestedAt: { type: 'string' },
      dueAt: {
        type: 'string',
        description: "When the consultant's next answer is due (24 h after the request or the last customer comment).",
      },
      timeLeftMs: {
        type: 'number',
        description: 'Milliseconds to `dueAt` when the answer was computed; negative when overdue.',
      },
      overdue: { type: 'boolean' },
      claimedBy: { anyOf: [{ $ref: '#/components/schemas/PersonRef' }, { type: 'null' }] },
      currentRevision: {
        type: 'number',
        description: 'Number of the newest published revision; 0 before the first answer.',
      },
      validUntil: { type: ['string', 'null'] },
      totalOre: {
        type: ['number', 'null'],
        description: 'Total of the newest revision excl. VAT, null before the first answer.',
      },
      lineCount: { type: 'number' },
      acceptedRevision: { type: ['number', 'null'] },
      message: { type: ['string', 'null'] },
      requestedLines: {
        type: 'array',
        items: { $ref: '#/components/schemas/QuoteLineView' },
        description: 'The project list as it was when the quote was requested, at the tier prices of that moment.',
      },
      revisions: {
        type: 'array',
        items: { $ref: '#/components/schemas/QuoteRevisionView' },
        description: 'Oldest first; each one frozen when it was published.',
      },
      comments: {
        type: 'array',
        items: { $ref: '#/components/schemas/QuoteCommentView' },
        description: 'In time order.',
      },
      company: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          tier: { $ref: '#/components/schemas/LoyaltyTier' },
        },
        required: ['id', 'name', 'tier'],
        additionalProperties: false,
      },
      draft: { $ref: '#/components/schemas/QuoteDraftView' },
    },
    required: [
      'acceptedRevision',
      'claimedBy',
      'comments',
      'company',
      'currentRevision',
      'draft',
      'dueAt',
      'id',
      'lineCount',
      'message',
      'number',
      'overdue',
      'projectListId',
      'projectListName',
      'requestedAt',
      'requestedBy',
      'requestedLines',
      'revisions',
      'status',
      'timeLeftMs',
      'totalOre',
      'validUntil',
    ],
    additionalProperties: false,
  },
  StaffQuoteQuery: {
    type: 'object',
    properties: {
      status: {
        anyOf: [
          { $ref: '#/components/schemas/QuoteStatus' },
          { type: 'string', const: 'open' },
          { type: 'string', const: 'all' },
        ],
        description: 'One status, or `open` (requested, in progress, revision requested: the default).',
      },
      overdue: { type: 'string', enum: ['true', 'false'] },
    },
    additionalProperties: false,
  },
  StaffQuoteSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'string', description: 'Human reference, e.g. `Q-000123`.' },
      status: { $ref: '#/components/schemas/QuoteStatus' },
      projectListId: { type: ['string', 'null'] },
      projectListName: { type: 'string' },
      requestedBy: { $ref: '#/components/schemas/PersonRef' },
      requestedAt: { type: 'string' },
      dueAt: {
        type: 'string',
        description: "When the consultant's next answer is due (24 h after the request or the last customer comment).",
      },
      timeLeftMs: {
        type: 'number',
        description: 'Milliseconds to `dueAt` when the answer was computed; negative when overdue.',
      },
      overdue: { type: 'boolean' },
      claimedBy: { anyOf: [{ $ref: '#/components/schemas/PersonRef' }, { type: 'null' }] },
      currentRevision: {
        type: 'number',
        description: 'Number of the newest published revision; 0 before the first answer.',
      },
      validUntil: { type: ['string', 'null'] },
      totalOre: {
        type: ['number', 'null'],
        description: 'Total of the newest revision excl. VAT, null before the first answer.',
      },
      lineCount: { type: 'number' },
      acceptedRevision: { type: ['number', 'null'] },
      company: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          tier: { $ref: '#/components/schemas/LoyaltyTier' },
        },
        required: ['id', 'name', 'tier'],
        additionalProperties: false,
      },
    },
    required: [
      'acceptedRevision',
      'claimedBy',
      'company',
      'currentRevision',
      'dueAt',
      'id',
      'lineCount',
      'number',
      'overdue',
      'projectListId',
      'projectListName',
      'requestedAt',
      'requestedBy',
      'status',
      'timeLeftMs',
      'totalOre',
      'validUntil',
    ],
    additionalProperties: false,
    description: "The consultant's queue row: which company, and the clock.",
  },
  StaffReplyRequest: {
    type: 'object',
    properties: { body: { type: 'string' }, waitForCustomer: { type: 'boolean' } },
    required: ['body'],
    additionalProperties: false,
    description:
      'Staff: `POST /api/staff/cases/:id/reply` (JSON, or multipart with `files`) records the first answer and sets `waiting_for_customer` when asked to.',
  },
  StaffRole: { type: 'string', enum: ['consultant', 'shop_admin'] },
  StaffUser: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      staffRole: { $ref: '#/components/schemas/StaffRole' },
      invitationPending: { type: 'boolean' },
    },
    required: ['id', 'name', 'email', 'staffRole', 'invitationPending'],
    additionalProperties: false,
  },
  StockFeedResult: {
    type: 'object',
    properties: { lines: { type: 'number' }, changed: { type: 'number' }, unchanged: { type: 'number' } },
    required: ['lines', 'changed', 'unchanged'],
    additionalProperties: false,
    description:
      'Touches only stock status and date. All or nothing: any refused line (unknown SKU, bad status or date) answers 422 `import_has_refusals` with the lines in `details.refused`.',
  },
  StockStatus: {
    type: 'string',
    enum: [
      'in_stock',
      'supplier_date_confirmed',
      'supplier_date_unconfirmed',
      'order_from_supplier',
      'remote_warehouse',
      'shipped_from_supplier',
      'unconfirmed',
    ],
  },
  TierDiscounts: {
    type: 'object',
    properties: { silver: { type: 'number' }, gold: { type: 'number' }, platinum: { type: 'number' } },
    required: ['silver', 'gold', 'platinum'],
    additionalProperties: false,
  },
  TimeEntry: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      minutes: { type: 'number' },
      note: { type: ['string', 'null'] },
      loggedAt: { type: 'string' },
      loggedBy: { type: 'string' },
    },
    required: ['id', 'minutes', 'note', 'loggedAt', 'loggedBy'],
    additionalProperties: false,
  },
  TokenPair: {
    type: 'object',
    properties: {
      accessToken: { type: 'string' },
      expiresIn: { type: 'number', description: 'Seconds until the access token expires.' },
      refreshToken: { type: 'string' },
    },
    required: ['accessToken', 'expiresIn', 'refreshToken'],
    additionalProperties: false,
    description: 'Issued on login, registration and refresh.',
  },
  UpdateAddressRequest: {
    type: 'object',
    properties: {
      label: { type: 'string' },
      line1: { type: 'string' },
      line2: { type: 'string' },
      postalCode: { type: 'string' },
      city: { type: 'string' },
      country: { $ref: '#/components/schemas/DeliveryCountry' },
      isDefault: { type: 'boolean' },
      recipientName: { type: ['string', 'null'], description: '`null` clears them.' },
      recipientPhone: { type: ['string', 'null'] },
    },
    additionalProperties: false,
  },
  UpdateApprovalRuleRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      appliesToRoleIds: { type: 'array', items: { type: 'string' } },
      aboveNetOre: { type: ['number', 'null'] },
      approverRoleId: { type: ['string', 'null'] },
      approverUserIds: { type: 'array', items: { type: 'string' } },
    },
    additionalProperties: false,
    description: '`PATCH /api/company/approval-rules/:id`: any of the fields.',
  },
  UpdateBudgetRequest: {
    type: 'object',
    properties: {
      amountOre: { type: 'number' },
      overBudget: { $ref: '#/components/schemas/OverBudgetAction' },
      active: { type: 'boolean' },
    },
    additionalProperties: false,
    description: '`PATCH /api/company/budgets/:id`: the amount, the action, or switching it off.',
  },
  UpdateCartItemRequest: {
    type: 'object',
    properties: { quantity: { type: 'number' } },
    required: ['quantity'],
    additionalProperties: false,
  },
  UpdateCategoryRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      nameEn: { type: 'string' },
      parentId: { type: ['string', 'null'] },
      position: { type: 'number' },
    },
    additionalProperties: false,
    description:
      '`PATCH /api/staff/categories/:id`: rename (nb + en), move (`parentId`; null for the root; never under itself: `category_cycle`), reorder (`position` among the new siblings).',
  },
  UpdateCompanyRequest: {
    type: 'object',
    properties: { name: { type: 'string' }, contactEmail: { type: 'string' }, phone: { type: 'string' } },
    additionalProperties: false,
    description: "`PATCH /api/company`: only these fields; tier, status and the rest are not the customer's.",
  },
  UpdateCompanyUserRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      phone: { type: 'string' },
      roleIds: { type: 'array', items: { type: 'string' } },
      active: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  UpdateMeRequest: {
    type: 'object',
    properties: { language: { $ref: '#/components/schemas/UserLanguage' } },
    required: ['language'],
    additionalProperties: false,
    description: "`PATCH /api/me`: the caller's own settings.",
  },
  UpdateProductRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      description: { type: 'string' },
      keywords: { type: 'array', items: { type: 'string' } },
      categoryId: { type: 'string' },
      brand: { type: 'string' },
      listPriceOre: { type: 'number' },
      lighting: { $ref: '#/components/schemas/LightingDataInput' },
      stockStatus: { $ref: '#/components/schemas/StockStatus' },
      stockDate: { type: ['string', 'null'] },
      bulky: { type: 'boolean' },
      netPriced: { type: 'boolean' },
      lifecycle: { $ref: '#/components/schemas/ProductLifecycle' },
      replacementSku: { type: ['string', 'null'] },
      version: { type: 'number' },
    },
    additionalProperties: false,
    description:
      '`PATCH /api/staff/products/:id`: only the fields sent change (`lighting` field by field). With `version`, an edit made on a stale copy answers 409 `conflict`; without it the last write wins — and both writes are audited, each with the state it replaced.',
  },
  UpdateProjectListItemRequest: {
    type: 'object',
    properties: { quantity: { type: 'number' }, note: { type: ['string', 'null'] } },
    additionalProperties: false,
  },
  UpdateProjectListRequest: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      projectReference: { type: ['string', 'null'] },
      description: { type: ['string', 'null'] },
    },
    additionalProperties: false,
  },
  UpdateRoleRequest: {
    type: 'object',
    properties: { name: { type: 'string' }, permissions: { type: 'array', items: { type: 'string' } } },
    additionalProperties: false,
  },
  UpdateTierDiscountsRequest: {
    type: 'object',
    properties: { silver: { type: 'number' }, gold: { type: 'number' }, platinum: { type: 'number' } },
    required: ['silver', 'gold', 'platinum'],
    additionalProperties: false,
  },
  UserLanguage: { type: 'string', enum: ['nb', 'en', 'fr'] },
};
