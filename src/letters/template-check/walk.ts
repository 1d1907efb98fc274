import { readFileSync } from 'node:fs';
import { closest, distance } from 'fastest-levenshtein';
import Handlebars from 'handlebars';
import type { FindingData } from '../../core/diagnostics.js';
import { templateMessage, type TemplateMessageId } from './messages.js';
import { parseProblem } from '../../templating/parse-problem.js';
import { ANY, LEAF, withFields, type Shape } from './shapes.js';

type Node = hbs.AST.Node;
type Program = hbs.AST.Program;
type Path = hbs.AST.PathExpression;
type Expression = hbs.AST.Expression;

export interface TemplateFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** One of TEMPLATE_MESSAGES (messages.ts), with the values it shows. */
  messageId: TemplateMessageId;
  data: FindingData;
  message: string;
  hint?: string;
}

/** The templates that are drawn together: their partials, their helpers, and what a partial sees when no call site says. */
export interface TemplateGroup {
  partials: Map<string, string>;
  helpers: ReadonlySet<string>;
  /** For partials reached only through a dynamic name (or not at all). */
  partialShape: Shape;
}

interface Scope {
  shape: Shape;
  parent?: Scope;
  root: Shape;
  params: Map<string, Shape>;
}

const BUILT_IN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);
const DATA_VARIABLES = new Set(['index', 'first', 'last', 'key', 'level']);
/** A partial reached through many call sites is checked this many times at most. */
const MAX_PARTIAL_VISITS = 40;

/**
 * Walks a template's syntax tree with the shape of the data in scope, following #each, #with,
 * block parameters, ../ and @root, and into partials with the context their call site gives them.
 */
export class TemplateWalker {
  readonly findings: TemplateFinding[] = [];
  readonly visitedPartials = new Map<string, number>();
  private readonly parsed = new Map<string, Program | undefined>();
  private readonly stack: string[] = [];

  constructor(private readonly group: TemplateGroup) {}

  checkFile(file: string, shape: Shape): void {
    const program = this.parse(file);
    if (!program) return;
    const scope: Scope = { shape, root: shape, params: new Map() };
    this.stack.push(file);
    this.program(program, scope, file, undefined);
    this.stack.pop();
  }

  private parse(file: string): Program | undefined {
    if (this.parsed.has(file)) return this.parsed.get(file);
    let program: Program | undefined;
    const source = readFileSync(file, 'utf8');
    try {
      program = Handlebars.parse(source);
    } catch (e) {
      const { line, column, problem, fix } = parseProblem(source, e as Error);
      this.report(file, { start: { line, column }, end: { line, column } }, 'unreadable', { problem, fix });
    }
    this.parsed.set(file, program);
    return program;
  }

  private program(program: Program | undefined, scope: Scope, file: string, block: PartialBlock | undefined): void {
    for (const node of program?.body ?? []) this.statement(node, scope, file, block);
  }

  private statement(node: Node, scope: Scope, file: string, block: PartialBlock | undefined): void {
    switch (node.type) {
      case 'MustacheStatement':
        return this.mustache(node as hbs.AST.MustacheStatement, scope, file);
      case 'BlockStatement':
        return this.block(node as hbs.AST.BlockStatement, scope, file, block);
      case 'PartialStatement':
      case 'PartialBlockStatement':
        return this.partial(node as hbs.AST.PartialStatement & { program?: Program }, scope, file, block);
      default:
        return;
    }
  }

  private mustache(node: hbs.AST.MustacheStatement, scope: Scope, file: string): void {
    if (node.path.type !== 'PathExpression') return;
    this.call(node.path as Path, node.params, node.hash, scope, file);
  }

  /** `{{name}}`, `{{helper arg key=value}}` or a sub-expression. */
  private call(path: Path, params: Expression[], hash: hbs.AST.Hash | undefined, scope: Scope, file: string): Shape {
    const asHelper =
      !path.data && path.depth === 0 && path.parts.length === 1 && (this.isHelper(path.parts[0]!) || BUILT_IN_HELPERS.has(path.parts[0]!));
    if (params.length || hash?.pairs.length) {
      if (!asHelper) this.report(file, path.loc, 'notAHelper', { name: path.original, helpers: [...this.group.helpers].sort().join(', ') });
      for (const p of params) this.expression(p, scope, file);
      for (const pair of hash?.pairs ?? []) this.expression(pair.value, scope, file);
      return ANY;
    }
    return asHelper ? ANY : this.resolve(path, scope, file);
  }

  private expression(expr: Expression, scope: Scope, file: string): Shape {
    if (expr.type === 'PathExpression') return this.resolve(expr as Path, scope, file);
    if (expr.type === 'SubExpression') {
      const sub = expr as hbs.AST.SubExpression;
      return this.call(sub.path, sub.params, sub.hash, scope, file);
    }
    return LEAF;
  }

