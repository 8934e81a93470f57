/**
 * Does a piece of Python parse, and if not, what is wrong, in words a learner understands. The only
 * module that talks to Lezer's Python grammar (lint keeps it so).
 *
 * Lezer is error-tolerant: instead of failing it puts error nodes (⚠) where the text does not fit,
 * and it is lenient where CPython is not (an identifier may hold any non-ASCII character, a stray
 * indent at the top level passes). So the tree says where the code breaks, and three small passes
 * over the text outside strings and comments, which the tree locates, say what broke and catch
 * what Lezer lets through:
 * - characters that cannot stand in code: typographic quotes pasted from a word processor;
 * - bracket balance: a `)` that closes nothing or closes a `{`, a `(` never closed;
 * - indentation of each logical line against the line before: an unexpected indent, a block
 *   that is not indented, a dedent to no outer level (CPython's rules).
 * Whatever else Lezer marks is "invalid syntax near …" the text there.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';

/** One problem, at a 1-based line of the code. */
export interface PythonProblem {
  line: number;
  message: string;
}

export interface PythonCheck {
  /** In line order, at most one a line. */
  problems: PythonProblem[];
  /** Names the code itself defines: classes, functions, assignment and loop targets, parameters. */
  defined: string[];
}

const TYPOGRAPHIC_QUOTES = new Set(['‘', '’', '‚', '‛', '“', '”', '„', '‟', '«', '»', '′', '″']);
const IDENTIFIER_CHAR = /[\p{XID_Continue}]/u;
const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const STRING = 1;
const COMMENT = 2;
/** Enough to point at the code; a block of pasted output would otherwise warn on every line. */
const MAX_PROBLEMS = 5;

/** Checks a piece of Python (a fenced block's text). Uniformly indented code is read as if it were not. */
export function checkPython(source: string): PythonCheck {
  const code = dedent(source);
  const tree = parser.parse(code);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const skipped = new Uint8Array(code.length); // STRING or COMMENT where the tree has one
  const errors: number[] = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError) errors.push(node.from);
      const kind = node.name === 'Comment' ? COMMENT : node.name === 'String' || node.name === 'FormatString' ? STRING : 0;
      if (kind === 0) return undefined;
      skipped.fill(kind, node.from, node.to);
      return false;
    },
  });

  const problems = new Map<number, string>();
  const report = (line: number, message: string): void => {
    if (!problems.has(line)) problems.set(line, message);
  };
  characterPass(code, skipped, lineOf, report);
  const unclosedFrom = bracketPass(code, skipped, lineOf, report);
  indentPass(code, skipped, report);
  for (const at of errors) {
    const line = lineOf(at);
    // After a bracket that is never closed, the rest of the code is read inside it: no more news.
    if (unclosedFrom !== null && line > unclosedFrom) continue;
    report(line, syntaxMessage(code, at, lineStarts, line));
  }

  const sorted = [...problems].sort((a, b) => a[0] - b[0]).slice(0, MAX_PROBLEMS);
  return { problems: sorted.map(([line, message]) => ({ line, message })), defined: definedNames(tree, code) };
}

type Report = (line: number, message: string) => void;

function characterPass(code: string, skipped: Uint8Array, lineOf: (pos: number) => number, report: Report): void {
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (skipped[i] || ch.charCodeAt(0) < 128) continue;
    if (TYPOGRAPHIC_QUOTES.has(ch)) {
      report(lineOf(i), `typographic quote ${ch} in code: Python needs a straight quote ' or "`);
    } else if (!IDENTIFIER_CHAR.test(ch) && !/\s/.test(ch)) {
      const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      report(lineOf(i), `character ${ch} (U+${code}) cannot stand in code outside a string`);
    }
  }
}

/** Reports brackets that do not pair up; returns the line of the first bracket never closed, if any. */
function bracketPass(code: string, skipped: Uint8Array, lineOf: (pos: number) => number, report: Report): number | null {
  const open: { ch: string; at: number }[] = [];
  for (let i = 0; i < code.length; i++) {
    if (skipped[i]) continue;
    const ch = code[i]!;
    if (OPENERS[ch]) {
      open.push({ ch, at: i });
    } else if (CLOSERS[ch]) {
      const top = open[open.length - 1];
      if (!top) {
        report(lineOf(i), `unmatched \`${ch}\`: no bracket before it is open`);
      } else if (top.ch === CLOSERS[ch]) {
        open.pop();
      } else {
        const where = lineOf(top.at) === lineOf(i) ? '' : ` on line ${lineOf(top.at)}`;
        report(lineOf(i), `unmatched \`${ch}\`: the \`${top.ch}\` opened${where} before it needs \`${OPENERS[top.ch]}\``);
        // Read on as if the missing closers were there (`({ … )` closes the `(`), or as if this
        // were the right one (`[1, 2)` closes the `[`): one slip, one message.
        const match = open.findLastIndex((o) => o.ch === CLOSERS[ch]);
        open.length = match >= 0 ? match : open.length - 1;
      }
    }
  }
  for (const { ch, at } of open) report(lineOf(at), `\`${ch}\` is never closed`);
  return open.length > 0 ? lineOf(open[0]!.at) : null;
}

