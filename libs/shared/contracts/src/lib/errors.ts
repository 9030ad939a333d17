/**
 * Every top-level `code` the API answers in an error body: the contract clients branch on and
 * the portal translates (`errors.<code>`). The API's `AppError` takes only these, so a new code
 * is added here, where the portal's translation test then asks for its texts. The codes inside
 * `details[]` (a field's `required`, `unknown_field`, …) are not listed: they are finer-grained
 * and open-ended.
 */
export const ERROR_CODES = [
  // Any route, by HTTP status.
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
  // The request as a whole.
  'validation_failed',
  'malformed_json',
  'malformed_body',
  'customer_only',
  // Accounts, sessions and links.
  'invalid_credentials',
  'account_deactivated',
  'too_many_login_attempts',
  'invalid_token',
  'session_expired',
  'invalid_refresh_token',
  'refresh_token_reused',
  'email_taken',
  'organisation_number_taken',
  // The company: profile, users, roles, addresses.
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
  // Catalog and pricing.
  'product_not_found',
  'tiers_out_of_order',
  // Project lists and quotes.
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
  // Quick order: a file refused whole, and lines that cannot go to the cart.
  'file_too_large',
  'too_many_lines',
  'malformed_csv',
  'csv_missing_column',
  'empty_file',
  'invalid_characters',
  'unsupported_file_type',
  'nothing_to_add',
  'lines_not_orderable',
  // Cart and checkout.
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
  // Fulfilment: the order desk, shipments, invoices and payments.
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
  // After-sales: cancellations, returns, warranty claims, damage reports.
  'cancel_exceeds_open_quantity',
  'order_not_delivered',
  'return_window_closed',
  'warranty_window_closed',
  'damage_window_closed',
  'return_exceeds_delivered',
  'after_sales_transition_not_allowed',
  'reason_required',
  // Files sent with a case, a claim or a product: checked by content, not by name.
  'file_type_not_allowed',
  'too_many_files',
  // The service desk.
  'message_too_long',
  'case_transition_not_allowed',
  'case_claimed_by_other',
  'case_not_billable',
  'nothing_to_bill',
  // Catalog back office.
  'sku_taken',
  'replacement_not_found',
  'replacement_not_active',
  'replacement_cycle',
  'category_not_found',
  'category_not_empty',
  'category_cycle',
  'import_has_refusals',
  // Purchasing controls: approval rules, budgets, approvals.
  'approval_rule_without_approvers',
  'not_an_approver',
  'approver_is_orderer',
  'approval_already_decided',
  'approval_expired',
  'budget_exceeded',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The body of every error the API answers with. `code` is stable; `message` is for people. */
export interface ApiError {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: ApiErrorDetail[] | Record<string, unknown>;
}

/** One offending field (or CSV line) in a validation error. */
export interface ApiErrorDetail {
  field?: string;
  line?: number;
  code: string;
  message: string;
}
