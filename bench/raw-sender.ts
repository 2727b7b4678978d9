// The raw baseline of bench:delivery, in its own process like the worker it is compared with:
// sends pre-rendered messages (JSON lines) through nodemailer with the engine's own pool settings
// (smtpPoolOptions) and the same MIME bytes (composeMime), and prints the rate as JSON.
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';
import { composeMime, smtpPoolOptions } from '../src/infrastructure/mail/mail-transport';
import type { MailMessage } from '../src/infrastructure/mail/mail-message';

async function main(): Promise<void> {
  const [file, url] = process.argv.slice(2);
  const messages: MailMessage[] = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const transport = nodemailer.createTransport(smtpPoolOptions(url));
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next < messages.length) {
        const m = messages[next++];
        await transport.sendMail(await composeMime(m, m.messageId!));
      }
    }),
  );
  transport.close();
  process.stdout.write(`${JSON.stringify({ msgsPerSec: Math.round(messages.length / ((performance.now() - started) / 1000)) })}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