interface LogicalLine {
  line: number;
  indent: number;
  opensBlock: boolean;
}

/** CPython's indentation rules over logical lines (a bracket, a string or a `\` carries a line on). */
function indentPass(code: string, skipped: Uint8Array, report: Report): void {
  const logical: LogicalLine[] = [];
  let depth = 0;
  let continued = false;
  let current: LogicalLine | null = null;
  let line = 1;
  let start = 0;
  while (start <= code.length) {
    let end = code.indexOf('\n', start);
    if (end < 0) end = code.length;
    const text = code.slice(start, end);
    const significant = lastSignificant(code, skipped, start, end);
    const inString = start > 0 && skipped[start - 1] === STRING;
    if (depth === 0 && !continued && !inString && significant >= 0) {
      current = { line, indent: indentWidth(text), opensBlock: false };
      logical.push(current);
    }
    for (let i = start; i < end; i++) {
      if (skipped[i]) continue;
      const ch = code[i]!;
      if (OPENERS[ch]) depth++;
      else if (CLOSERS[ch]) depth = Math.max(0, depth - 1);
    }
    const last = significant >= 0 && skipped[significant] === 0 ? code[significant] : undefined;
    continued = last === '\\';
    if (current && depth === 0 && !continued && significant >= 0) current.opensBlock = last === ':';
    line++;
    start = end + 1;
  }

  const stack = [0];
  let previous: LogicalLine | null = null;
  for (const l of logical) {
    const top = stack[stack.length - 1]!;
    if (previous?.opensBlock) {
      if (l.indent > top) stack.push(l.indent);
      else report(l.line, `expected an indented block after line ${previous.line}, which ends with a colon`);
    } else if (l.indent > top) {
      report(l.line, 'unexpected indent: this line is indented more than the line before it');
      stack.push(l.indent);
    } else if (l.indent < top) {
      while (stack.length > 1 && stack[stack.length - 1]! > l.indent) stack.pop();
      if (stack[stack.length - 1] !== l.indent) {
        report(l.line, 'this line is indented to no level of the lines before it');
        stack.push(l.indent);
      }
    }
    previous = l;
  }
  if (previous?.opensBlock) report(previous.line, 'expected an indented block after this line, which ends with a colon');
}

/** Index of the last character of [start, end) that is neither a space nor in a comment, or -1. */
function lastSignificant(code: string, skipped: Uint8Array, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (skipped[i] !== COMMENT && !/\s/.test(code[i]!)) return i;
  return -1;
}

function indentWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width++;
    else if (ch === '\t') width = width - (width % 8) + 8;
    else break;
  }
  return width;
}

function syntaxMessage(code: string, at: number, lineStarts: readonly number[], line: number): string {
  const lineText = code.slice(lineStarts[line - 1], lineStarts[line] ?? code.length).trim();
  const rest = code.slice(at).match(/^\s*([\p{L}\p{N}_]+|\S)/u)?.[1];
  if (rest === undefined) return 'the code ends before the statement is finished';
  // Three words and more with nothing between them but spaces read like pasted output, not code.
  const output = /^[\p{L}\p{N}_]+(?:\s+[\p{L}\p{N}_]+){2,}\s*(?::\s*\S.*)?$/u.test(lineText) ? ' (output pasted into the code?)' : '';
  return `invalid syntax near \`${rest}\`${output}`;
}

function definedNames(tree: Tree, code: string): string[] {
  const names = new Set<string>();
  const text = (node: SyntaxNode): string => code.slice(node.from, node.to);
  tree.iterate({
    enter(ref) {
      const node = ref.node;
      switch (node.name) {
        case 'ClassDefinition':
        case 'FunctionDefinition': {
          const name = node.getChild('VariableName');
          if (name) names.add(text(name));
          break;
        }
        case 'ParamList':
          for (const name of node.getChildren('VariableName')) names.add(text(name));
          break;
        case 'AssignStatement':
        case 'ForStatement':
        case 'ArrayComprehensionExpression':
        case 'ComprehensionExpression':
        case 'DictionaryComprehensionExpression':
        case 'SetComprehensionExpression':
          // Targets: names before the `=` or between `for` and `in`.
          for (let child = node.firstChild, inTarget = node.name === 'AssignStatement'; child; child = child.nextSibling) {
            if (child.name === 'for') inTarget = true;
            else if (child.name === 'in' || child.name === 'AssignOp') inTarget = false;
            else if (inTarget && child.name === 'VariableName') names.add(text(child));
            if (node.name === 'AssignStatement' && child.name === 'AssignOp') break;
          }
          break;
      }
    },
  });
  return [...names];
}

/** Removes the indentation every non-blank line shares. */
function dedent(code: string): string {
  const lines = code.split('\n');
  let common = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    common = Math.min(common, /^[ \t]*/.exec(line)![0].length);
  }
  if (common === 0 || common === Infinity) return code;
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join('\n');
}
