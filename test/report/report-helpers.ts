import { execFileSync } from 'node:child_process';

/** The PDF's text, with runs of white space made single so wrapped lines can be matched. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfInfo(file: string): string {
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** HTML text as a reader sees it: tags removed, the entities handlebars writes decoded. */
export function htmlText(html: string): string {
  const entities: Record<string, string> = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#x27;': "'",
    '&#x3D;': '=',
    '&#x60;': '`',
  };
  return squash(html.replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|quot|#x27|#x3D|#x60);/g, (e) => entities[e]!));
}
