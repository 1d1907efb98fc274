import fc from 'fast-check';

/** One random edit to a text file: a cut, a stray quote or comma, junk bytes, a huge token, a BOM, CRLF... */
export const damage = fc.tuple(
  fc.nat(),
  fc.constantFrom('cut', 'quote', 'comma', 'newline', 'junk', 'huge', 'dupe-header', 'bom', 'crlf', 'number'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
export function apply(text: string, [n, op, junk]: [number, string, string]): string {
  const at = n % (text.length + 1);
  switch (op) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + (n % 40));
    case 'quote':
      return `${text.slice(0, at)}"${text.slice(at)}`;
    case 'comma':
      return `${text.slice(0, at)},,${text.slice(at)}`;
    case 'newline':
      return `${text.slice(0, at)}\n${text.slice(at)}`;
    case 'junk':
      return text.slice(0, at) + junk + text.slice(at);
    case 'huge':
      return `${text.slice(0, at)}${'9'.repeat(10_000 + (n % 100))}${text.slice(at)}`;
    case 'dupe-header':
      return `${text.split('\n')[0]}\n${text}`;
    case 'bom':
      return `\uFEFF${text}`;
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    default:
      return text.replace(/,300,/g, `,${['-5', '1e9', 'NaN', '', '3.5', '0'][n % 6]},`);
  }
}
