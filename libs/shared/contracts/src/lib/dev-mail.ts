/**
 * `GET /api/dev/mail`: the outbox as a newcomer reads it in development (never in production),
 * newest first. Staff only.
 */
export interface DevMailSummary {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  createdAt: string;
  /** Null while the outbox has not delivered it. */
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  attachments: string[];
}

export interface DevMailPage {
  items: DevMailSummary[];
  /** Every message in the outbox; the page shows the newest 100. */
  total: number;
}

/** `GET /api/dev/mail/:id`: one message with both of its parts, as the worker sends them. */
export interface DevMail extends DevMailSummary {
  text: string;
  html: string;
}
