/**
 * Interning for the facts a corpus keeps of its closed documents (the command line's corpus, the
 * server's closed documents): their claims and mentions name the same few subjects, metrics, units,
 * dates and products thousands of times, and one copy of each is enough.
 */
import type { DocumentFacts } from '../types';

/**
 * One instance of each string, and of each claim's period and provenance: the claims of a corpus
 * name the same few things over and over. Nothing changes a claim once the analysis made it.
 */
export class StringPool {
  private readonly pool = new Map<string, string>();
  private readonly records = new Map<string, object>();

  /** A flat record of strings shared with every equal one; equal means the same keys, in the same order, with the same values. */
  private record<T extends object>(value: T): T {
    let key = '';
    for (const [name, field] of Object.entries(value)) key += `${name}\u0000${String(field)}\u0000`;
    const known = this.records.get(key);
    if (known !== undefined) return known as T;
    this.records.set(key, value);
    return value;
  }

  private of(value: string): string;
  private of(value: string | null): string | null;
  private of(value: string | null): string | null {
    if (value === null) return null;
    const known = this.pool.get(value);
    if (known !== undefined) return known;
    this.pool.set(value, value);
    return value;
  }

  /**
   * Replaces the strings of the claims, of the figures they bind and of the product mentions kept
   * by the pool's instances, in place.
   */
  intern(facts: DocumentFacts): void {
    for (const claim of facts.claims) {
      claim.subject = this.of(claim.subject);
      claim.metric = this.of(claim.metric);
      claim.unit = this.of(claim.unit) as typeof claim.unit;
      claim.asOf = this.record(claim.asOf);
      claim.asOf.start = this.of(claim.asOf.start);
      claim.asOf.end = this.of(claim.asOf.end);
      claim.asOf.source = this.of(claim.asOf.source) as typeof claim.asOf.source;
      claim.provenance = this.record(claim.provenance);
      const { provenance } = claim;
      provenance.subject = this.of(provenance.subject) as typeof provenance.subject;
      provenance.metric = this.of(provenance.metric) as typeof provenance.metric;
      provenance.period = this.of(provenance.period) as typeof provenance.period;
      const figure = facts.mentions[claim.mention];
      if (figure?.kind !== 'figure') continue;
      figure.kind = this.of(figure.kind) as typeof figure.kind;
      figure.text = this.of(figure.text);
      figure.qualifier = this.of(figure.qualifier) as typeof figure.qualifier;
      figure.direction = this.of(figure.direction) as typeof figure.direction;
      figure.value = this.of(figure.value);
      figure.low = this.of(figure.low);
      figure.high = this.of(figure.high);
      figure.unit = this.of(figure.unit) as typeof figure.unit;
      figure.counter = this.of(figure.counter);
      figure.precision = this.of(figure.precision);
    }
    for (const mention of facts.mentions) {
      if (mention?.kind !== 'product') continue;
      mention.kind = this.of(mention.kind) as typeof mention.kind;
      mention.text = this.of(mention.text);
      mention.canonical = this.of(mention.canonical);
      mention.entityKind = this.of(mention.entityKind) as typeof mention.entityKind;
      mention.owner = this.of(mention.owner);
    }
  }
}
