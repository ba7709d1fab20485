/**
 * Section headings of digests: a line that names a metric (归母净利润, or 归母净利润 - 农业银行… with the
 * first item after it) and bullets under it (- 邮储银行净利润492.28亿元). A bullet that names a broader
 * concept than its heading's (净利润 under 归母净利润) means the heading's.
 */
import type { MetricNormaliser } from '../../glossary';

interface HeadingSpan {
  /** The bullets under the heading, as offsets into the text. */
  start: number;
  end: number;
  concept: string;
}

const bullet = /^[\s\u3000]*[-–—•·*▪●◆■][\s\u3000]/;
/** A heading names its metric alone on its line, or before " - " and the first item. */
const headingPrefix = /^[\s\u3000]*([^\s\u3000\d，,。；;：:\-–—]{2,12})(?:[\s\u3000]+[-–—][\s\u3000]|[\s\u3000]*$)/;

/** A heading inside a line: after a citation marker, before " - " and its first item. */
const inlineHeading = /(?<=\][\s\u3000]*)([^\s\u3000\d，,。；;：:\-–—\[\]]{2,12})[\s\u3000]+[-–—][\s\u3000]/g;

export class Headings {
  private readonly spans: HeadingSpan[] = [];

  constructor(text: string, normaliser: MetricNormaliser) {
    let current: HeadingSpan | null = null;
    let lineStart = 0;
    // Most documents have no bulleted lines: nothing to do for them.
    if (!/\n[\s\u3000]*[-–—•·*▪●◆■][\s\u3000]/.test(text) && !/\][\s\u3000]*[^\s\u3000\d\]]{2,12}[\s\u3000]+[-–—][\s\u3000]/.test(text)) return;
    while (lineStart <= text.length) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? text.length : newline;
      const line = text.slice(lineStart, lineEnd);
      if (bullet.test(line)) {
        if (current) current.end = lineEnd;
      } else {
        current = null;
        const prefix = headingPrefix.exec(line)?.[1];
        const concept = prefix ? normaliser.normalise(prefix) : '';
        if (concept && normaliser.isKnown(concept)) {
          current = { start: lineStart, end: lineEnd, concept };
          this.spans.push(current);
        }
        // A digest flattened onto one line (… [2] 归母净利润 - 农业银行归母净利润1395.1亿元 … [3] 净息差表现 - …): a heading after
        // a citation marker governs up to the next such heading.
        const inline = [...line.matchAll(inlineHeading)];
        inline.forEach((match, i) => {
          const inlineConcept = normaliser.normalise(match[1]!);
          if (!inlineConcept || !normaliser.isKnown(inlineConcept)) return;
          const start = lineStart + match.index;
          const end = i + 1 < inline.length ? lineStart + inline[i + 1]!.index : lineEnd;
          const span = { start, end, concept: inlineConcept };
          this.spans.push(span);
          if (end === lineEnd) current = span;
        });
      }
      if (newline < 0) break;
      lineStart = newline + 1;
    }
  }

  /** The metric of a claim at an offset, with a broader concept narrowed to its heading's. */
  narrow(offset: number, metric: string, baseMetric: string): string {
    if (this.spans.length === 0 || !baseMetric) return metric;
    // Inline headings nest in their line's: the innermost that holds the offset governs.
    let span: HeadingSpan | undefined;
    for (const candidate of this.spans) if (candidate.start <= offset && offset <= candidate.end && (!span || candidate.start >= span.start)) span = candidate;
    if (!span || span.concept === baseMetric || !span.concept.endsWith(baseMetric) || !metric.startsWith(baseMetric)) return metric;
    return `${span.concept}${metric.slice(baseMetric.length)}`;
  }
}
