import { mergeConfig } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared';

// The end-to-end tests build the app and drive a real browser: give them time, and run the files one after
// another (each starts its own Chromium; side by side on a small machine they starve each other, and the
// main-thread long-task test would measure the other files' load).
// A poll waits for the page's workers (reading, rendering), which on a loaded machine take seconds, not 1 s.
export default mergeConfig(packageTestConfig({ testTimeout: 300_000 }), {
  test: { fileParallelism: false, expect: { poll: { timeout: 20_000 } } },
});
