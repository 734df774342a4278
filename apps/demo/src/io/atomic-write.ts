import { randomBytes } from 'node:crypto';
import { close, constants, openSync, unlinkSync, write } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { outputError } from '../errors.js';

export interface OutputFile {
  path: string;
  /** The bytes, a string, or a string in pieces (a JSON too long for one string). */
  data: Uint8Array | string | readonly string[];
}

/** Temp files not yet renamed: removed on error and on SIGINT/SIGTERM, so no half-written output survives. */
const pending = new Set<string>();
let handlersInstalled = false;
/** Set while the complete temp files are being renamed: an interrupt then waits, so all outputs land together. */
let renaming = false;
let deferredExit: NodeJS.Signals | null = null;

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (renaming) {
        deferredExit = signal;
        return;
      }
      dieBy(signal);
    });
  }
}

/**
 * Removes the temp files, then dies by the same signal (the listener was `once`, so the default action
 * applies): the shell sees 130/143, and a write stuck in the thread pool cannot keep the process alive.
 */
function dieBy(signal: NodeJS.Signals): never {
  removePendingSync();
  process.kill(process.pid, signal);
  // The signal is delivered asynchronously; nothing else may run meanwhile.
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function removePendingSync(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone (renamed or never created): nothing to clean.
    }
  }
  pending.clear();
}

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Creates a temp file beside `path`, exclusively: a random name (never a predictable one), O_CREAT|O_EXCL so
 * that nothing already there — a file, or a symbolic link planted to redirect the write — is opened, and
 * O_NOFOLLOW besides. Created synchronously and registered in the same tick, so a signal handler (which runs
 * on this thread, between ticks) sees every temp file that exists: none can appear after its cleanup.
 * Dot-prefixed, so folder scans (and `jianbao brief out/`) skip it.
 */
function createTemp(path: string): { temp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const fd = openSync(
        temp,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW,
        0o644,
      );
      pending.add(temp);
      return { temp, fd };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 4) throw error;
    }
  }
}

const writeAsync = promisify(write);
const closeAsync = promisify(close);

async function writeAll(fd: number, data: OutputFile['data']): Promise<void> {
  const pieces = typeof data === 'string' ? [data] : data instanceof Uint8Array ? [data] : data;
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    let at = 0;
    while (at < bytes.length) at += (await writeAsync(fd, bytes, at, bytes.length - at)).bytesWritten;
  }
}

/**
 * Writes all files or none: each goes to a temp file beside its target, and only when every temp file is
 * complete are they renamed into place (a rename replaces a link at the target, never writes through it).
 * An error or an interrupt before that removes the temp files. Failures are OUTPUT_* errors naming the path.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  installSignalHandlers();
  const staged: Array<{ temp: string; path: string }> = [];
  let current = files[0]?.path ?? '';
  try {
    for (const file of files) {
      current = file.path;
      await mkdir(dirname(file.path), { recursive: true });
      const { temp, fd } = createTemp(file.path);
      staged.push({ temp, path: file.path });
      try {
        await writeAll(fd, file.data);
      } finally {
        await closeAsync(fd);
      }
    }
    renaming = true;
    for (const { temp, path } of staged) {
      current = path;
      await rename(temp, path);
      pending.delete(temp);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    for (const { temp } of staged) pending.delete(temp);
    throw outputError(error, current);
  } finally {
    renaming = false;
    if (deferredExit !== null) dieBy(deferredExit);
  }
}
