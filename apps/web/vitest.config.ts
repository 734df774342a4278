import { packageTestConfig } from '../../vitest.shared';

// The end-to-end test builds the app and drives a real browser: give it time.
export default packageTestConfig({ testTimeout: 300_000 });
