/** `fincorpus explain`: what the hover would say about the mention at a position, as text. */
import { neverCancelled } from '../core/cancellation';
import { unclaimedReasons } from '../core/claims';
import { claimConfidence } from '../core/claims/confidence';
import { claimKey } from '../core/corpusIndex';
import {
  describeAsOfSource,
  describeQualifier,
  describeUnit,
  formatFigure,
  formatInterval,
  formatPeriod,
} from '../core/format';
import type { Claim, Mention } from '../core/types';
import type { LineIndex } from '../core/lines';
import type { LoadedCorpus, LoadedDocument } from './corpus';

function asOfText(claim: Claim): string {
  return `${formatPeriod(claim.asOf)} (${describeAsOfSource(claim.asOf.source)})`;
}

function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  // The innermost mention wins when mentions nest; ties go to the shortest.
  return mentions
    .filter((m) => m.start <= offset && offset < m.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** `lines` is the document's text (the corpus keeps only its facts). */
export function explain(corpus: LoadedCorpus, document: LoadedDocument, lines: LineIndex, line: number, character: number): string {
  const offset = lines.offsetAt({ line, character });
  const mention = mentionAt(document.facts.mentions, offset);
  const where = `${document.path}:${line + 1}:${character + 1}`;
  if (!mention) return `${where}: no figure, date or product here`;
  const out = [`${mention.text}  (${where}, ${mention.kind})`];
  const row = (label: string, value: string) => out.push(`  ${label.padEnd(10)} ${value}`);

  if (mention.kind === 'figure') {
    row('canonical', formatFigure(mention));
    row('value', mention.value ?? '(vague)');
    row('qualifier', describeQualifier(mention.qualifier));
    row('interval', `${formatInterval(mention)}  [${mention.low ?? '-∞'}, ${mention.high ?? '+∞'}]`);
    row('unit', `${mention.unit} — ${describeUnit(mention.unit, mention.counter)}`);
    if (mention.precision) row('precision', `± ${mention.precision}`);
    const index = document.facts.mentions.indexOf(mention);
    const claim = document.facts.claims.find((c) => c.mention === index);
    if (claim) {
      row('claim', `${claim.subject} · ${claim.metric} · ${claim.unit}${claim.cumulative ? ' (cumulative)' : ''}`);
      row('as of', asOfText(claim));
      const { subject, metric, period } = claim.provenance;
      row('confidence', `${claimConfidence(claim.provenance)} of 3 (subject ${subject}, metric ${metric}, period ${period})`);
      const series = corpus.index.seriesOf(claimKey(claim));
      const others = series?.observations.filter((o) => !(o.path === document.path && o.mention === index)) ?? [];
      for (const other of others) {
        const otherDocument = corpus.documents.find((d) => d.path === other.path);
        const position = otherDocument?.lines.positionAt(other.figure.start);
        const at = position ? `${other.path}:${position.line + 1}:${position.character + 1}` : other.path;
        row('elsewhere', `${other.figure.text} → ${formatFigure(other.figure)}, as of ${asOfText(other.claim)}  ${at}`);
      }
    } else {
      const date = document.facts.documentDate;
      row('as of', date ? `${date.date} (the document date; no claim is bound to this figure)` : 'unknown (no claim is bound to this figure)');
      const { facts } = document;
      const reason = unclaimedReasons(lines.text, facts.mentions, facts.documentDate, corpus.config, neverCancelled).get(index);
      row('no claim', reason ?? 'the extractor did not reach it (outside any sentence it reads)');
    }
  } else if (mention.kind === 'date') {
    row('period', formatPeriod(mention.period, mention.granularity));
    row('start', mention.period.start);
    row('end', mention.period.end);
    row('grain', mention.granularity + (mention.relative ? ' (resolved against the document date)' : ''));
  } else {
    row('canonical', mention.canonical);
    row('kind', mention.entityKind);
    if (mention.owner) row('owner', mention.owner);
  }
  return out.join('\n');
}
