import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { AmbassadorLinks } from './ambassador-links.service';
import { AmbassadorPageTokens } from './ambassador-page-token';
import { AmbassadorsRepository } from './ambassadors.repository';

/**
 * Issuing ambassador page links and short links: what the worker needs when it composes talking
 * points, apart from the public pages and their controllers (AmbassadorsModule, api only).
 */
@Module({
  providers: [
    { provide: AmbassadorPageTokens, inject: [AppConfig], useFactory: (config: AppConfig) => new AmbassadorPageTokens(config.appSecret) },
    AmbassadorsRepository,
    AmbassadorLinks,
  ],
  exports: [AmbassadorPageTokens, AmbassadorsRepository, AmbassadorLinks],
})
export class AmbassadorLinksModule {}
