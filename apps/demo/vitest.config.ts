import { mergeConfig } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared';

// The end-to-end tests run the real bin (dist/cli.js); the global setup builds it (and what it imports) first.
export default mergeConfig(packageTestConfig({ testTimeout: 180_000 }), {
  test: { globalSetup: ['test/helpers/build-cli.ts'], hookTimeout: 600_000 },
});
