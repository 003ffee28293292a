import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and component tests: fast, in happy-dom, no browser and no build needed.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // Documents under test link the built stylesheet; there is none to load in unit tests.
    environmentOptions: {
      happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } },
    },
  },
});
