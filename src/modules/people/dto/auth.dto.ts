import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Role } from '../../../common/enums';
import { IsPlainEmail } from '../../../common/validation/plain-email';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-rules';
import { USER_LOCALES, type UserLocale } from '../user.entity';
import { IsNewPassword } from './password.validator';

export class SignInDto {
  @ApiProperty({ example: 'dlm@acme.example' })
  @IsPlainEmail()
  email: string;

  @ApiProperty({ example: 'correct horse battery staple', format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'dlm@acme.example' })
  email: string;

  @ApiProperty({ example: 'Camille Durand' })
  name: string;

  @ApiProperty({ enum: USER_LOCALES, nullable: true, example: 'fr', description: "The person's chosen language; null while they never chose one (the console follows the browser)" })
  locale: UserLocale | null;
}

export class SessionWorkspaceDto {
  @ApiProperty({ format: 'uuid', description: 'Send it as X-Clarion-Workspace to act in this workspace' })
  id: string;

  @ApiProperty({ example: 'Acme Learning' })
  name: string;

  @ApiProperty({ example: 'acme-learning' })
  slug: string;

  @ApiProperty({ enum: Role, example: Role.Planner })
  role: Role;
}

export class AuthSessionDto {
  @ApiProperty({ type: SessionUserDto })
  user: SessionUserDto;

  @ApiProperty({ type: [SessionWorkspaceDto], description: 'The workspaces the person is a member of, with their role in each' })
  workspaces: SessionWorkspaceDto[];

  @ApiProperty({ example: 'b2l0Q3NyZlRva2VuRXhhbXBsZVZhbHVlMTIzNDU2Nzg5', description: 'Send it as X-CSRF-Token on every write made with the session cookie' })
  csrfToken: string;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Camille Durand' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: USER_LOCALES, example: 'fr' })
  @IsOptional()
  @IsIn(USER_LOCALES, { message: `locale must be one of ${USER_LOCALES.join(', ')}` })
  locale?: UserLocale;

  @ApiPropertyOptional({ format: 'password', description: 'Required with newPassword' })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword?: string;

  @ApiPropertyOptional({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'Ends your other sessions' })
  @IsOptional()
  @IsNewPassword()
  newPassword?: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'dlm@acme.example' })
  @IsPlainEmail()
  email: string;
}

export class PasswordResetRequestedDto {
  @ApiProperty({ example: 'If an account uses this address, a reset link is on its way; it is valid for one hour.' })
  message: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token of the reset link', example: 'Jx3v…' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, example: 'a long passphrase of mine' })
  @IsNewPassword()
  password: string;
}

export class InvitationWorkspaceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Acme Learning' })
  name: string;
}

export class InvitationDto {
  @ApiProperty({ example: 'new.planner@acme.example' })
  email: string;

  @ApiProperty({ type: InvitationWorkspaceDto })
  workspace: InvitationWorkspaceDto;

  @ApiProperty({ enum: Role, example: Role.Planner })
  role: Role;

  @ApiProperty({ example: 'Camille Durand', description: 'Who invited: a person; else the name of the API key used; else (the command line) the workspace' })
  invitedBy: string;

  @ApiProperty({ example: '2030-05-14T09:00:00.000Z' })
  expiresAt: Date;

  @ApiProperty({ description: 'True: accept with the existing account\'s password; false: choose a name and a password', example: false })
  accountExists: boolean;

  @ApiProperty({ nullable: true, type: String, description: 'The name suggested by whoever invited, to prefill a new account', example: 'Alex Martin' })
  suggestedName: string | null;

  @ApiProperty({
    enum: USER_LOCALES,
    example: 'fr',
    description: "The invitation's language, that of its email: an existing account's, else the one chosen when inviting, else the workspace's default. A new account gets it unless changed.",
  })
  locale: UserLocale;
}

export class AcceptInvitationDto {
  @ApiPropertyOptional({ example: 'Alex Martin', description: 'Required for a new account (unless the invitation suggests one); ignored for an existing one' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiProperty({ format: 'password', example: 'a long passphrase of mine', description: 'A new account\'s password (10 to 200 characters), or the existing account\'s' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
