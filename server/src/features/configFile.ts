/**
 * The corpus configuration file as text: a small JSON reader that remembers where every value is,
 * so that a problem's field path (["lexicon", 3, "kind"]) becomes a range, and so that code actions
 * can insert an entry into an array without rewriting the user's formatting.
 */
import type { ConfigProblem } from '../core/config';
import type { Span } from '../core/types';

export type JsonNode =
  | (Span & { type: 'object'; properties: { key: string; keySpan: Span; value: JsonNode }[] })
  | (Span & { type: 'array'; items: JsonNode[] })
  | (Span & { type: 'scalar' });

/** Reads JSON into a tree of spans; null when the text is not valid JSON. */
export function parseJsonTree(text: string): JsonNode | null {
  let at = 0;
  const skipSpace = (): void => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  const readString = (): Span => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    if (at >= text.length) throw new SyntaxError('unterminated string');
    at++;
    return { start, end: at };
  };
  const readValue = (): JsonNode => {
    skipSpace();
    const start = at;
    const c = text[at];
    if (c === '{') {
      at++;
      const properties: { key: string; keySpan: Span; value: JsonNode }[] = [];
      skipSpace();
      if (text[at] === '}') return { type: 'object', properties, start, end: ++at };
      for (;;) {
        skipSpace();
        if (text[at] !== '"') throw new SyntaxError('expected a key');
        const keySpan = readString();
        const key = JSON.parse(text.slice(keySpan.start, keySpan.end)) as string;
        skipSpace();
        if (text[at++] !== ':') throw new SyntaxError('expected a colon');
        properties.push({ key, keySpan, value: readValue() });
        skipSpace();
        if (text[at] === ',') at++;
        else if (text[at] === '}') return { type: 'object', properties, start, end: ++at };
        else throw new SyntaxError('expected , or }');
      }
    }
    if (c === '[') {
      at++;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[at] === ']') return { type: 'array', items, start, end: ++at };
      for (;;) {
        items.push(readValue());
        skipSpace();
        if (text[at] === ',') at++;
        else if (text[at] === ']') return { type: 'array', items, start, end: ++at };
        else throw new SyntaxError('expected , or ]');
      }
    }
    if (c === '"') return { type: 'scalar', ...readString() };
    const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(at));
    if (!literal) throw new SyntaxError('unexpected character');
    at += literal[0].length;
    return { type: 'scalar', start, end: at };
  };
  try {
    const root = readValue();
    skipSpace();
    return at === text.length ? root : null;
  } catch {
    return null;
  }
}

/** The span of the field at path, or of its nearest existing ancestor. A key in `keyName` is located as a key. */
export function locateJsonPath(root: JsonNode, path: readonly (string | number)[], keyName?: string): Span {
  let node: JsonNode = root;
  let span: Span = root;
  for (const segment of path) {
    if (node.type === 'object' && typeof segment === 'string') {
      const property = node.properties.find((p) => p.key === segment);
      if (!property) return span;
      node = property.value;
      span = property.value;
    } else if (node.type === 'array' && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment]!;
      span = node;
    } else {
      return span;
    }
  }
  if (keyName !== undefined && node.type === 'object') {
    const property = node.properties.find((p) => p.key === keyName);
    if (property) return property.keySpan;
  }
  return span;
}

/** Where each problem lies in the config text. */
export function locateProblems(text: string, problems: readonly ConfigProblem[]): { span: Span; message: string }[] {
  const root = parseJsonTree(text);
  return problems.map((problem) => {
    if (!root) {
      // A syntax error: the JSON parser's message usually names the offset.
      const position = /position (\d+)/.exec(problem.message);
      const offset = position ? Math.min(Number(position[1]), text.length) : 0;
      return { span: { start: offset, end: Math.min(offset + 1, text.length) }, message: problem.message };
    }
    const unrecognised = /Unrecognized keys?: "([^"]+)"/.exec(problem.message);
    return { span: locateJsonPath(root, problem.path, unrecognised?.[1]), message: problem.message };
  });
}

export interface TextInsertion {
  offset: number;
  text: string;
}

/**
 * Where and what to insert so that the root object's array property `name` gains `itemJson` at its end,
 * creating the property when it is missing. Null when the text is not a JSON object.
 */
export function appendToArrayProperty(text: string, name: string, itemJson: string): TextInsertion | null {
  const root = parseJsonTree(text);
  if (!root || root.type !== 'object') return null;
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const itemIndent = indent + indent;
  const indentedItem = itemJson.split('\n').join(`\n${itemIndent}`);
  const property = root.properties.find((p) => p.key === name);
  if (property) {
    if (property.value.type !== 'array') return null;
    const items = property.value.items;
    if (items.length === 0) {
      return { offset: property.value.start + 1, text: `\n${itemIndent}${indentedItem}\n${indent}` };
    }
    return { offset: items[items.length - 1]!.end, text: `,\n${itemIndent}${indentedItem}` };
  }
  const entry = `"${name}": [\n${itemIndent}${indentedItem}\n${indent}]`;
  const last = root.properties[root.properties.length - 1];
  if (last) return { offset: last.value.end, text: `,\n${indent}${entry}` };
  return { offset: root.start + 1, text: `\n${indent}${entry}\n` };
}

/** A whole new config file holding one array property. */
export function newConfigWithArray(name: string, itemJson: string): string {
  return `{\n  "${name}": [\n    ${itemJson.split('\n').join('\n    ')}\n  ]\n}\n`;
}
