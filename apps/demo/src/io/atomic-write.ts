import { unlinkSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  path: string;
  data: Uint8Array | string;
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

function tempPathFor(path: string): string {
  // Same folder as the target, so the final rename never crosses file systems; dot-prefixed so that folder
  // scans (and `jianbao brief out/`) skip it.
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/**
 * Writes all files or none: each goes to a temp file beside its target, and only when every temp file is
 * complete are they renamed into place. An error or an interrupt before that removes the temp files.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  installSignalHandlers();
  const staged: Array<{ temp: string; path: string }> = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = tempPathFor(file.path);
      pending.add(temp);
      staged.push({ temp, path: file.path });
      await writeFile(temp, file.data);
    }
    renaming = true;
    for (const { temp, path } of staged) {
      await rename(temp, path);
      pending.delete(temp);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    for (const { temp } of staged) pending.delete(temp);
    throw error;
  } finally {
    renaming = false;
    if (deferredExit !== null) dieBy(deferredExit);
  }
}
