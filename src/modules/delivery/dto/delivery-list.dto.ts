import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { Channel, DeliveryReason, DeliveryStatus } from '../../../common/enums';
import { PageMetaDto } from '../../../common/pagination/cursor';

export class ListDeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DeliveryStatus, example: DeliveryStatus.Skipped })
  @IsOptional()
  @IsEnum(DeliveryStatus)
  status?: DeliveryStatus;

  @ApiPropertyOptional({ enum: DeliveryReason, example: DeliveryReason.FrequencyCap })
  @IsOptional()
  @IsEnum(DeliveryReason)
  reason?: DeliveryReason;

  @ApiPropertyOptional({ enum: Channel, example: Channel.Email })
  @IsOptional()
  @IsEnum(Channel)
  channel?: Channel;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  stepId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  learnerId?: string;
}

export class DeliveryLearnerDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'E10042' })
  externalId: string;

  @ApiProperty({ example: 'lea.dubois@acme.example' })
  email: string;
}

export class DeliveryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  stepId: string;

  @ApiProperty({ example: 'Invitation' })
  stepName: string;

  @ApiProperty({ type: DeliveryLearnerDto, nullable: true, description: 'Null for network posts, and once the learner is erased' })
  learner: DeliveryLearnerDto | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The network channel of a post' })
  networkChannelId: string | null;

  @ApiProperty({ enum: Channel, example: Channel.Email })
  channel: Channel;

  @ApiProperty({ enum: DeliveryStatus, example: DeliveryStatus.Sent })
  status: DeliveryStatus;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'Why it was skipped or failed (see DeliveryReason)' })
  reason: string | null;

  @ApiProperty({ example: 1 })
  attempts: number;

  @ApiProperty({ nullable: true, type: String, example: null })
  lastError: string | null;

  @ApiProperty({ example: '2026-03-18T08:00:00.000Z' })
  scheduledAt: Date;

  @ApiProperty({ nullable: true, type: Date })
  sentAt: Date | null;

  @ApiProperty({ nullable: true, type: String, example: 'A' })
  variant: string | null;

  @ApiProperty({ nullable: true, type: String, example: '<d-5f2c…@clarion.acme.example>' })
  messageId: string | null;
}

export class DeliveryPageDto extends PageMetaDto {
  @ApiProperty({ type: [DeliveryDto] })
  items: DeliveryDto[];
}

export class DeliveryCountDto {
  @ApiProperty({ enum: DeliveryStatus, example: DeliveryStatus.Skipped })
  status: DeliveryStatus;

  @ApiProperty({ nullable: true, type: String, example: 'unsubscribed' })
  reason: string | null;

  @ApiProperty({ example: 12 })
  count: number;
}

export class StepDeliverySummaryDto {
  @ApiProperty({ format: 'uuid' })
  stepId: string;

  @ApiProperty({ example: 'Invitation' })
  name: string;

  @ApiProperty({ example: 0 })
  position: number;

  @ApiProperty({ example: 1200 })
  total: number;

  @ApiProperty({ type: [DeliveryCountDto] })
  counts: DeliveryCountDto[];
}

export class DeliverySummaryDto {
  @ApiProperty({ example: 3600 })
  total: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { pending: 2400, sent: 1150, skipped: 50 }, description: 'Deliveries by status, over all steps' })
  byStatus: Record<string, number>;

  @ApiProperty({ type: [StepDeliverySummaryDto], description: 'Every step of the plan, in order, with its counts by status and reason' })
  steps: StepDeliverySummaryDto[];
}
