import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/helpers/keys.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // a browser test polls what the page shows; a loaded CI machine can take longer than expect.poll's 1 s
    expect: { poll: { timeout: 10_000 } },
  },
});
