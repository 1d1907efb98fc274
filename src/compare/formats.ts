/** The comparison formats, in a module of their own so the command line can list them cheaply. */
export const COMPARE_FORMATS = ['markdown', 'html', 'csv'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
