/**
 * The facts store: every document's facts, and the reverse maps from claim keys, subjects and
 * product names to the documents that state them, so that an update finds the keys it touches and
 * a look-up never walks the whole corpus.
 */
import { positionIn } from '../lines';
import type { DocumentFacts, ProductMention } from '../types';
import { claimKey, compareObservations, mergeSorted, subjectOfKey, type Observation } from './observations';

/** The documents that mention one product, each with its mentions in text order. */
export interface ProductMentions {
  path: string;
  facts: DocumentFacts;
  mentions: ProductMention[];
}

const noKeys: ReadonlySet<string> = new Set();

export class FactsStore {
  private readonly documents = new Map<string, DocumentFacts>();
  /** Key → path → that document's observations of the key. */
  private readonly observationsByKey = new Map<string, Map<string, Observation[]>>();
  private readonly keysByPath = new Map<string, Set<string>>();
  /** Subject → the keys of its claims. */
  private readonly keysBySubject = new Map<string, Set<string>>();
  /** Canonical product name → path → that document's mentions of it. */
  private readonly productsByName = new Map<string, Map<string, ProductMention[]>>();
  private readonly productNamesByPath = new Map<string, Set<string>>();
  /** Each key's observations in sorted order, by the key's path map (dropped with the map when the key goes). */
  private readonly sortedByKeyMap = new WeakMap<Map<string, Observation[]>, Observation[]>();
  /** The per-path observation lists already merged into a sorted order (an update replaces a list, never extends it). */
  private readonly sortedLists = new WeakSet<Observation[]>();

  /**
   * Adds or replaces a document. Returns the keys the document stated before, with its observations
   * of each, and every key it touched (before or now). A key whose observations the new facts state
   * exactly as before (see {@link sameObservations}) is not touched: it keeps its observation list,
   * whose observations take the new facts' figures and claims, so that the analyses cached for the
   * key stay valid and an edit elsewhere in the document re-checks nothing of it.
   */
  put(facts: DocumentFacts): { previous: Map<string, Observation[]>; touched: Set<string> } {
    const before = this.documents.get(facts.path);
    const previous = this.detach(facts.path);
    const touched = new Set(previous.keys());
    this.documents.set(facts.path, facts);
    const keys = new Set<string>();
    facts.claims.forEach((claim) => {
      const figure = facts.mentions[claim.mention];
      if (!figure || figure.kind !== 'figure') return;
      const key = claimKey(claim);
      keys.add(key);
      touched.add(key);
      let byPath = this.observationsByKey.get(key);
      if (!byPath) {
        this.observationsByKey.set(key, (byPath = new Map()));
        let subjectKeys = this.keysBySubject.get(claim.subject);
        if (!subjectKeys) this.keysBySubject.set(claim.subject, (subjectKeys = new Set()));
        subjectKeys.add(key);
      }
      let list = byPath.get(facts.path);
      if (!list) byPath.set(facts.path, (list = []));
      list.push({ path: facts.path, mention: claim.mention, figure, claim });
    });
    this.keysByPath.set(facts.path, keys);
    if (before) {
      for (const key of keys) {
        const stated = previous.get(key);
        const byPath = this.observationsByKey.get(key)!;
        const now = byPath.get(facts.path)!;
        if (!stated || !sameObservations(stated, now, before, facts)) continue;
        stated.forEach((observation, i) => {
          observation.figure = now[i]!.figure;
          observation.claim = now[i]!.claim;
        });
        byPath.set(facts.path, stated);
        touched.delete(key);
      }
    }
    const names = new Set<string>();
    for (const mention of facts.mentions) {
      // Compact facts (the command line's, see compactFacts) keep only the figures claims bind: holes elsewhere.
      if (mention?.kind !== 'product') continue;
      names.add(mention.canonical);
      let byPath = this.productsByName.get(mention.canonical);
      if (!byPath) this.productsByName.set(mention.canonical, (byPath = new Map()));
      const list = byPath.get(facts.path);
      if (list) list.push(mention);
      else byPath.set(facts.path, [mention]);
    }
    this.productNamesByPath.set(facts.path, names);
    return { previous, touched };
  }

  /** Removes a document; returns what {@link put} returns for it. */
  delete(path: string): { previous: Map<string, Observation[]>; touched: Set<string> } {
    const previous = this.detach(path);
    this.documents.delete(path);
    return { previous, touched: new Set(previous.keys()) };
  }

  get(path: string): DocumentFacts | undefined {
    return this.documents.get(path);
  }

  paths(): string[] {
    return [...this.documents.keys()].sort();
  }

  /** The keys a document states, sorted. */
  keysOf(path: string): string[] {
    return [...(this.keysByPath.get(path) ?? [])].sort();
  }

  /** The keys a document states, in no particular order; callers must not modify the set. */
  keySetOf(path: string): ReadonlySet<string> {
    return this.keysByPath.get(path) ?? noKeys;
  }

