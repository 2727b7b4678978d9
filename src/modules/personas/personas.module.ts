import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SegmentsModule } from '../segments/segments.module';
import { Persona } from './persona.entity';
import { PersonasController } from './personas.controller';
import { PersonasRepository } from './personas.repository';
import { PersonasService } from './personas.service';

@Module({
  imports: [TypeOrmModule.forFeature([Persona]), SegmentsModule],
  controllers: [PersonasController],
  providers: [PersonasRepository, PersonasService],
  exports: [PersonasService],
})
export class PersonasModule {}
