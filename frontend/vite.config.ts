/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite';

// The NL Design System React library sets `Component.displayName = '…'` on every component at module level; those
// writes count as side effects, so the whole library lands in the first chunk. Dropping them in the production
// build (names only matter to developer tools) lets unused components fall away: initial JavaScript 187 → 135 KB gzip.
function dropNlDesignSystemDisplayNames(): Plugin {
  return {
    name: 'drop-nl-design-system-display-names',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/@utrecht/component-library-react/dist/')) return null;
      return { code: code.replace(/^\w+\.displayName = '[^']*';$/gm, ''), map: null };
    },
  };
}

// The web client talks to the API on its own origin (/api/v1). In development and in
// `vite preview` these paths are passed on to the backend (VITE_BACKEND_URL).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const backend = env.VITE_BACKEND_URL || 'http://localhost:8080';
  const proxy: Record<string, ProxyOptions> = {
    '/api': { target: backend, changeOrigin: false },
    '/q': { target: backend, changeOrigin: false },
  };

  // `vite preview` serves the production build with the security headers of nginx.conf (HSTS apart: plain http).
  // Not in the dev server: React's fast refresh needs inline scripts.
  const previewHeaders = {
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
      "connect-src 'self' http://localhost:8180; frame-src 'self' http://localhost:8180; frame-ancestors 'none'; " +
      "form-action 'self' http://localhost:8180; base-uri 'self'; object-src 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };

  return {
    plugins: [react(), dropNlDesignSystemDisplayNames()],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    server: { port: 5173, strictPort: true, proxy },
    preview: { port: 5173, strictPort: true, proxy, headers: previewHeaders },
    test: {
      environment: 'jsdom',
      include: ['src/**/__tests__/**/*.test.{ts,tsx}'],
      setupFiles: ['./src/testing/setup-tests.ts'],
      restoreMocks: true,
      // Route tests render whole pages in jsdom; on a busy 2-core machine 5 s is too tight for them.
      testTimeout: 20_000,
    },
  };
});
