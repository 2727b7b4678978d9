import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKey } from './api-key.entity';
import { ApiKeyGuard } from './api-key.guard';
import { WorkspacesController } from './workspaces.controller';
import { WorkspacesRepository } from './workspaces.repository';
import { WorkspacesService } from './workspaces.service';
import { Workspace } from './workspace.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Workspace, ApiKey])],
  controllers: [WorkspacesController],
  providers: [WorkspacesRepository, WorkspacesService, ApiKeyGuard],
  exports: [WorkspacesService, ApiKeyGuard],
})
export class WorkspacesModule {}
