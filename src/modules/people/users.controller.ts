import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ChangeRoleDto, InviteUserDto, ListUsersQueryDto, PeoplePageDto, PersonDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'The people of the workspace: members and pending invitations, by email' })
  @ApiOkResponse({ type: PeoplePageDto })
  list(@Auth() auth: AuthContext, @Query() query: ListUsersQueryDto): Promise<PeoplePageDto> {
    return this.users.list(auth.workspaceId, query);
  }

  @Post()
  @ApiOperation({ summary: 'Invite someone with a role (admin): an email carries the link, valid 7 days; inviting again replaces the link' })
  @ApiCreatedResponse({ type: PersonDto })
  @ApiErrors({ 409: 'USER.ALREADY_MEMBER', 422: 'USER.EMAIL_REFUSED: the mail server refused the address' })
  async invite(@Auth() auth: AuthContext, @Body() body: InviteUserDto): Promise<PersonDto> {
    return (await this.users.invite(auth.workspaceId, body, { userId: auth.userId, apiKeyId: auth.apiKeyId })).person;
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a member's (or a pending invitation's) role (admin); the only admin member cannot be demoted, whatever admin keys remain" })
  @ApiOkResponse({ type: PersonDto })
  @ApiErrors({ 409: 'USER.LAST_ADMIN: the workspace would be left without an admin member' })
  changeRole(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: ChangeRoleDto): Promise<PersonDto> {
    return this.users.changeRole(auth.workspaceId, id, body.role);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member from the workspace, or withdraw a pending invitation (admin); the only admin member cannot be removed' })
  @ApiNoContentResponse()
  @ApiErrors({ 409: 'USER.LAST_ADMIN: the workspace would be left without an admin member' })
  async remove(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.users.remove(auth.workspaceId, id);
  }
}
