import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { SecretBox } from './secret-box';

/** Encryption at rest, keyed from the application secret. */
@Module({
  providers: [{ provide: SecretBox, inject: [AppConfig], useFactory: (config: AppConfig) => SecretBox.fromSecret(config.appSecret) }],
  exports: [SecretBox],
})
export class CryptoModule {}
