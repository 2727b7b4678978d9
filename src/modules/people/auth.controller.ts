import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import type { Request, Response } from 'express';
import { CurrentUser, Public, UserOnly, type UserContext } from '../../common/auth/auth-context';
import { AppConfig } from '../../config/app-config';
import { AuthService, type SignedIn } from './auth.service';
import { AcceptInvitationDto, InvitationDto, PasswordResetConfirmDto, PasswordResetRequestDto, PasswordResetRequestedDto, AuthSessionDto, SessionUserDto, SignInDto, UpdateMeDto } from './dto/auth.dto';
import { claimedOrigin, originAllowed } from './csrf';
import { AuthErrors } from './people.errors';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';

/**
 * People signing in to the console. Sign-in and accepting an invitation set the `clarion_session`
 * cookie (httpOnly, SameSite=Lax); with it, writes carry `X-CSRF-Token` and workspace routes
 * name their workspace in `X-Clarion-Workspace`.
 */
@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password (public). Sets the session cookie; 5 failures per email (20 per client) in 15 minutes → 429 with Retry-After.' })
  @ApiOkResponse({ type: AuthSessionDto })
  @ApiErrors(400, {
    401: 'AUTH.INVALID_CREDENTIALS: wrong email or password',
    403: "AUTH.CSRF: posted from another site's page",
    429: 'AUTH.TOO_MANY_ATTEMPTS: too many failures for this email or client; try again after `Retry-After` seconds',
  })
  async signIn(@Body() body: SignInDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthSessionDto> {
    this.refuseForeignPages(req);
    return this.withCookie(res, await this.auth.signIn(body.email, body.password, clientIp(req)));
  }

  @Get('session')
  @UserOnly()
  @ApiOperation({ summary: 'The signed-in person, their workspaces and roles, and the CSRF token to send with writes' })
  @ApiOkResponse({ type: AuthSessionDto })
  session(@CurrentUser() user: UserContext): Promise<AuthSessionDto> {
    return this.auth.sessionView(user.userId, user.csrfToken);
  }

  @Post('sign-out')
  @UserOnly()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the session ends and the cookie is cleared' })
  @ApiNoContentResponse()
  async signOut(@CurrentUser() user: UserContext, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.signOut(user.sessionId);
    const { maxAge: _maxAge, ...options } = sessionCookieOptions(this.config.publicBaseUrl);
    res.clearCookie(SESSION_COOKIE, options);
  }

  @Patch('me')
  @UserOnly()
  @ApiOperation({ summary: 'Change your name, language or password (a new password needs the current one and ends your other sessions)' })
  @ApiOkResponse({ type: SessionUserDto })
  updateMe(@CurrentUser() user: UserContext, @Body() body: UpdateMeDto): Promise<SessionUserDto> {
    return this.auth.updateMe(user.userId, user.sessionId, body);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask for a password reset link by email (public). Always 202, whether the address has an account or not.' })
  @ApiAcceptedResponse({ type: PasswordResetRequestedDto })
  @ApiErrors(400)
  requestReset(@Body() body: PasswordResetRequestDto): PasswordResetRequestedDto {
    this.auth.requestPasswordReset(body.email);
    return { message: 'If an account uses this address, a reset link is on its way; it is valid for one hour.' };
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the token of a reset link (public; the link works once, for an hour). Ends every session of the account.' })
  @ApiNoContentResponse()
  @ApiErrors({ 400: 'Invalid input (`details` names the field), or AUTH.INVALID_RESET_TOKEN: the link is unknown, used or expired' })
  async confirmReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.auth.confirmPasswordReset(body.token, body.password);
  }

  @Get('invitations/:token')
  @Public()
  @ApiOperation({ summary: 'What an invitation link offers (public): the workspace, the role, who invited, and whether the address already has an account' })
  @ApiOkResponse({ type: InvitationDto })
  @ApiErrors({ 404: 'INVITATION.NOT_FOUND', 410: 'INVITATION.EXPIRED or INVITATION.ACCEPTED' })
  async invitation(@Param('token') token: string): Promise<InvitationDto> {
    const i = await this.auth.getInvitation(token);
    return {
      email: i.email,
      workspace: { id: i.workspaceId, name: i.workspaceName },
      role: i.role,
      invitedBy: i.invitedByName ?? i.workspaceName,
      expiresAt: i.expiresAt,
      accountExists: i.accountExists,
      suggestedName: i.name,
      locale: i.language,
    };
  }

  @Post('invitations/:token/accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an invitation (public): `{name, password}` makes a new account, `{password}` proves an existing one. Signs in (sets the session cookie).' })
  @ApiOkResponse({ type: AuthSessionDto })
  @ApiErrors(400, {
    401: "AUTH.INVALID_CREDENTIALS: not the existing account's password",
    403: "AUTH.CSRF: posted from another site's page",
    404: 'INVITATION.NOT_FOUND',
    410: 'INVITATION.EXPIRED or INVITATION.ACCEPTED',
    429: 'AUTH.TOO_MANY_ATTEMPTS (existing accounts: the password is checked like a sign-in)',
  })
  async accept(@Param('token') token: string, @Body() body: AcceptInvitationDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthSessionDto> {
    this.refuseForeignPages(req);
    return this.withCookie(res, await this.auth.acceptInvitation(token, body, clientIp(req)));
  }

  /**
   * Login CSRF: another site's page must not sign a visitor in (to an account of the attacker's
   * choosing). A browser says where its page comes from in `Origin`; scripts send none and pass.
   */
  private refuseForeignPages(req: Request): void {
    const origin = req.headers.origin;
    if (origin === undefined) return;
    const ownOrigin = req.headers.host ? `${req.protocol}://${req.headers.host}` : null;
    if (!originAllowed(claimedOrigin(origin, undefined), [this.config.publicBaseUrl, ownOrigin])) {
      throw AuthErrors.csrf(`origin ${origin} is not this console's`);
    }
  }

  private withCookie(res: Response, signedIn: SignedIn): AuthSessionDto {
    res.cookie(SESSION_COOKIE, signedIn.cookieValue, sessionCookieOptions(this.config.publicBaseUrl));
    return signedIn.view;
  }
}

/** The client's address (`trust proxy` decides which forwarded hops count). */
function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
