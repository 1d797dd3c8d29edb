import { defineConfig } from 'vitest/config';

// The built files land in the jar as servlet static resources (META-INF/resources),
// so the backend serves index.html at "/" and the bundles under "/assets/".
export default defineConfig({
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    // `npm run dev` talks to a backend on :8080 (override with BACKEND_URL); /ws carries the live sockets.
    proxy: {
      '/api': process.env.BACKEND_URL ?? 'http://localhost:8080',
      '/ws': { target: process.env.BACKEND_URL ?? 'http://localhost:8080', ws: true },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