  /** Every key some document states, in no particular order. */
  keys(): IterableIterator<string> {
    return this.observationsByKey.keys();
  }

  hasKey(key: string): boolean {
    return this.observationsByKey.has(key);
  }

  /** The keys of a subject's claims, sorted. */
  keysOfSubject(subject: string): string[] {
    return [...(this.keysBySubject.get(subject) ?? [])].sort();
  }

  /** The documents stating a key, with their observations of it. */
  byPath(key: string): ReadonlyMap<string, readonly Observation[]> | undefined {
    return this.observationsByKey.get(key);
  }

  /** One document's observations of a key, in text order. */
  observationsIn(key: string, path: string): readonly Observation[] {
    return this.observationsByKey.get(key)?.get(path) ?? [];
  }

  /** Every observation of a key, sorted by as-of period, then path and position. */
  observations(key: string): Observation[] {
    const byPath = this.observationsByKey.get(key);
    if (!byPath) return [];
    return [...this.sortedOf(byPath)];
  }

  /** The documents that mention a product (by canonical name), sorted by path. */
  productMentions(canonical: string): ProductMentions[] {
    const byPath = this.productsByName.get(canonical);
    if (!byPath) return [];
    return [...byPath.keys()].sort().map((path) => ({ path, facts: this.documents.get(path)!, mentions: byPath.get(path)! }));
  }

  /** Every path that states one of the touched keys, and the given one. */
  affectedBy(touched: ReadonlySet<string>, path: string): Set<string> {
    const affected = new Set<string>([path]);
    for (const key of touched) {
      for (const other of this.observationsByKey.get(key)?.keys() ?? []) affected.add(other);
    }
    return affected;
  }

  /**
   * The observations of one key's map, sorted, kept between updates: an update replaces a document's
   * lists, so the sorted order of the others is kept and only the new lists are sorted and merged in
   * (an edit of one document costs a pass over the key, not a sort of it).
   */
  private sortedOf(byPath: Map<string, Observation[]>): Observation[] {
    const previous = this.sortedByKeyMap.get(byPath);
    const fresh: Observation[] = [];
    for (const list of byPath.values()) {
      if (previous && this.sortedLists.has(list)) continue;
      this.sortedLists.add(list);
      for (const observation of list) fresh.push(observation);
    }
    let sorted: Observation[];
    if (!previous) {
      sorted = fresh.sort(compareObservations);
    } else {
      // Lists an update replaced or a removal dropped are no longer the path's list.
      const kept = previous.filter((observation) => byPath.get(observation.path)?.includes(observation) === true);
      if (fresh.length === 0 && kept.length === previous.length) return previous;
      fresh.sort(compareObservations);
      sorted = mergeSorted(kept, fresh);
    }
    this.sortedByKeyMap.set(byPath, sorted);
    return sorted;
  }

  /** Removes a document's observations and product mentions; returns the keys it stated with its observations of each. */
  private detach(path: string): Map<string, Observation[]> {
    const previous = new Map<string, Observation[]>();
    for (const key of this.keysByPath.get(path) ?? []) {
      const byPath = this.observationsByKey.get(key);
      previous.set(key, byPath?.get(path) ?? []);
      byPath?.delete(path);
      if (byPath && byPath.size === 0) {
        this.observationsByKey.delete(key);
        const subject = subjectOfKey(key);
        const subjectKeys = this.keysBySubject.get(subject);
        subjectKeys?.delete(key);
        if (subjectKeys?.size === 0) this.keysBySubject.delete(subject);
      }
    }
    this.keysByPath.delete(path);
    for (const name of this.productNamesByPath.get(path) ?? []) {
      const byPath = this.productsByName.get(name);
      byPath?.delete(path);
      if (byPath?.size === 0) this.productsByName.delete(name);
    }
    this.productNamesByPath.delete(path);
    return previous;
  }
}

/**
 * True when two lists of one document's observations of a key say the same: the same figures (by
 * value, at the same offsets) with the same claims, and the same line starts up to the line after the
 * last figure's end. Then every finding and position derived from them is the same too: related
 * locations in other documents' diagnostics, and the "path:line:col" of ignore entries, which can only
 * fall on a figure from a line at most one past it.
 */
function sameObservations(before: readonly Observation[], after: readonly Observation[], old: DocumentFacts, now: DocumentFacts): boolean {
  if (before.length !== after.length || !old.lineStarts || !now.lineStarts) return false;
  let lastEnd = 0;
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a.mention !== b.mention || !sameData(a.figure, b.figure) || !sameData(a.claim, b.claim)) return false;
    lastEnd = Math.max(lastEnd, b.figure.end);
  }
  const through = positionIn(now.lineStarts, Number.MAX_SAFE_INTEGER, lastEnd).line + 1;
  for (let line = 0; line <= through; line++) {
    if (old.lineStarts[line] !== now.lineStarts[line]) return false;
  }
  return true;
}

/** Structural equality of plain data: primitives, arrays and objects with the same own keys and prototype. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], other[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
