/** `fincorpus explain`: what the hover would say about the mention at a position, as text. */
import { claimKey } from '../core/corpus';
import type { Claim, FigureMention, Mention } from '../core/types';
import type { LoadedCorpus, LoadedDocument } from './corpus';

const qualifierWords: Record<string, string> = {
  exact: 'exact',
  approx: 'approximate',
  'lower-bound': 'lower bound',
  'upper-bound': 'upper bound',
  range: 'range',
};

function interval(figure: FigureMention): string {
  if (figure.low === null && figure.high === null) return 'unbounded (approximate)';
  return `[${figure.low ?? '-∞'}, ${figure.high ?? '+∞'}${figure.high === null ? ')' : ']'}`;
}

function asOfText(claim: Claim): string {
  const period = claim.asOf.start === claim.asOf.end ? claim.asOf.start : `${claim.asOf.start} … ${claim.asOf.end}`;
  return `${period} (${claim.asOf.source === 'text' ? 'from the text' : 'the document date'})`;
}

function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  // The innermost mention wins when mentions nest; ties go to the shortest.
  return mentions
    .filter((m) => m.start <= offset && offset < m.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

export function explain(corpus: LoadedCorpus, document: LoadedDocument, line: number, character: number): string {
  const offset = document.lines.offsetAt({ line, character });
  const mention = mentionAt(document.facts.mentions, offset);
  const where = `${document.path}:${line + 1}:${character + 1}`;
  if (!mention) return `${where}: no figure, date or product here`;
  const out = [`${mention.text}  (${where}, ${mention.kind})`];
  const row = (label: string, value: string) => out.push(`  ${label.padEnd(10)} ${value}`);

  if (mention.kind === 'figure') {
    row('value', mention.value ?? '(vague)');
    row('qualifier', qualifierWords[mention.qualifier] ?? mention.qualifier);
    row('interval', interval(mention));
    row('unit', mention.unit + (mention.counter ? ` (measure word ${mention.counter})` : ''));
    if (mention.precision) row('precision', `± ${mention.precision}`);
    const index = document.facts.mentions.indexOf(mention);
    const claim = document.facts.claims.find((c) => c.mention === index);
    if (claim) {
      row('claim', `${claim.subject} · ${claim.metric} · ${claim.unit}${claim.cumulative ? ' (cumulative)' : ''}`);
      row('as of', asOfText(claim));
      const series = corpus.index.series().find((s) => s.key === claimKey(claim));
      const others = series?.observations.filter((o) => !(o.path === document.path && o.mention === index)) ?? [];
      for (const other of others) {
        const otherDocument = corpus.documents.find((d) => d.path === other.path);
        const position = otherDocument?.lines.positionAt(other.figure.start);
        const at = position ? `${other.path}:${position.line + 1}:${position.character + 1}` : other.path;
        row('elsewhere', `${other.figure.text} = ${other.figure.value ?? '?'} as of ${asOfText(other.claim)}  ${at}`);
      }
    } else {
      row('as of', document.facts.documentDate ? `${document.facts.documentDate.date} (the document date; no claim bound)` : 'unknown');
    }
  } else if (mention.kind === 'date') {
    row('period', mention.period.start === mention.period.end ? mention.period.start : `${mention.period.start} … ${mention.period.end}`);
    row('start', mention.period.start);
    row('end', mention.period.end);
    row('grain', mention.granularity + (mention.relative ? ' (relative to the document date)' : ''));
  } else {
    row('canonical', mention.canonical);
    row('kind', mention.entityKind);
    if (mention.owner) row('owner', mention.owner);
  }
  return out.join('\n');
}
