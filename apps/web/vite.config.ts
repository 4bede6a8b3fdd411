/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on 3001 (npm run dev) and Vite proxies to it, so the browser sees
// one origin, as in production where the API serves the built app.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 3000,
    proxy: {
      '/trpc': 'http://localhost:3001',
      '/health': 'http://localhost:3001',
      '/files': 'http://localhost:3001',
    },
  },
  build: { outDir: 'dist', sourcemap: true },
  test: { name: 'web', include: ['src/**/*.test.{ts,tsx}'] },
});
