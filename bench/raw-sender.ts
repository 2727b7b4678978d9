// The raw baselines of bench:delivery, in their own process like the worker they are compared with:
// send pre-rendered messages (JSON lines) through nodemailer with the engine's own pool settings
// (smtpPoolOptions), and print the rate as JSON. `plain`: nodemailer as anyone would call it, the
// message's fields to sendMail. `mime`: the bytes the engine sends, built as it builds them
// (composeMime), so the ratio to it is the engine's own overhead.
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';
import { composeMime, smtpPoolOptions } from '../src/infrastructure/mail/mail-transport';
import type { MailMessage } from '../src/infrastructure/mail/mail-message';

async function main(): Promise<void> {
  const [file, url, mode] = process.argv.slice(2);
  const messages: MailMessage[] = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const transport = nodemailer.createTransport(smtpPoolOptions(url));
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next < messages.length) {
        const m = messages[next++];
        if (mode === 'mime') await transport.sendMail(await composeMime(m, m.messageId!));
        else await transport.sendMail({ from: m.from, to: m.to, subject: m.subject, html: m.html, text: m.text, messageId: m.messageId, headers: m.headers });
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
