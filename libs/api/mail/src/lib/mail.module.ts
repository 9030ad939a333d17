import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentRenderers } from './attachment-renderers';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxService } from './outbox.service';
import { OutboxWorker } from './outbox.worker';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  providers: [AttachmentRenderers, OutboxService, OutboxWorker],
  exports: [AttachmentRenderers, OutboxService, OutboxWorker],
})
export class MailModule {}
