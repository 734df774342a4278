/**
 * A value built on first use and kept: zod schemas are built this way, so loading a module (a CLI command, an
 * app's bundle) does not pay for the schemas of paths it never takes.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
