// Entry point for TypeORM's own CLI (`npm run migration:generate -- migrations/<epochms>-<VerbNoun>`).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config';
import { databaseOptions } from './database-options';

export default new DataSource(databaseOptions(loadConfig()));
