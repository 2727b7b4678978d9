import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../../infrastructure/mail/mail.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AccountMailer } from './account-mailer.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { PasswordHasher } from './password-hasher';
import { PasswordReset } from './password-reset.entity';
import { PeopleRepository } from './people.repository';
import { RequestAuthGuard } from './request-auth.guard';
import { Session } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SignInThrottleRepository } from './sign-in-throttle.repository';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** People: accounts, memberships, invitations, sign-in and sessions; and the global request guard. */
@Module({
  imports: [TypeOrmModule.forFeature([User, Membership, Invitation, PasswordReset, Session]), WorkspacesModule, MailModule],
  controllers: [AuthController, UsersController],
  providers: [
    PeopleRepository,
    SessionsRepository,
    SignInThrottleRepository,
    PasswordHasher,
    AccountMailer,
    SessionsService,
    AuthService,
    UsersService,
    RequestAuthGuard,
  ],
  exports: [RequestAuthGuard, UsersService, AuthService, PasswordHasher, PeopleRepository],
})
export class PeopleModule {}
