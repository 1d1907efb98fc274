/** The report formats, in a module of their own so the command line can list them without loading the formatters. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];
