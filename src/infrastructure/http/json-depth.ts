import type { NextFunction, Request, Response } from 'express';
import { RequestErrors } from './request.errors';

/** How deep a JSON body may nest objects and arrays (the body itself is level 1). */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether a parsed JSON value nests objects and arrays more than `limit` levels deep. Walks with
 * its own stack, never by recursion, so no body can exhaust the call stack here; stops at the
 * first level too deep.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const nodes: unknown[] = [value];
  const depths: number[] = [1];
  while (nodes.length) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/**
 * Refuses a parsed body nested deeper than MAX_JSON_DEPTH before any pipe sees it (validation
 * and class-transformer recurse, and would overflow the stack on a deep enough body).
 */
export function rejectDeepBodies(req: Request, _res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  const parsed = body !== null && typeof body === 'object' && !Buffer.isBuffer(body);
  next(parsed && nestsDeeperThan(body, MAX_JSON_DEPTH) ? RequestErrors.tooDeep(MAX_JSON_DEPTH) : undefined);
}
