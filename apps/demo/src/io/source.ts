import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type InputFormat, JianbaoError, readSourceAsync, type Source } from '@jianbao/core';
import type { InputFile } from './inputs.js';

/** Formats read only after LibreOffice has converted them, and what to. */
const CONVERT_TO: Record<string, 'docx' | 'xlsx'> = {
  '.doc': 'docx',
  '.wps': 'docx',
  '.odt': 'docx',
  '.xls': 'xlsx',
  '.et': 'xlsx',
  '.ods': 'xlsx',
};

/** Extensions the command line reads through a conversion (listed with the input formats). */
export const CONVERTED_EXTENSIONS = Object.keys(CONVERT_TO);

/** Generous for one report; a stuck conversion must not hang a batch. */
const CONVERSION_TIMEOUT_MS = 120_000;

/**
 * The Source of one input file: every format core reads (readSourceAsync), and .doc/.wps/.xls/.ods converted by
 * LibreOffice first (`soffice --headless --convert-to docx|xlsx`, in a fresh profile and folder of its own, with
 * a time limit). Without LibreOffice such a file is INPUT_NEEDS_CONVERSION: save it as .docx/.xlsx.
 */
export async function readFileSource(file: InputFile, bytes: Uint8Array): Promise<Source> {
  const target = CONVERT_TO[extname(file.path).toLowerCase()];
  if (target === undefined) {
    return readSourceAsync(bytes, { origin: file.display, ...(file.format ? { format: file.format } : {}) });
  }
  const converted = await convertWithSoffice(file, target);
  const format: InputFormat = target;
  return readSourceAsync(converted, { origin: file.display, format });
}

/** The program that converts: $JIANBAO_SOFFICE, else `soffice` on the PATH. */
const sofficeCommand = (): string => process.env.JIANBAO_SOFFICE || 'soffice';

async function convertWithSoffice(file: InputFile, target: 'docx' | 'xlsx'): Promise<Uint8Array> {
  const where = file.display;
  const work = await mkdtemp(join(tmpdir(), 'jianbao-convert-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    const out = join(work, 'out');
    const result = await run(sofficeCommand(), [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      target,
      '--outdir',
      out,
      file.path,
    ]);
    if (result.missing) {
      throw new JianbaoError(
        'INPUT_NEEDS_CONVERSION',
        `${where} is ${target === 'docx' ? 'an old Word/WPS document' : 'an old Excel/WPS/OpenDocument spreadsheet'} and LibreOffice (soffice) is not installed to convert it: save it as .${target} and try again`,
        { where, snippet: basename(file.path), saveAs: `.${target}` },
      );
    }
    if (result.timedOut) {
      throw new JianbaoError(
        'INPUT_FORMAT',
        `${where}: LibreOffice did not convert it to .${target} within ${CONVERSION_TIMEOUT_MS / 1000} s`,
        { where, snippet: basename(file.path) },
      );
    }
    const made = (await readdir(out).catch(() => [] as string[])).find((name) => name.endsWith(`.${target}`));
    if (!made) {
      const said = result.stderr.trim().split('\n').pop()?.slice(0, 120) ?? '';
      throw new JianbaoError(
        'INPUT_FORMAT',
        `${where}: LibreOffice could not convert it to .${target}${said ? ` (${said})` : ''}: is it damaged${target === 'xlsx' ? ', or is LibreOffice Calc not installed' : ', or is LibreOffice Writer not installed'}? Saving it as .${target} also works`,
        { where, snippet: basename(file.path) },
      );
    }
    return new Uint8Array(await readFile(join(out, made)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function run(
  command: string,
  args: string[],
): Promise<{ missing: boolean; timedOut: boolean; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { timeout: CONVERSION_TIMEOUT_MS, killSignal: 'SIGKILL', windowsHide: true },
      (error, _stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        resolve({
          missing: code === 'ENOENT',
          timedOut: Boolean(error && (error as { killed?: boolean }).killed),
          stderr: String(stderr ?? ''),
        });
      },
    );
  });
}
