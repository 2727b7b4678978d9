import { Module } from '@nestjs/common';
import { BlackoutDatesRepository } from './blackout-dates.repository';

/** The blackouts as the send path reads them: planning, the dry run and the sender import this alone. */
@Module({
  providers: [BlackoutDatesRepository],
  exports: [BlackoutDatesRepository],
})
export class BlackoutDatesStoreModule {}
