import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../../config/app-config';

const CORRELATION_HEADER = 'x-correlation-id';

/** Structured JSON logs (pretty in development); every request carries a correlation id. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          transport: config.logPretty ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
          redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
          genReqId: (req, res) => {
            const incoming = req.headers[CORRELATION_HEADER];
            const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
            res.setHeader(CORRELATION_HEADER, id);
            return id;
          },
          customProps: () => ({ service: 'clarion' }),
          autoLogging: { ignore: (req) => req.url === '/health' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
