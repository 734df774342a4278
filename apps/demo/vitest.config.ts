import { packageTestConfig } from '../../vitest.shared';

export default packageTestConfig({ passWithNoTests: true, testTimeout: 180_000 });
