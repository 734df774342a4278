import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

// Font files are 10–20 MB: each is read once per process. The same Uint8Array then hits the parse cache.
const files = new Map<string, Uint8Array | null>();
/** Reads started by `readAhead` and not yet done, by path. */
const reading = new Map<string, Promise<void>>();

/** The file's bytes, read once per process (null when it cannot be read). */
export function readOnce(path: string): Uint8Array | null {
  if (!files.has(path)) {
    try {
      files.set(path, readFileSync(path));
    } catch {
      files.set(path, null);
    }
  }
  return files.get(path) ?? null;
}

/**
 * Starts reading `path` in the background (in libuv's thread pool, while this thread does other work) unless it
 * is read or being read. `readsDone` waits for such reads, after which `readOnce` finds the bytes.
 */
export function readAhead(path: string): void {
  if (files.has(path) || reading.has(path)) return;
  reading.set(
    path,
    readWhole(path).then(
      (data) => {
        if (!files.has(path)) files.set(path, data);
        reading.delete(path);
      },
      // Left to `readOnce`, which reads it again and says why it cannot, where that matters.
      () => void reading.delete(path),
    ),
  );
}

/** Settles when every read `readAhead` started is done (at once when none is under way). */
export async function readsDone(): Promise<void> {
  await Promise.all(reading.values());
}

/**
 * The whole file in one read call where the system allows. fs/promises' readFile reads in 512 KiB pieces, each
 * needing a turn of this thread's event loop, so a read started ahead stalls while this thread composes or
 * loads the renderer, and is still under way when the render wants the bytes.
 */
async function readWhole(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const data = new Uint8Array(size);
    let length = 0;
    while (length < size) {
      const { bytesRead } = await handle.read(data, length, size - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return length === size ? data : data.subarray(0, length);
  } finally {
    await handle.close();
  }
}
