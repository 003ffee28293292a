import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The client bundle only. Pages are prerendered and the service worker is built by
// src/build/build.ts, which runs this config first.
export default defineConfig({
  plugins: [preact()],
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Every supported browser has modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: { input: 'src/main.tsx' },
  },
});
