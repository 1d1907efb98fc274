/** The documents build can make, in a module of their own so the command line can list them cheaply. */
export type OutputFormat = 'pdf' | 'html' | 'docx';
export const OUTPUT_FORMATS: OutputFormat[] = ['pdf', 'html', 'docx'];
