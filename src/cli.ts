import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { AppConfig, loadConfig, setEnvironmentDefaults } from './config/app-config';
import { CliModule } from './cli.module';
import { Role } from './common/enums';
import { DomainError } from './common/errors/domain-error';
import { isPlainEmail } from './common/validation/plain-email';
import { migrate, pendingMigrations, revertLastMigration } from './infrastructure/database/migrator';
import { preflight, resolveServices } from './infrastructure/preflight';
import { exitOnStartupError } from './infrastructure/startup';
import { UsersService } from './modules/people/users.service';
import { TemplatesService } from './modules/templates/templates.service';
import { WorkspacesService } from './modules/workspaces/workspaces.service';
import { runDemo } from './demo/demo';
import { offlineOpenApiDocument } from './app.setup';
import { writeFileSync } from 'node:fs';

const program = new Command()
  .name('clarion')
  .description('Clarion command line: what the HTTP API does not cover.')
  .showHelpAfterError();

program
  .command('migrate')
  .description('Create the database if missing and apply pending migrations')
  .action(async () => {
    const config = await resolveServices();
    const report = await migrate(config);
    if (config.queueBackend === 'postgres') await preflight(config); // BullMQ's schema
    if (report.createdDatabase) say('Created the database.');
    say(report.applied.length ? `Applied ${report.applied.length} migration(s): ${report.applied.join(', ')}` : 'Database is up to date.');
  });

program
  .command('migrate:revert')
  .description('Revert the last applied migration')
  .action(async () => {
    const name = await revertLastMigration(await resolveServices());
    say(name ? `Reverted ${name}.` : 'No migration to revert.');
  });

program
  .command('workspace:create')
  .argument('<name>', 'the workspace name, e.g. "Acme Learning"')
  .option('--locale <locale>', 'default locale of the workspace', 'en')
  .option('--time-zone <zone>', 'IANA time zone of the workspace (default: DEFAULT_TIME_ZONE, Europe/Paris)')
  .option('--admin-email <email>', 'invite this person as the first admin of the workspace (the email is sent, and its link printed)', email)
  .description('Create a workspace and print its first admin API key (shown once); --admin-email also invites its first admin person')
  .action(async (name: string, options: { locale: string; timeZone?: string; adminEmail?: string }) => {
    await withContext(async (app) => {
      const { workspace, key } = await app.get(WorkspacesService).createWorkspace({ name, defaultLocale: options.locale, timeZone: options.timeZone });
      say(`Workspace "${workspace.name}" created (id ${workspace.id}, slug ${workspace.slug}).`);
      say(`Admin API key (shown once, store it now):\n\n  ${key}\n`);
      if (options.adminEmail) {
        await invite(app, workspace.id, options.adminEmail, Role.Admin);
      } else {
        say(`To let a person sign in to the console: npm run cli -- user:invite ${workspace.slug} <email> admin`);
      }
    });
  });

program
  .command('user:invite')
  .argument('<workspace>', 'workspace slug')
  .argument('<email>', 'the address to invite', email)
  .argument('[role]', `one of ${Object.values(Role).join(', ')}`, role, Role.Viewer)
  .description('Invite a person into a workspace with a role: the invitation email is sent, and its link (valid 7 days) printed')
  .action(async (slug: string, address: string, inviteRole: Role) => {
    await withContext(async (app) => {
      const workspace = await app.get(WorkspacesService).findBySlug(slug);
      if (!workspace) throw new CliError(`No workspace with slug "${slug}".`);
      await invite(app, workspace.id, address, inviteRole);
    });
  });

program
  .command('apikey:create')
  .argument('<workspace>', 'workspace slug')
  .argument('<name>', 'a name to recognise the key by')
  .argument('[role]', `one of ${Object.values(Role).join(', ')}`, role, Role.Viewer)
  .description('Create another API key for a workspace and print it (shown once)')
  .action(async (slug: string, name: string, keyRole: Role) => {
    await withContext(async (app) => {
      const service = app.get(WorkspacesService);
      const workspace = await service.findBySlug(slug);
      if (!workspace) throw new CliError(`No workspace with slug "${slug}".`);
      const { key } = await service.createApiKey(workspace.id, name, keyRole);
      say(`${keyRole} key for "${workspace.name}" (shown once):\n\n  ${key}\n`);
    });
  });

program
  .command('templates:install')
  .argument('<workspace>', 'workspace slug')
  .description('Install the starter templates (FR and EN) into a workspace; starters already there are kept')
  .action(async (slug: string) => {
    await withContext(async (app) => {
      const workspace = await app.get(WorkspacesService).findBySlug(slug);
      if (!workspace) throw new CliError(`No workspace with slug "${slug}".`);
      const { installed, skipped } = await app.get(TemplatesService).installStarters(workspace.id, null);
      say(`Installed ${installed.length} starter template(s) into "${workspace.name}"${installed.length ? `: ${installed.join(', ')}` : ''}.`);
      if (skipped.length) say(`Already there: ${skipped.join(', ')}.`);
    });
  });

program
  .command('demo')
  .description('Migrate, seed a demo workspace and show what Clarion does with it')
  .option('--learners <n>', 'how many learners to generate', positiveInt, 3000)
  .action(async (options: { learners: number }) => {
    // Readable output; the demo's simulated readers open their email at once, so no delay marks them as machines.
    setEnvironmentDefaults({ LOG_LEVEL: 'warn', MACHINE_OPEN_SECONDS: '0' });
    const config = await resolveServices();
    await preflight(config);
    const report = await migrate(config);
    say(report.applied.length ? `✔ Database migrated (${report.applied.length} migration(s) applied)` : '✔ Database up to date');
    await runDemo({ learners: options.learners });
  });

class CliError extends Error {}

async function invite(app: Context, workspaceId: string, address: string, inviteRole: Role): Promise<void> {
  const config = app.get(AppConfig);
  const { person, link } = await app.get(UsersService).invite(workspaceId, { email: address, role: inviteRole }, { userId: null, apiKeyId: null });
  const where = config.smtpUrl ? 'sent through SMTP' : `written to ${resolve(config.outboxDir)}`;
  say(`Invitation for ${person.email} as ${person.role} ${where}. Accept link (valid 7 days, shown once):\n\n  ${link}\n`);
}

type Context = Awaited<ReturnType<typeof NestFactory.createApplicationContext>>;

async function withContext<T>(work: (app: Context) => Promise<T>): Promise<T> {
  const config = await resolveServices();
  await preflight(config);
  const pending = await pendingMigrations(config);
  if (pending.length) throw new CliError(`The database has ${pending.length} pending migration(s): run \`npm run migration:run\` first.`);
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function role(value: string): Role {
  if (!Object.values(Role).includes(value as Role)) throw new InvalidArgumentError(`must be one of ${Object.values(Role).join(', ')}.`);
  return value as Role;
}

function email(value: string): string {
  if (!isPlainEmail(value.trim())) throw new InvalidArgumentError('must be a plain address such as name@example.com.');
  return value.trim();
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number.');
  return n;
}

program
  .command('openapi')
  .argument('[file]', 'where to write it (default: standard output)')
  .description('Write the OpenAPI document served at /docs-json (servers from PUBLIC_BASE_URL); needs no database')
  .action(async (file?: string) => {
    const json = `${JSON.stringify(await offlineOpenApiDocument(loadConfig().publicBaseUrl), null, 2)}\n`;
    if (file) writeFileSync(file, json);
    else process.stdout.write(json);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CliError || error instanceof DomainError) {
    process.stderr.write(`clarion: ${error.message}\n`);
    process.exit(1);
  }
  exitOnStartupError(error);
});

