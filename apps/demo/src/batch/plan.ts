import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { usageError } from '../errors.js';
import type { BriefOptions } from '../pipeline.js';

/** One briefing of a batch: the sub-folder it reads and where it writes. */
export interface BatchJob {
  /** The sub-folder's name; also the name of its output folder under `--out`. */
  name: string;
  /** The sub-folder, as given on the command line joined with its name (so origins read as in a single run). */
  input: string;
  options: BriefOptions;
}

/**
 * `--each`: every sub-folder (name order, hidden ones skipped) of every given folder is one briefing, written
 * to `<out>/<name>/` with the same options a single `jianbao brief <folder>/<name> --out <out>/<name>` gets,
 * so a batch writes the same bytes as briefing the folders one at a time. Two sub-folders of the same name
 * would write over each other: that is a usage error, as is a given path that has no sub-folders.
 */
export async function planBatch(folders: readonly string[], options: BriefOptions): Promise<BatchJob[]> {
  const cwd = options.root ?? process.cwd();
  const jobs: BatchJob[] = [];
  const byName = new Map<string, string>();
  for (const folder of folders) {
    const path = resolve(cwd, folder);
    const info = await stat(path);
    if (!info.isDirectory()) throw usageError(`--each takes folders of folders; ${folder} is a file`, folder);
    const entries = await readdir(path, { withFileTypes: true });
    const subs = entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
    if (subs.length === 0) throw usageError(`--each: ${folder} has no sub-folders to brief`, folder);
    for (const name of subs) {
      const input = join(folder, name);
      const earlier = byName.get(name);
      if (earlier !== undefined) {
        throw usageError(
          `--each: ${earlier} and ${input} would both write to ${join(options.out, name)}`,
          relative(cwd, resolve(cwd, input)),
        );
      }
      byName.set(name, input);
      jobs.push({ name, input, options: { ...options, out: join(options.out, name) } });
    }
  }
  return jobs;
}
