import { Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';

/** The email transport, built from the configuration; closed when the application stops. */
@Module({
  providers: [MailTransport],
  exports: [MailTransport],
})
export class MailModule {}
