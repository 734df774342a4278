import {
  type BriefingInput,
  briefingInputOf,
  type CityRecord,
  fromRecords,
  JianbaoError,
  readBriefingInput,
  readSourceAsync,
} from '@jianbao/core';

/** A file: its name (which gives the format: .txt .md .json .csv .docx .xlsx .pdf .html) and its bytes. */
export interface BriefFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * One input of `brief`: a file's bytes with its name, a report as plain text (or Markdown), or a city record
 * `{ city, text, source?, date?, title?, metrics? }` (all the records among the inputs make one input, as a
 * JSON file of them would).
 */
export type BriefInput = BriefFile | string | CityRecord;

const usage = (message: string, where: string, snippet: string) =>
  new JianbaoError('USAGE', `brief: ${message}`, { where: `brief(${where})`, snippet });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each input read and extracted, in order; records are gathered where the first of them stands. */
export async function readInputs(inputs: unknown): Promise<BriefingInput[]> {
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw usage(
      'inputs must be a non-empty array of files ({ name, bytes }), texts or city records',
      'inputs',
      Array.isArray(inputs) ? '[]' : inputs === null ? 'null' : typeof inputs,
    );
  }
  const read: Array<BriefingInput | 'records'> = [];
  const records: unknown[] = [];
  for (const [index, input] of inputs.entries()) {
    const where = `inputs[${index}]`;
    if (typeof input === 'string') {
      read.push(briefingInputOf(await readSourceAsync(input)));
    } else if (isObject(input) && 'bytes' in input) {
      read.push(await readFile(input, where));
    } else if (isObject(input)) {
      if (records.length === 0) read.push('records');
      records.push(input);
    } else {
      throw usage(
        `${where} must be a file ({ name, bytes }), a text or a city record ({ city, text })`,
        where,
        input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input,
      );
    }
  }
  // Checked as a JSON file of records is (INPUT_SCHEMA naming the field).
  const fromData = records.length > 0 ? briefingInputOf(fromRecords(records)) : null;
  return read.map((input) => (input === 'records' ? (fromData as BriefingInput) : input));
}

function readFile(file: Record<string, unknown>, where: string): Promise<BriefingInput> {
  const unknown = Object.keys(file).filter((key) => key !== 'name' && key !== 'bytes');
  if (unknown.length > 0) {
    throw usage(
      `unknown field "${unknown[0]}" in ${where}; a file is { name, bytes }`,
      where,
      String(unknown[0]),
    );
  }
  if (typeof file.name !== 'string' || file.name.trim() === '') {
    throw usage(
      `${where}.name must be the file's name (its extension gives the format)`,
      `${where}.name`,
      typeof file.name,
    );
  }
  if (!(file.bytes instanceof Uint8Array)) {
    throw usage(`${where}.bytes must be a Uint8Array (a Buffer is one)`, `${where}.bytes`, typeof file.bytes);
  }
  return readBriefingInput(file.bytes, { origin: file.name });
}
