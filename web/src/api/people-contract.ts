// The people API (accounts, sign-in, sessions, users & roles) as agreed with the api, in the shape
// openapi-typescript generates. It stands in until those routes are in the api's OpenAPI document:
// `ApiPaths` (client.ts) prefers the generated paths, so once `npm run api:types` picks them up this
// file only needs deleting.

export type Locale = 'fr' | 'en';
export type Role = 'admin' | 'planner' | 'editor' | 'viewer';

export interface SessionBody {
  user: { id: string; email: string; name: string; locale: Locale };
  workspaces: { id: string; name: string; slug: string; role: Role }[];
  csrfToken: string;
}

export interface UserBody {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  status: 'active' | 'invited';
  invitedAt: string | null;
  lastSignInAt: string | null;
}

export interface InvitationBody {
  email: string;
  workspace: { id: string; name: string };
  role: Role;
  invitedBy: string;
  expiresAt: string;
  accountExists: boolean;
}

type Json<T> = { content: { 'application/json': T } };
type NoContent = { content?: never };
type Op<Responses, Body = undefined, Path = undefined, Query = undefined> = {
  parameters: {
    query?: [Query] extends [undefined] ? never : Query;
    header?: never;
    cookie?: never;
  } & ([Path] extends [undefined] ? { path?: never } : { path: Path });
  responses: Responses;
} & ([Body] extends [undefined] ? { requestBody?: never } : { requestBody: Json<Body> });
type Method = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type Route<M extends Partial<Record<Method, unknown>>> = {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
} & { [K in Exclude<Method, keyof M>]?: never } & M;

export interface PeoplePaths {
  '/v1/auth/sign-in': Route<{ post: Op<{ 200: Json<SessionBody> }, { email: string; password: string }> }>;
  '/v1/auth/session': Route<{ get: Op<{ 200: Json<SessionBody> }> }>;
  '/v1/auth/sign-out': Route<{ post: Op<{ 204: NoContent }> }>;
  '/v1/auth/me': Route<{
    patch: Op<{ 200: Json<SessionBody['user']> }, { name?: string; locale?: Locale; currentPassword?: string; newPassword?: string }>;
  }>;
  '/v1/auth/password-reset': Route<{ post: Op<{ 202: NoContent }, { email: string }> }>;
  '/v1/auth/password-reset/confirm': Route<{ post: Op<{ 204: NoContent }, { token: string; password: string }> }>;
  '/v1/auth/invitations/{token}': Route<{ get: Op<{ 200: Json<InvitationBody> }, undefined, { token: string }> }>;
  '/v1/auth/invitations/{token}/accept': Route<{
    post: Op<{ 200: Json<SessionBody> }, { name?: string; password: string }, { token: string }>;
  }>;
  '/v1/users': Route<{
    get: Op<{ 200: Json<{ items: UserBody[]; nextCursor: string | null }> }, undefined, undefined, { cursor?: string; limit?: number }>;
    post: Op<{ 201: Json<UserBody> }, { email: string; role: Role; name?: string; locale?: Locale }>;
  }>;
  '/v1/users/{id}': Route<{
    patch: Op<{ 200: Json<UserBody> }, { role: Role }, { id: string }>;
    delete: Op<{ 204: NoContent }, undefined, { id: string }>;
  }>;
}
