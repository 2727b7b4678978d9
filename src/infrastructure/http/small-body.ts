import type { Request } from 'express';
import { DomainError, ErrorKind } from '../../common/errors/domain-error';

/**
 * Reads a small raw request body (an uploaded image) whole. Refused before a byte is read when it
 * announces more than `maxBytes`, and as soon as it sends more; a client that stalls longer than
 * `idleTimeoutMs` or goes away ends the read with an error, so no request hangs on a body.
 */
export function readSmallBody(req: Request, limits: { maxBytes: number; idleTimeoutMs: number }): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > limits.maxBytes) return Promise.reject(tooLarge(limits.maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let timer: NodeJS.Timeout;
    const finish = (error: DomainError | null) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      if (error) {
        req.resume(); // let the rest drain: the answer still goes out
        reject(error);
      } else resolve(Buffer.concat(chunks, size));
    };
    const idle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(new DomainError('REQUEST.TIMEOUT', 'The upload stalled: send the file again', ErrorKind.Timeout)), limits.idleTimeoutMs);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) return finish(tooLarge(limits.maxBytes));
      chunks.push(chunk);
      idle();
    };
    const onEnd = () => finish(null);
    const onError = () => finish(aborted());
    const onClose = () => !req.complete && finish(aborted());
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
    idle();
  });
}

function tooLarge(maxBytes: number): DomainError {
  const size = `${Math.round(maxBytes / 1024)} KB`;
  return new DomainError('REQUEST.TOO_LARGE', `The file is larger than ${size}`, ErrorKind.PayloadTooLarge, [{ path: 'file', message: `larger than ${size}` }]);
}

function aborted(): DomainError {
  return new DomainError('REQUEST.ABORTED', 'The upload was interrupted', ErrorKind.Invalid);
}
