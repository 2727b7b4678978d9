import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Role } from '../../../common/enums';
import { PageMetaDto } from '../../../common/pagination/cursor';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsPlainEmail } from '../../../common/validation/plain-email';
import { USER_LOCALES, type UserLocale } from '../user.entity';

const ROLE_MESSAGE = { message: `role must be one of ${Object.values(Role).join(', ')}` };

export class ListUsersQueryDto extends PageQueryDto {}

export class PersonDto {
  @ApiProperty({ format: 'uuid', description: 'The user id of a member, or the invitation id of a pending invitation' })
  id: string;

  @ApiProperty({ example: 'alex.martin@acme.example' })
  email: string;

  @ApiProperty({ nullable: true, type: String, example: 'Alex Martin' })
  name: string | null;

  @ApiProperty({ enum: Role, example: Role.Editor })
  role: Role;

  @ApiProperty({ enum: ['active', 'invited'], example: 'active' })
  status: 'active' | 'invited';

  @ApiProperty({ nullable: true, type: Date, description: 'When invited (a member: when they joined)' })
  invitedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  lastSignInAt: Date | null;
}

export class PeoplePageDto extends PageMetaDto {
  @ApiProperty({ type: [PersonDto] })
  items: PersonDto[];
}

export class InviteUserDto {
  @ApiProperty({ example: 'alex.martin@acme.example' })
  @IsPlainEmail()
  email: string;

  @ApiProperty({ enum: Role, example: Role.Editor })
  @IsEnum(Role, ROLE_MESSAGE)
  role: Role;

  @ApiPropertyOptional({ example: 'Alex Martin', description: 'Suggested name for a new account' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: USER_LOCALES, example: 'fr', description: 'Language of the invitation email and of a new account (default: the account\'s, else the workspace\'s)' })
  @IsOptional()
  @IsIn(USER_LOCALES, { message: `locale must be one of ${USER_LOCALES.join(', ')}` })
  locale?: UserLocale;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: Role, example: Role.Planner })
  @IsEnum(Role, ROLE_MESSAGE)
  role: Role;
}
