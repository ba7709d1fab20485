/**
 * Several values of one metric that all fall back on the report's period (a digest's list of the bank's "latest
 * events": net profit up 14.53% …, surged 18.08% …, up 20.06% …) belong to periods the text does not state. At
 * most one of them can be the report's: none is claimed, rather than each of them clashing with the others.
 */
import type { Claim, Mention } from '../../types';

/** How many different values of one key at the report's period make a series whose periods are unstated. */
const seriesValues = 3;

/** The claims to drop, by their position in `claims`. */
export function unstatedSeries(claims: readonly Claim[], mentions: readonly Mention[]): Set<number> {
  const groups = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    if (claim.provenance?.period !== 'report') return;
    const key = `${claim.subject}\u0000${claim.metric}\u0000${claim.asOf.start}\u0000${claim.asOf.end}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const dropped = new Set<number>();
  for (const members of groups.values()) {
    if (members.length < seriesValues) continue;
    const values = new Set(members.map((i) => valueOf(mentions[claims[i]!.mention])));
    if (values.size >= seriesValues) for (const i of members) dropped.add(i);
  }
  return dropped;
}

function valueOf(mention: Mention | undefined): string {
  return mention?.kind === 'figure' ? `${mention.value ?? mention.low ?? ''}/${mention.high ?? ''}` : '';
}
