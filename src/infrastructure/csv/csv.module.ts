import { Module } from '@nestjs/common';
import { CsvUploadReader } from './csv-upload';

/** CSV uploads, for the modules that import files (one reader, so shutdown ends every upload). */
@Module({ providers: [CsvUploadReader], exports: [CsvUploadReader] })
export class CsvModule {}
