/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev`: the api (ts-node) listens on API_PORT (PORT, 3000 by default) and Vite proxies the
// api's paths to it. The proxy keeps the browser's Host header (changeOrigin: false), so the api's
// CSRF origin check sees the page's own origin and the session cookie stays first-party.
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? process.env.PORT ?? '3000'}`;
const API_PATHS = ['/v1', '/docs', '/docs-json', '/health', '/t/', '/u/', '/s/', '/xapi'];

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // No inline scripts (the console's Content-Security-Policy is script-src 'self').
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: apiTarget, changeOrigin: false, xfwd: true }])),
  },
  test: {
    root: webRoot,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    // Whole-page tests type and wait through several renders: 5 s (the default) is too tight on a loaded two-core machine.
    testTimeout: 20_000,
  },
});
