/**
 * Semantic tokens: figures split into qualifier, number and unit; dates; products. The legend holds
 * only standard token types, so that any editor's theme colours them; what a token is to us (figure,
 * qualifier, unit, date, product) and its finer kind travel as modifiers, which VS Code maps to the
 * grammar's scopes through package.json's semanticTokenScopes.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { CancellationToken } from '../core/cancellation';
import type { FigureMention, Mention } from '../core/types';
import type { Workspace } from '../workspace';
import { documentContext } from './lookup';

/** What a part of a mention is, in our terms. */
export const tokenKinds = ['figure', 'qualifier', 'unit', 'date', 'product'] as const;
type TokenKind = (typeof tokenKinds)[number];

/** The standard token type of each kind: a date is a named constant, a product or bank a class. */
export const standardTypeOf = {
  figure: 'number',
  qualifier: 'keyword',
  unit: 'type',
  date: 'enumMember',
  product: 'class',
} as const satisfies Record<TokenKind, string>;

export const tokenTypes = [...new Set(tokenKinds.map((kind) => standardTypeOf[kind]))];
export const tokenModifiers = [...tokenKinds, 'approximate', 'bound', 'relative', 'asOf', 'organisation', 'platform'] as const;

type TokenModifier = (typeof tokenModifiers)[number];

export const semanticTokensLegend: SemanticTokensLegend = {
  tokenTypes,
  tokenModifiers: [...tokenModifiers],
};

export interface TokenPart {
  /** Offset within the mention's text. */
  start: number;
  end: number;
  type: TokenKind;
}

const leadingQualifier =
  /^(?:超过|超出|超|逾|突破|多达|高达|近乎|接近|将近|近|不到|低于|不足|约|大约|大概|至少|最多|最高|at least|more than|over|about|around|approximately|nearly|almost|up to|under|below)\s*/i;
const currencyPrefix = /^(?:US\$|HK\$|RMB\s?|CNY\s?|USD\s?|HKD\s?|[¥￥$€£]|百分之)/i;
const numericCore =
  /^(?:[0-9０-９]|[.,．，](?=[0-9０-９])|[零〇一二两兩三四五六七八九十拾百佰千仟万萬亿億]|[-–~～至到](?=\s*[0-9０-９零〇一二两兩三四五六七八九十])|\s?(?:million|billion|trillion|bn|mn)\b|[kKmM](?![a-zA-Z]))+/;
const trailingQualifier = /^(?:多|余|餘|以上|以下|以内|以內|左右|上下|\+|＋|plus)/i;

/** Splits a figure's text into qualifier, number and unit parts: 超|3.6亿, 1.6万亿|元, 30|多|个. */
export function splitFigure(text: string): TokenPart[] {
  const parts: TokenPart[] = [];
  let at = 0;
  const take = (pattern: RegExp, type: TokenKind): boolean => {
    const match = pattern.exec(text.slice(at));
    if (!match || match[0].length === 0) return false;
    parts.push({ start: at, end: at + match[0].length, type });
    at += match[0].length;
    return true;
  };
  take(leadingQualifier, 'qualifier');
  take(currencyPrefix, 'unit');
  if (!take(numericCore, 'figure')) return [{ start: 0, end: text.length, type: 'figure' }];
  take(trailingQualifier, 'qualifier');
  if (at < text.length && text.slice(at).trim().length > 0) {
    // A qualifier may follow the unit (3.6亿元以上); anything else left is the unit.
    const rest = text.slice(at);
    const tail = /(?:以上|以下|以内|以內|左右|上下)$/.exec(rest);
    const unitEnd = tail ? text.length - tail[0].length : text.length;
    if (unitEnd > at) parts.push({ start: at, end: unitEnd, type: 'unit' });
    if (tail) parts.push({ start: unitEnd, end: text.length, type: 'qualifier' });
  }
  return parts;
}

function modifierBits(modifiers: TokenModifier[]): number {
  return modifiers.reduce((bits, modifier) => bits | (1 << tokenModifiers.indexOf(modifier)), 0);
}

function figureModifiers(figure: FigureMention): TokenModifier[] {
  if (figure.qualifier === 'approx') return ['approximate'];
  if (figure.qualifier === 'lower-bound' || figure.qualifier === 'upper-bound') return ['bound'];
  return [];
}

function mentionParts(mention: Mention): { start: number; end: number; type: TokenKind; modifiers: TokenModifier[] }[] {
  switch (mention.kind) {
    case 'figure': {
      const modifiers = figureModifiers(mention);
      return splitFigure(mention.text).map((part) => ({
        start: mention.start + part.start,
        end: mention.start + part.end,
        type: part.type,
        modifiers,
      }));
    }
    case 'date': {
      const modifiers: TokenModifier[] = [];
      if (mention.relative) modifiers.push('relative');
      if (mention.asOf) modifiers.push('asOf');
      return [{ start: mention.start, end: mention.end, type: 'date', modifiers }];
    }
    case 'product': {
      const modifiers: TokenModifier[] =
        mention.entityKind === 'organisation' ? ['organisation'] : mention.entityKind === 'platform' ? ['platform'] : [];
      return [{ start: mention.start, end: mention.end, type: 'product', modifiers }];
    }
  }
}

export async function semanticTokens(workspace: Workspace, uri: string, token: CancellationToken): Promise<SemanticTokens> {
  const builder = new SemanticTokensBuilder();
  const context = await documentContext(workspace, uri, token);
  if (!context) return builder.build();
  const { lines } = context.entry;
  for (const mention of context.facts.mentions) {
    for (const part of mentionParts(mention)) {
      const start = lines.positionAt(part.start);
      const end = lines.positionAt(part.end);
      // Editors do not support tokens across lines; a mention broken by a line end is skipped.
      if (start.line !== end.line || end.character <= start.character) continue;
      const type = tokenTypes.indexOf(standardTypeOf[part.type]);
      builder.push(start.line, start.character, end.character - start.character, type, modifierBits([part.type, ...part.modifiers]));
    }
  }
  return builder.build();
}
