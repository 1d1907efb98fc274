/** The export formats, in a module of their own so the command line can list them cheaply. */
export const EXPORT_FORMATS = ['json', 'yaml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
