/**
 * Complexity checks that run on any machine: time a function at size n and 4n on the same adversarial shape
 * and compare. Linear work grows about 4×; quadratic 16×. The assertion is on the ratio, never on a wall
 * clock. Each size is timed as the best of a few runs (noise only ever adds time), and a ratio over the
 * limit is measured again before it counts, so a busy machine does not fail a linear scanner.
 */
export interface Growth {
  /** Best time at n and at 4n, in ms. */
  small: number;
  large: number;
  ratio: number;
}

function best(run: () => unknown, times: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

/**
 * The growth of `run(make(n))` from n to 4n. `make` builds the input (not timed). Returns the lowest ratio of
 * up to `attempts` measurements, stopping early once one is within `limit`.
 */
export function growth<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
  options: { limit?: number; attempts?: number; times?: number } = {},
): Growth {
  // Five attempts: under a full test run's parallel load, one slow sample at 4n is common; a quadratic scan fails all five.
  const { limit = 6, attempts = 5, times = 3 } = options;
  const small = make(n);
  const large = make(4 * n);
  run(small); // warm up the JIT
  let found: Growth | null = null;
  for (let attempt = 0; attempt < attempts; attempt++) {
    // At least 1 ms at n, so timer resolution cannot make the ratio.
    const a = Math.max(
      best(() => run(small), times),
      1,
    );
    const b = best(() => run(large), times);
    const g = { small: a, large: b, ratio: b / a };
    if (!found || g.ratio < found.ratio) found = g;
    if (found.ratio <= limit) break;
  }
  return found as Growth;
}
