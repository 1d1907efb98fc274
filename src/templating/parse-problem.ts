import Handlebars from 'handlebars';

/** Where a template cannot be read (line from 1, column from 0, as the template's syntax tree counts), what is wrong, and how to fix it. */
export interface ParseProblem {
  line: number;
  column: number;
  problem: string;
  fix: string;
}

interface ParserHash {
  token?: string | null;
  line?: number;
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  expected?: string[];
}

/**
 * The template parser's own message ("Parse error on line 3: … Expecting 'OPEN_ENDBLOCK', got
 * 'EOF'") is for programmers. This reads the template again with a parser that keeps the error's
 * details, and says in plain words what is wrong, where, and what to do.
 */
export function parseProblem(source: string, error: Error): ParseProblem {
  const block = blockProblem(source);
  if (block) return block;
  const hash = detailsOf(source);
  const at = hash?.loc ? { line: hash.loc.last_line, column: hash.loc.last_column } : lineOf(error.message, hash);
  const expected = hash?.expected ?? [];
  switch (hash?.token) {
    case 'CLOSE':
      return {
        ...at,
        problem: 'A placeholder here has nothing between “{{” and “}}”, or stops before its name.',
        fix: 'Write the field’s name between the braces (for example {{pupil.full_name}}), or delete the braces.',
      };
    case 'CLOSE_UNESCAPED':
      return {
        ...at,
        problem: 'A placeholder here opens with “{{” but closes with “}}}”.',
        fix: 'Use two braces on both sides: {{name}}.',
      };
    case 'INVERSE':
      return {
        ...at,
        problem: 'A block here has a second “{{else}}”; a block can have only one.',
        fix: 'Remove one {{else}}, or close the first block before starting another.',
      };
    case 'INVALID':
    case 'EOF':
      if (expected.includes("'CLOSE'"))
        return {
          ...at,
          problem: 'A placeholder here is not closed: “}}” should follow its name.',
          fix: 'Add “}}” at the end of the placeholder.',
        };
      break;
    case null:
      return {
        ...at,
        column: 0,
        problem: unclosedComment(source)
          ? 'A comment that starts with “{{!--” is never closed with “--}}”.'
          : 'Something on this line after “{{” is not a placeholder the templates can read.',
        fix: 'Close each comment with “--}}”, and check that every “{{” starts a placeholder.',
      };
    default:
      break;
  }
  return {
    ...at,
    problem: 'This part of the template is not a complete placeholder or block.',
    fix: 'Check that every “{{” has its “}}”, and every {{#block}} its {{/block}}.',
  };
}

/** Blocks opened and not closed, or closed by the wrong name, found by reading the tags in order. */
function blockProblem(source: string): ParseProblem | undefined {
  const open: Array<{ name: string; line: number; column: number }> = [];
  // Block openers ({{#if}}, {{^if}}, {{#> layout}}, {{#*inline}}) and closers ({{/if}}), outside comments.
  const tags = /\{\{~?([#/^])(?:[>*]\s*)?([\w.-]+)/g;
  for (const m of withoutComments(source).matchAll(tags)) {
    const at = position(source, m.index);
    if (m[1] !== '/') {
      open.push({ name: m[2]!, ...at });
      continue;
    }
    const last = open.pop();
    if (!last)
      return {
        ...at,
        problem: `“{{/${m[2]}}}” closes a block that was never opened.`,
        fix: `Remove it, or open the block with {{#${m[2]} …}} before it.`,
      };
    if (last.name !== m[2])
      return {
        ...at,
        problem: `“{{/${m[2]}}}” closes the block “{{#${last.name}}}” opened on line ${last.line}; a block must be closed with its own name.`,
        fix: `Close it with {{/${last.name}}} (blocks close in the reverse order they open).`,
      };
  }
  const unclosed = open.pop();
  if (!unclosed) return undefined;
  return {
    line: unclosed.line,
    column: unclosed.column,
    problem: `The block “{{#${unclosed.name}}}” that starts here is never closed: the template ends before its “{{/${unclosed.name}}}”.`,
    fix: `Add {{/${unclosed.name}}} where the block should end.`,
  };
}

/** The source with each comment ({{!-- … --}}, {{! … }}) blanked out, so positions stay the same. */
function withoutComments(source: string): string {
  let out = '';
  let from = 0;
  for (let at = source.indexOf('{{!', from); at >= 0; at = source.indexOf('{{!', from)) {
    const long = source.startsWith('{{!--', at);
    const close = source.indexOf(long ? '--}}' : '}}', at + 3);
    const end = close < 0 ? source.length : close + (long ? 4 : 2);
    out += source.slice(from, at) + source.slice(at, end).replace(/[^\n]/g, ' ');
    from = end;
  }
  return out + source.slice(from);
}

function unclosedComment(source: string): boolean {
  const at = source.lastIndexOf('{{!--');
  return at >= 0 && source.indexOf('--}}', at + 5) < 0;
}

function position(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - (before.lastIndexOf('\n') + 1) };
}

function lineOf(message: string, hash: ParserHash | undefined): { line: number; column: number } {
  const line = hash?.line !== undefined ? hash.line + 1 : Number(/line (\d+)/.exec(message)?.[1] ?? 1);
  return { line, column: 0 };
}

type ParserLike = { parse(input: string): unknown; yy: Record<string, unknown> };

/**
 * The details the parser gives its error handler (the token it met, the tokens it expected, where):
 * Handlebars throws them away, so the template is parsed again, only after it failed, by a parser
 * whose error handler keeps them. The shared parser is not changed.
 */
function detailsOf(source: string): ParserHash | undefined {
  const shared = (Handlebars as unknown as { Parser: ParserLike }).Parser;
  Handlebars.parse(''); // gives the shared parser its helpers (yy), which the copy below inherits
  const parser = Object.create(shared) as ParserLike;
  const yy = Object.create(shared.yy) as Record<string, unknown>;
  yy.parseError = (message: string, hash: ParserHash) => {
    throw Object.assign(new Error(message), { hash });
  };
  parser.yy = yy;
  try {
    parser.parse(source);
  } catch (e) {
    return (e as { hash?: ParserHash }).hash;
  }
  return undefined;
}
