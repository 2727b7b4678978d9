import { Module } from '@nestjs/common';
import { BlackoutDatesController } from './blackout-dates.controller';
import { BlackoutDatesService } from './blackout-dates.service';
import { BlackoutDatesStoreModule } from './blackout-dates-store.module';
import { CalendarController } from './calendar.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';

@Module({
  imports: [BlackoutDatesStoreModule],
  controllers: [CalendarController, BlackoutDatesController],
  providers: [CalendarRepository, CalendarService, BlackoutDatesService],
})
export class CalendarModule {}
