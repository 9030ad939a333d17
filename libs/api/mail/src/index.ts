export * from './lib/mail.module';
export * from './lib/outbox-message.entity';
export * from './lib/outbox.service';
export * from './lib/outbox.worker';
export * from './lib/attachment-renderers';
export * from './lib/mail-language';
export * from './lib/mail-layout';
export * from './lib/mail-testing';
