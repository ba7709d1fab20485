/**
 * Semantic tokens: figures in the qualifier, number and unit parts their grammar read; dates;
 * products. The legend holds only standard token types, so that any editor's theme colours them;
 * what a token is to us (figure, qualifier, unit, date, product) and its finer kind travel as
 * modifiers, which VS Code maps to the grammar's scopes through package.json's semanticTokenScopes.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { CancellationToken } from '../core/cancellation';
import type { FigureMention, FigurePartRole, Mention } from '../core/types';
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

/**
 * The token kind of each part the figure grammar records. Direction words (增长, down) stay plain
 * text, as in the TextMate grammar: they state the sign, not a hedge.
 */
const kindOfPart = {
  qualifier: 'qualifier',
  number: 'figure',
  unit: 'unit',
  direction: null,
} as const satisfies Record<FigurePartRole, TokenKind | null>;

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
      return mention.parts.flatMap((part) => {
        const type = kindOfPart[part.role];
        return type ? [{ start: part.start, end: part.end, type, modifiers }] : [];
      });
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
  const { lines } = context;
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