  private block(node: hbs.AST.BlockStatement, scope: Scope, file: string, block: PartialBlock | undefined): void {
    const name = node.path.original;
    const params = node.program?.blockParams ?? [];
    if (name === 'if' || name === 'unless') {
      for (const p of node.params) this.expression(p, scope, file);
      this.program(node.program, scope, file, block);
    } else if (name === 'each' || name === 'with') {
      const value = node.params[0] ? this.expression(node.params[0], scope, file) : ANY;
      const inner = name === 'each' ? value.item() : value;
      const named = new Map(params.map((p, i) => [p, i === 0 ? inner : LEAF]));
      this.program(node.program, { shape: inner, parent: scope, root: scope.root, params: named }, file, block);
    } else if (this.isHelper(name) || BUILT_IN_HELPERS.has(name)) {
      for (const p of node.params) this.expression(p, scope, file);
      this.program(node.program, scope, file, block);
    } else {
      // A section: {{#field}}...{{/field}} renders with the field as its context.
      const value = this.resolve(node.path, scope, file);
      this.program(node.program, { shape: value, parent: scope, root: scope.root, params: new Map() }, file, block);
    }
    this.program(node.inverse, scope, file, block);
  }

  private partial(
    node: hbs.AST.PartialStatement & { program?: Program },
    scope: Scope,
    file: string,
    block: PartialBlock | undefined,
  ): void {
    for (const p of node.params) this.expression(p, scope, file);
    const extra = Object.fromEntries((node.hash?.pairs ?? []).map((pair) => [pair.key, this.expression(pair.value, scope, file)]));
    if (node.name.type === 'SubExpression') {
      // A partial chosen at run time: the helper is checked; each partial is checked on its own.
      this.expression(node.name, scope, file);
      return;
    }
    const name = (node.name as Path).original;
    if (name === '@partial-block') {
      if (block) this.program(block.program, block.scope, block.file, block.outer);
      return;
    }
    const partialFile = this.group.partials.get(name);
    if (!partialFile) {
      this.report(file, node.name.loc, 'noPartial', { name, partials: [...this.group.partials.keys()].sort().join(', ') || 'none' });
      return;
    }
    const visits = this.visitedPartials.get(partialFile) ?? 0;
    if (visits >= MAX_PARTIAL_VISITS || this.stack.includes(partialFile)) return;
    this.visitedPartials.set(partialFile, visits + 1);
    const context = withFields(node.params[0] ? this.expression(node.params[0], scope, file) : scope.shape, extra);
    const program = this.parse(partialFile);
    const inner = node.program ? { program: node.program, scope, file, outer: block } : undefined;
    this.stack.push(partialFile);
    this.program(program, { shape: context, parent: scope.parent, root: scope.root, params: new Map() }, partialFile, inner);
    this.stack.pop();
  }

  private resolve(path: Path, scope: Scope, file: string): Shape {
    const [head, ...rest] = path.parts;
    let shape: Shape | undefined;
    let walked: string[];
    if (path.data) {
      if (head === 'root') {
        shape = scope.root;
        walked = ['@root'];
      } else if (head && DATA_VARIABLES.has(head) && !rest.length) {
        return LEAF;
      } else {
        this.report(file, path.loc, 'unknownVariable', { name: path.original });
        return ANY;
      }
      return this.walkParts(shape, rest, walked, path, file);
    }
    let s = scope;
    for (let d = 0; d < path.depth; d++) s = s.parent ?? s;
    if (head === undefined) return s.shape;
    for (let p: Scope | undefined = s; p; p = p.parent) {
      if (p.params.has(head)) return this.walkParts(p.params.get(head)!, rest, [head], path, file);
    }
    return this.walkParts(s.shape, path.parts, [], path, file);
  }

  private walkParts(start: Shape, parts: string[], walked: string[], path: Path, file: string): Shape {
    let shape = start;
    for (const part of parts) {
      const next = shape.field(part);
      if (!next) {
        const found = { placeholder: path.original, field: part, suggestion: suggestion(part, shape.names()) };
        if (walked.length) this.report(file, path.loc, 'unknownField', { ...found, walked: walked.join('.') });
        else this.report(file, path.loc, 'unknownFieldInScope', found);
        return ANY;
      }
      shape = next;
      walked.push(part);
    }
    return shape;
  }

  private isHelper(name: string): boolean {
    return this.group.helpers.has(name);
  }

  private report(
    file: string,
    loc: hbs.AST.SourceLocation | { start: { line: number; column: number }; end: { line: number; column: number } } | undefined,
    messageId: TemplateMessageId,
    data: FindingData,
  ): void {
    const start = loc?.start ?? { line: 1, column: 0 };
    const end = loc?.end ?? start;
    this.findings.push({
      file,
      line: start.line,
      column: start.column + 1,
      endLine: end.line,
      endColumn: end.column + 1,
      messageId,
      data,
      ...templateMessage(messageId, data),
    });
  }
}

/** "Did you mean …?" for a near miss, else the fields that are there (when few enough to list). */
function suggestion(name: string, known: string[]): string {
  const near = known.length ? closest(name, known) : undefined;
  if (near && distance(name, near) <= Math.max(2, Math.floor(name.length / 3))) return `Did you mean "${near}"?`;
  if (known.length && known.length <= 40) return `Fields there: ${known.slice(0, 15).join(', ')}${known.length > 15 ? ', …' : ''}.`;
  return 'Check the spelling against the policy schema, the pupil columns (docs/letters.md) and the view model.';
}

interface PartialBlock {
  program: Program;
  scope: Scope;
  file: string;
  outer: PartialBlock | undefined;
}
