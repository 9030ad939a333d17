import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import { AuthService, INVITATION_TTL_MS } from '@lumen/api/auth';
import { type MailRecipient, type MailTexts, mailTo, OutboxService } from '@lumen/api/mail';
import type { EntityManager } from 'typeorm';

export interface Invitee {
  id: string;
  name: string;
  email: string;
}

/**
 * Issues a single-use invitation token and writes the e-mail with its link into the outbox, in
 * the invitee's language (the account's, `nb` until they choose in the portal). A new invitation
 * retires the links sent before, so only the newest e-mail works.
 */
@Injectable()
export class InvitationMailer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
  ) {}

  async invite(manager: EntityManager, invitee: Invitee, invitedTo: string): Promise<void> {
    await this.auth.retireUserTokens(manager, invitee.id, 'invitation');
    const token = await this.auth.issueUserToken(manager, invitee.id, 'invitation', INVITATION_TTL_MS);
    const link = `${this.config.publicUrl}/accept-invitation?token=${encodeURIComponent(token)}`;
    const [{ language }]: Pick<MailRecipient, 'language'>[] = await manager.query(
      `SELECT language FROM users WHERE id = $1`,
      [invitee.id],
    );
    await this.outbox.enqueue(
      manager,
      mailTo({ email: invitee.email, language }, 'invitation', invitationTexts(invitee.name, invitedTo, link)),
    );
  }
}

/** The invitation's words; the link works once, for INVITATION_TTL_MS. */
function invitationTexts(name: string, invitedTo: string, link: string): MailTexts {
  const days = INVITATION_TTL_MS / 86_400_000;
  return {
    nb: {
      subject: `Invitasjon til ${invitedTo} i Lumen Trade`,
      body:
        `Hei ${name},\n\nDu har fått en konto for ${invitedTo} i Lumen Trade. ` +
        `Velg passord med denne lenken; den virker én gang, i ${days} dager:\n\n${link}`,
    },
    en: {
      subject: `Invitation to ${invitedTo} on Lumen Trade`,
      body:
        `Hello ${name},\n\nYou have been given an account for ${invitedTo} on Lumen Trade. ` +
        `Set your password with this link; it works once and for ${days} days:\n\n${link}`,
    },
    fr: {
      subject: `Invitation à rejoindre ${invitedTo} sur Lumen Trade`,
      body:
        `Bonjour ${name},\n\nUn compte a été créé pour vous chez ${invitedTo} sur Lumen Trade. ` +
        `Choisissez votre mot de passe avec ce lien ; il fonctionne une seule fois, pendant ${days} jours :\n\n${link}`,
    },
  };
}
