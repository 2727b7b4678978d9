/** The smallest transparent GIF (1×1): the open pixel's answer, whatever the token. */
export const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Tracking answers are never cached: each fetch must reach the api to be counted. */
export const NO_STORE = 'no-store, no-cache, must-revalidate, private';
