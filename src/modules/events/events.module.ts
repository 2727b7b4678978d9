import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Event } from './event.entity';
import { EventsRepository } from './events.repository';

/** The append-only event log: tracking, learning events and the campaign engine write through EventsRepository. */
@Module({
  imports: [TypeOrmModule.forFeature([Event])],
  providers: [EventsRepository],
  exports: [EventsRepository],
})
export class EventsModule {}
