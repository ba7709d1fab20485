/**
 * The corpus configuration file as text. jsonc-parser reads it with locations (comments and trailing
 * commas allowed, as in VS Code's own settings), so that a problem's field path (["lexicon", 3, "kind"])
 * becomes a range, and so that code actions can add an entry while every comment, blank line and the
 * user's layout stay as they were.
 *
 * The entries are placed here rather than with jsonc-parser's `modify`: given formatting options,
 * `modify` re-lays out the whole line it touches (a one-line `{ "pair": [ … ] }` before the new entry
 * becomes six lines), and without them it puts the new entry between the last one and the comment
 * that ends its line.
 */
import { createScanner, findNodeAtLocation, parseTree, SyntaxKind, type Edit, type Node, type ParseError } from 'jsonc-parser';
import { configParseOptions, type ConfigProblem } from '../core/config';
import type { Span } from '../core/types';

function parseConfigTree(text: string): Node | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, configParseOptions);
  return errors.length === 0 ? root : undefined;
}

function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/** The span of the field at path, or of its nearest existing ancestor. A key in `keyName` is located as a key. */
function locateJsonPath(root: Node, path: readonly (string | number)[], keyName?: string): Span {
  let node = root;
  for (const segment of path) {
    const child = findNodeAtLocation(node, [segment]);
    if (!child) break;
    node = child;
  }
  if (keyName !== undefined && node.type === 'object') {
    const key = node.children?.find((property) => property.children?.[0]?.value === keyName)?.children?.[0];
    if (key) return spanOf(key);
  }
  return spanOf(node);
}

/** Where each problem lies in the config text: a syntax error where the parser stopped, a schema problem on its field. */
export function locateProblems(text: string, problems: readonly ConfigProblem[]): { span: Span; message: string }[] {
  const root = parseTree(text, [], configParseOptions);
  return problems.map((problem) => {
    if (problem.span) return { span: problem.span, message: problem.message };
    if (!root) return { span: { start: 0, end: Math.min(1, text.length) }, message: problem.message };
    const unrecognised = /Unrecognized keys?: "([^"]+)"/.exec(problem.message);
    return { span: locateJsonPath(root, problem.path, unrecognised?.[1]), message: problem.message };
  });
}

/** The whitespace that starts the line holding offset, when only whitespace precedes offset on it. */
function indentationBefore(text: string, offset: number): string | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

/** The indentation of the line holding offset, whatever follows it. */
function lineIndentation(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/**
 * What follows a container's last child on its line: whether a comma does (the trailing-comma style),
 * and where the line's own text ends (after that comma and any comment closing the line).
 */
function restOfLine(text: string, after: number): { comma: boolean; end: number } {
  const scanner = createScanner(text, false);
  scanner.setPosition(after);
  let comma = false;
  let end = after;
  for (;;) {
    const token = scanner.scan();
    if (token === SyntaxKind.Trivia) continue;
    if (token === SyntaxKind.CommaToken && !comma) {
      comma = true;
      end = scanner.getPosition();
    } else if (token === SyntaxKind.LineCommentTrivia) {
      return { comma, end: scanner.getPosition() };
    } else if (token === SyntaxKind.BlockCommentTrivia && !/[\r\n]/.test(scanner.getTokenValue())) {
      end = scanner.getPosition();
    } else {
      return { comma, end };
    }
  }
}

interface Layout {
  /** One level of indentation, as the file has it. */
  unit: string;
  eol: string;
}

/**
 * Edits that append `entry` as the last child of an object or array, in the container's own layout:
 * on a line of its own when the children are one a line (after the last child's comment, with a
 * trailing comma when the file uses them), inline when the container is on one line. `entry` gets the
 * indentation of its line and returns the child's text.
 */
function appendChild(text: string, container: Node, layout: Layout, entry: (indent: string) => string): Edit[] {
  const close = container.offset + container.length - 1;
  const containerIndent = lineIndentation(text, container.offset);
  const children = container.children ?? [];
  const last = children[children.length - 1];
  if (!last) {
    const indent = containerIndent + layout.unit;
    const inner = text.slice(container.offset + 1, close);
    const closeIndent = indentationBefore(text, close);
    if (/[\r\n]/.test(inner) && closeIndent !== undefined) {
      // The container is open over several lines (perhaps holding a comment): the entry goes on the closing line's place.
      return [{ offset: close - closeIndent.length, length: 0, content: `${indent}${entry(indent)}${layout.eol}` }];
    }
    const content = `${layout.eol}${indent}${entry(indent)}${layout.eol}${containerIndent}`;
    if (/^\s*$/.test(inner)) return [{ offset: container.offset + 1, length: inner.length, content }];
    return [{ offset: close, length: 0, content }];
  }
  const lastEnd = last.offset + last.length;
  const rest = restOfLine(text, lastEnd);
  if (!/[\r\n]/.test(text.slice(rest.end, close))) {
    // All on one line: the entry joins it.
    return [{ offset: rest.comma ? rest.end : lastEnd, length: 0, content: `${rest.comma ? ' ' : ', '}${entry(containerIndent)}${rest.comma ? ',' : ''}` }];
  }
  const indent = indentationBefore(text, last.offset) ?? containerIndent + layout.unit;
  const line = `${layout.eol}${indent}${entry(indent)}${rest.comma ? ',' : ''}`;
  if (rest.comma) return [{ offset: rest.end, length: 0, content: line }];
  // The separating comma goes right after the last child, before its comment; one edit when nothing is between.
  if (rest.end === lastEnd) return [{ offset: lastEnd, length: 0, content: `,${line}` }];
  return [
    { offset: lastEnd, length: 0, content: ',' },
    { offset: rest.end, length: 0, content: line },
  ];
}

/**
 * The edits (jsonc-parser's, for `applyEdits`) that append `itemJson` to the root object's array
 * property `name`, creating the property when it is missing, in the file's own layout. Null when the
 * text is not a JSON object without syntax errors, or when `name` holds something other than an array.
 */
export function appendToArrayProperty(text: string, name: string, itemJson: string): Edit[] | null {
  const root = parseConfigTree(text);
  if (root?.type !== 'object') return null;
  const firstKey = root.children?.[0];
  const layout: Layout = {
    unit: (firstKey && indentationBefore(text, firstKey.offset)) || '  ',
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
  const item = (indent: string): string => itemJson.split('\n').join(`${layout.eol}${indent}`);
  const array = findNodeAtLocation(root, [name]);
  if (array) return array.type === 'array' ? appendChild(text, array, layout, item) : null;
  const multiLine = !firstKey || /[\r\n]/.test(text.slice(root.offset, root.offset + root.length));
  return appendChild(text, root, layout, (indent) =>
    multiLine
      ? `${JSON.stringify(name)}: [${layout.eol}${indent}${layout.unit}${item(indent + layout.unit)}${layout.eol}${indent}]`
      : `${JSON.stringify(name)}: [${item(indent)}]`,
  );
}

/** A whole new config file holding one array property. */
export function newConfigWithArray(name: string, itemJson: string): string {
  return `{\n  "${name}": [\n    ${itemJson.split('\n').join('\n    ')}\n  ]\n}\n`;
}
