import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import { AuthService, INVITATION_TTL_MS } from '@lumen/api/auth';
import { OutboxService } from '@lumen/api/mail';
import type { EntityManager } from 'typeorm';

export interface Invitee {
  id: string;
  name: string;
  email: string;
}

/**
 * Issues a single-use invitation token and writes the e-mail with its link into the outbox. A
 * new invitation retires the links sent before, so only the newest e-mail works.
 */
@Injectable()
export class InvitationMailer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
  ) {}

  async invite(
    manager: EntityManager,
    invitee: Invitee,
    invitedTo: string,
  ): Promise<void> {
    await this.auth.retireUserTokens(manager, invitee.id, 'invitation');
    const token = await this.auth.issueUserToken(
      manager,
      invitee.id,
      'invitation',
      INVITATION_TTL_MS,
    );
    const link = `${this.config.publicUrl}/accept-invitation?token=${encodeURIComponent(token)}`;
    const days = INVITATION_TTL_MS / 86_400_000;
    await this.outbox.enqueue(manager, {
      kind: 'invitation',
      to: invitee.email,
      subject: `Invitation to ${invitedTo} on Lumen Trade / Invitasjon til Lumen Trade`,
      body:
        `Hello ${invitee.name},\n\nYou have been given an account for ${invitedTo} on Lumen Trade. ` +
        `Set your password with this link; it works once and for ${days} days:\n\n${link}\n\n` +
        `Hei ${invitee.name},\n\nDu har fått en konto for ${invitedTo} i Lumen Trade. ` +
        `Velg passord med lenken over; den virker én gang, i ${days} dager.`,
    });
  }
}
