// Its own module: reading `--format` must not load the pipeline (and with it core) on `--help`.
export const OUTPUT_FORMATS = ['pdf', 'docx', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
