/**
 * Claim extraction: binds each figure to the entity its clause talks about, a normalised metric key
 * and the period that governs it. The sentence model is deliberately shallow (sentences, clauses,
 * paragraphs found from punctuation and line structure); the rules work on Chinese topic position,
 * 的-modifiers and English word order rather than on a parse.
 */
import { throwIfCancelled, type CancellationToken } from '../cancellation';
import type { CorpusConfig } from '../config';
import { daysInMonth, isOneMonth, pointPeriod } from '../datesCalendar';
import { MetricNormaliser, simplify } from '../glossary';
import type { Claim, ClaimProvenance, DateMention, DocumentDate, FigureMention, Mention, Period, Span } from '../types';
import { isBaseUnit, unitKind } from '../units';
import { ZoneMask } from '../zoneMask';
import { MetricBinder, changeAmountKey, growthWords, isQualifyingFigure, tidyMetric, unitFitsConcept } from './metricBinder';
import { isDistribution, outlookMetric, outlookOf, type Outlook } from './outlook';
import { asOfFor, comparisonBefore, englishWholeYear, unresolvedPeriodWord, yearlessPeriod, yearBefore, carriedReach, clauseInitialDate, dateAfterOpeningNames, englishAsOfBefore, governingParagraphDate, guessMetricKind, guessRatioTiming, latestCutOff, periodOf, periodRead, periodReading } from './periods';
import { findTables } from '../tables';
import { tableClaims, type TableClaims } from './patterns/tables';
import { detectReportPeriod, monthlyReleaseNames, periodOfReport, type ReportPart, type ReportPeriod } from './reportPeriod';
import { shorthandPeriods } from './shorthandPeriods';
import { ageMetric, launchedBefore } from './patterns/age';
import { appositiveOwner } from './patterns/appositive';
import { distinctChangeKey, sinceYearStartKey, statesItsBase, statesSinceYearStart } from './patterns/changeBases';
import { Headings } from './patterns/headings';
import { monthBefore, opensWithPreviousMonth } from './patterns/previousMonth';
import { unstatedSeries } from './patterns/unstatedSeries';
import { enumerations } from './patterns/enumeration';
import { earnedProfitMetric } from './earnedProfit';
import { fromToPairs, isFromWithoutTo, ownDateAfter, ownDateBefore, type FromToValue } from './patterns/fromTo';
import { firstStartingAt, listStartOf, outsideBrackets, segmentText, spansWithin, type Clause, type Sentence } from './sentences';
import {
  findCollectives,
  findEnglishBranches,
  findEnglishOrganisationNames,
  findOrganisationNames,
  findPronouns,
  findQuotedProducts,
  findStatisticalPopulations,
  headSubject,
  isCitedSource,
  isCompiler,
  isPartOfNoun,
  mainOrganisation,
  organisationalAnaphor,
  type SubjectMention,
} from './subjects';

/** How far back a note such as 以上数据截至… reaches (a long paragraph or an infographic's block). */
const noteReach = 800;
const sectorWords = /行业|同业|全国|商业银行|银行业|平均|市场|上市银行|国有行|股份行|公司|机构|银行|\b(?:china|chinese|national|nationwide|industry|sector|market|banking system)\b/i;
const listSeparatorOnly = /^[\s\u3000、，,；;]*$/;
const parallelCopula = /^[\s\u3000]*(?:则|亦|也|同样)?(?:为|是|达到?|录得|有)?[\s\u3000]*$/;
const combinedWords = /合计|共计|总计|合共|加起来|combined|together/i;
const bothWords = /两家|二者|两者|双方|\bboth\b|\bthe two\b/i;
const cumulativeWords = /累计|累積|累积|cumulative|accumulated|in total|to date/i;

/** Metrics of an institution's accounts, which a product does not have. */
const institutionMetrics = new Set([
  '净利润', '营业收入', '利润总额', '资产总额', '负债总额', '存款余额', '拨备覆盖率', '资本充足率', '核心一级资本充足率', '净息差',
  '成本收入比', '净资产收益率', '总资产收益率', '员工人数',
]);


export class ClaimExtractor {
  private readonly normaliser: MetricNormaliser;
  private readonly binder: MetricBinder;

  constructor(config: Pick<CorpusConfig, 'metricAliases'>) {
    this.normaliser = new MetricNormaliser(config);
    this.binder = new MetricBinder(this.normaliser);
  }

  /** A share of a concept the ontology knows (存放中央银行款项占比) is timed as its whole: a balance's at a moment, a flow's over the period. */
  private shareTiming(metric: string): 'moment' | 'period' | null {
    const share = /^(.{2,})(?:占比|比重|比例)$/.exec(metric);
    const kind = share ? this.normaliser.concept(share[1]!)?.kind : undefined;
    return kind === 'stock' ? 'moment' : kind === 'flow' ? 'period' : null;
  }

  /**
   * `unclaimed`, when given, receives for every figure left without a claim the reason why, in words
   * (for `explain` and the hover; the extraction itself does not need it).
   */
  /**
   * The claims of a document's figures. `joinedLineEnds` are where the reading view joined the lines of
   * extracted text: rules that carry a period along its line stop there as at a line break.
   */
  extract(
    text: string,
    mentions: readonly Mention[],
    documentDate: DocumentDate | null,
    token: CancellationToken,
    unclaimed?: Map<number, string>,
    joinedLineEnds: readonly number[] = [],
  ): Claim[] {
    const lineEndAfter = (offset: number): number => {
      const lineBreak = text.indexOf('\n', offset);
      const hard = lineBreak < 0 ? text.length : lineBreak;
      const soft = joinedLineEnds.length === 0 ? -1 : joinedLineEnds[firstAtOrAfter(joinedLineEnds, offset)] ?? -1;
      return soft >= 0 && soft < hard ? soft : hard;
    };
    const skip = (index: number, reason: string): void => void unclaimed?.set(index, reason);
    // Each pass over the whole text checks the token, so that a long document cancels promptly.
    const simplified = simplify(text);
    throwIfCancelled(token);
    // The byline's line (作者 · 2025-03-18) ends the title's sentence: the text after it opens one of its own.
    const bylineEnd = documentDate?.span && documentDate.source !== 'inferred' ? text.indexOf('\n', documentDate.span.end) : -1;
    const model = segmentText(text, bylineEnd >= 0 ? [bylineEnd] : []);
    throwIfCancelled(token);
    const figures: { figure: FigureMention; index: number }[] = [];
    const dates: DateMention[] = [];
    const entities: SubjectMention[] = [];
    mentions.forEach((mention, index) => {
      if (mention.kind === 'figure') figures.push({ figure: mention, index });
      // The byline's date is the document's, which says when it was written, not what its figures are of.
      else if (mention.kind === 'date') {
        if (!isBylineDate(mention, documentDate)) dates.push(mention);
      } else entities.push({ start: mention.start, end: mention.end, name: mention.canonical, organisation: mention.entityKind === 'organisation', pronoun: null, collective: false });
    });
    const taken = new ZoneMask(mentions);
    const populations = findStatisticalPopulations(simplified, taken);
    const organisations = findOrganisationNames(simplified, taken.with(populations));
    const englishOrganisations = findEnglishOrganisationNames(text, taken);
    const named = [...entities, ...populations, ...organisations, ...englishOrganisations];
    // The count inside a collective (19家民营银行) is part of the name, so figures do not block it.
    const collectives = findCollectives(simplified, new ZoneMask(mentions.filter((mention) => mention.kind !== 'figure')).with(named));
    named.push(...collectives);
    const collectiveMask = new ZoneMask(collectives);
    const namedTaken = taken.with(named);
    const quotedProducts = findQuotedProducts(simplified, namedTaken);
    named.push(...quotedProducts, ...findEnglishBranches(text, namedTaken));
    named.sort((a, b) => a.start - b.start);
    throwIfCancelled(token);
    const namedMask = new ZoneMask(named);
    const pronouns = findPronouns(simplified).filter((pronoun) => !namedMask.intersects(pronoun.start, pronoun.end));
    throwIfCancelled(token);
    // 据国家金融监管总局数据, 根据人民银行的统计: the source of the figures, not what they are about.
    for (let i = named.length - 1; i >= 0; i--) {
      const name = named[i]!;
      if (isCitedSource(simplified, name) || isCompiler(simplified, name) || isPartOfNoun(simplified, name) || isListingVenue(simplified, name)) named.splice(i, 1);
    }
    const subjects = [...named, ...pronouns].sort((a, b) => a.start - b.start);
    // Where each candidate ends, for telling a conjunction between two names from a preposition before one.
    const subjectEnds = new Set(subjects.map((subject) => subject.end));
    // A central bank's release that names nobody (2025年7月金融统计数据报告 as reprinted) speaks for its publisher.
    const speaker =
      mainOrganisation(named, new Set(entities.filter((entity) => entity.organisation).map((entity) => entity.name))) ??
      (centralBankRelease.test(simplified.slice(0, 600)) ? nationwidePublisher : null);
    const organisationNames = new Set(named.filter((entity) => entity.organisation && entity.pronoun === null).map((entity) => entity.name));
    // The lexicon's entities and the quoted product names, and which are products (for the age of a product, 上线年限).
    const quotedNames = quotedProducts.map((product) => product.name);
    const known = new Set([...entities.map((entity) => entity.name), ...quotedNames]);
    const products = new Set([...entities.filter((entity) => !entity.organisation).map((entity) => entity.name), ...quotedNames]);
    const owners = new Map<string, string>();
    for (const mention of mentions) if (mention.kind === 'product' && mention.owner) owners.set(mention.canonical, mention.owner);
    // A story on several of the lexicon's banks (内银业绩齐放榜) says 集团 of the bank it last named, not of its main one.
    const lexiconBanks = new Set(entities.filter((entity) => entity.organisation && !owners.has(entity.name)).map((entity) => entity.name));
    let lastOrganisation: string | null = null;
    // A document without a date of its own (a report extracted from a PDF) speaks as of its latest cut-off.
    const statedOrLatestDate = documentDate ?? latestCutOff(dates);
    const report = detectReportPeriod(text, documentDate);
    const headings = new Headings(text, this.normaliser);
    const figureMentions = figures.map((entry) => entry.figure);

    const claims: Claim[] = [];
    // Tables state their figures by row and column, which the sentence rules below do not read. They are found
    // again here rather than passed from the analyzer: the claims read a view of the text (readingView.ts) whose
    // offsets may differ, and a text without a pipe or a tab costs one indexOf.
    const tables = findTables(text);
    const tabled: TableClaims | null =
      tables.length === 0
        ? null
        : tableClaims(tables, figures, {
            normaliser: this.normaliser,
            growthKey: this.binder.growthKey,
            topic: speaker,
            report,
            organisationIn: (start, end) => named.find((entity) => entity.organisation && !entity.collective && entity.pronoun === null && entity.start >= start && entity.end <= end)?.name ?? null,
            periodBefore: (offset) => {
              const caption = spansWithin(dates, { start: Math.max(0, offset - tableCaptionReach), end: offset }).filter((date) => !date.relative || documentDate !== null);
              const last = caption[caption.length - 1];
              return last ? periodOf(last) : null;
            },
          });
    if (tabled) {
      claims.push(...tabled.claims);
      for (const [index, reason] of tabled.reasons) skip(index, reason);
    }
    let paragraphSubject: string | null = null;
    // Whether the sentence's subject was named in it or resolved from a pronoun.
    let sentenceSubjectSource: ClaimProvenance['subject'] = 'clause';
    let lastSubject: string | null = null;
    let paragraph = -1;
    let paragraphAsOf: Period | null = null;
    // The period the paragraph last stated for a sentence (2024年度，…), which 期内 and 年内 opening a later one mean.
    let lastStatedPeriod: Period | null = null;
    // The paragraph's last claim from its text (not its document date), whose period a sentence opening with 其中 shares.
    let lastClaimOfParagraph: Claim | null = null;
    // What the previous paragraph last dated, which a paragraph opening with 其中 goes on from.
    let previousParagraphPeriod: Period | null = null;
    let paragraphStart = -1;
    // A line that a period's end opens (7月末，广义货币…。狭义货币…) is governed by it to its end, though a
    // bare line break starts no paragraph.
    const lineOpenings: { start: number; until: number; period: Period }[] = [];
    for (const clause of model.clauses) {
      if (clause.start > 0 && !startsLine(text, clause.start)) continue;
      const opening = governingParagraphDate(text, clause, spansWithin(dates, clause));
      if (!opening) continue;
      lineOpenings.push({ start: clause.start, until: lineEndAfter(clause.start), period: opening });
    }
    let lineOpening = 0;
    const lineAsOfAt = (offset: number): Period | null => {
      while (lineOpening < lineOpenings.length && lineOpenings[lineOpening]!.until <= offset) lineOpening++;
      const line = lineOpenings[lineOpening];
      return line && line.start <= offset ? line.period : null;
    };
    // A cut-off opening a sentence carries on to the next sentences of its line, for a short stretch.
    let carriedAsOf: { period: Period; until: number; from: number } | null = null;
    let paragraphPeriod: { period: Period; paragraph: number; until: number; from: number } | null = null;
    let figureCursor = 0;

    // 以上数据截至2024年6月末, "Data as of June 30, 2024": a note after the figures dates those before it in its paragraph.
    const notes = dates
      .filter((date) => /^(?:截至|截止|as of|as at)/i.test(date.text) && /(?:以上|上述|上列|前述)?(?:数据|数字|统计数据)均?$|\b(?:data|figures)(?: are| were)?\s*$/i.test(simplified.slice(Math.max(0, date.start - 8), date.start)))
      .map((date) => ({ start: date.start, period: periodOf(date), paragraph: paragraphAt(model.sentences, date.start) }));
    // The note covers the block just above it: not past another cut-off, nor farther than a long paragraph.
    const noteAfter = (figure: FigureMention, paragraph: number): Period | null => {
      const note = notes.find((candidate) => candidate.start > figure.end && candidate.paragraph === paragraph);
      if (!note || note.start - figure.end > noteReach) return null;
      return spansWithin(dates, { start: figure.end, end: note.start }).some((date) => date.asOf) ? null : note.period;
    };

    // The last figure bound, level or change, for a name right after it that states only a value.
    let lastBound: { metric: string; baseMetric: string; unit: string; end: number } | null = null;
    // The last level bound in the paragraph, whose breakdown a 其中 after it may go on to state.
    let lastLevel: { metric: string; unit: string; collective?: boolean } | null = null;
    // The outlook of the last sentence that stated one, and where that sentence ends.
    let lastOutlook: { outlook: Outlook; end: number } | null = null;
    const claimSentence = (sentence: Sentence): void => {
      throwIfCancelled(token);
      if (sentence.paragraph !== paragraph) {
        paragraph = sentence.paragraph;
        paragraphSubject = null;
        lastBound = null;
        lastLevel = null;
        previousParagraphPeriod = lastClaimOfParagraph ? { start: lastClaimOfParagraph.asOf.start, end: lastClaimOfParagraph.asOf.end } : lastStatedPeriod;
        lastStatedPeriod = null;
        lastClaimOfParagraph = null;
        const firstClause = model.clauses[sentence.firstClause]!;
        paragraphStart = firstClause.start;
        paragraphAsOf = governingParagraphDate(text, firstClause, spansWithin(dates, firstClause));
      }

      let sentenceSubject: string | null = null;
      sentenceSubjectSource = 'clause';
      // A summary parts its statements by spaces only (资产总计52.32万亿元 较上年末增长7.2%): a change opening the next
      // statement is still the level's.
      let previousMetric: string | null =
        lastBound && lastBound.end < sentence.start && /^[ \t\u3000]+$/.test(text.slice(lastBound.end, sentence.start)) && changeOpening.test(simplified.slice(sentence.start, sentence.start + 8))
          ? lastBound.baseMetric || null
          : null;
      // The share just stated (占比65.02%), whose change may follow it.
      let lastShare: { metric: string; base: string; end: number } | null = null;
      // The last clause without a figure since the last figure, which may name the metric the sentence turns to.
      let turningClause: Clause | null = null;
      // The last clause without a figure, which may open with the metric the next clause's bare figure states.
      let topicClause: Clause | null = null;
      let previousComparedWithDate = false;
      // Where the sentence's last figure ended: words of a period before it govern that figure, not the next.
      let previousFigureEnd: number | null = null;
      let unresolvedSentence = false;
      // The period a yearless word of the sentence was resolved to, which the changes after it share.
      let sentenceYearless: Period | null = null;
      // A forecast's statements parted by spaces only (预计2025年营收176.4亿元 同比增长3.0% 净利润61.5亿元) are all forecasts.
      let sentenceOutlook: Outlook | null =
        lastOutlook !== null && lastOutlook.end <= sentence.start && /^[ \t\u3000]+$/.test(text.slice(lastOutlook.end, sentence.start)) ? lastOutlook.outlook : null;
      const sentenceClauses = model.clauses.slice(sentence.firstClause, sentence.endClause);
      // 在北辰消金营收利润双降的背景下，其收入…: names inside the circumstances a sentence opens with are not what it speaks of.
      const circumstances = circumstanceFrames(simplified, sentence);
      const clauseStartBefore = (offset: number) => sentenceClauses.find((clause) => clause.start <= offset && offset <= clause.end)?.start ?? sentence.start;
      const enumerated = enumerations(text, simplified, sentence, figures, dates, subjects, clauseStartBefore);
      // 营收从1910亿元降至1734亿元: the earlier and the later value of one metric.
      // A sequence under enumerated periods (2021年至2023年，从…到…，再到…) is the enumeration's.
      const beforeAndAfter = fromToPairs(
        text,
        simplified,
        figures.slice(firstStartingAt(figureMentions, sentence.start), firstStartingAt(figureMentions, sentence.end)).filter((entry) => !enumerated.get(entry.index)?.period),
      );
      const pairBindings = new Map<number, { metric: string; baseMetric: string }>();
      // The base metric each figure of the sentence was bound to, for the changes an enumeration states of them.
      const boundMetrics = new Map<number, string>();
      // The metric of each enumeration's first value, which the other values share.
      const listMetrics = new Map<number, { metric: string; baseMetric: string }>();
      // The last level metric the sentence stated, which bracketed values after names go on measuring.
      let sentenceMetric: string | null = null;
      let sentenceMetricUnit: string | null = null;
      let sentenceAsOf: Period | null = null;
      let enumerationCumulative = false;
      // The sector metric (住户贷款) whose breakdown a 其中 after it may list.
      let breakdownParent: { base: string; end: number } | null = null;
      // The last level whose clause stated its own period (使其在2024年实现非息收入626.5亿元), which the change right after it shares.
      let statedLevel: { end: number; baseMetric: string; dated: { asOf: Claim['asOf']; source: 'stated' } } | null = null;

      // A clause opens the sentence when only short connectives (另一方面，此外，) come before it.
      const statementStart = sentenceClauses.findIndex((before) => before.end - before.start > 24 || !openingConnective.test(text.slice(before.start, before.end)));
      const opensSentence = (clauseIndex: number): boolean => statementStart < 0 || clauseIndex <= statementStart;
      const claimClause = (clauseIndex: number, clause: Clause): void => {
        // A sentence may be a whole flattened document (no full stop in megabytes of text).
        throwIfCancelled(token);
        // A parenthetical remark (此前无人行信贷征信记录) does not change what the clause talks about.
        // 确认与联营公司交通银行相关的减值亏损: a name after a preposition is an object of the statement, not its subject.
        const clauseSubjects = outsideBrackets(text, clause.start, spansWithin(subjects, clause)).filter(
          (candidate) =>
            !objectOfPreposition(simplified, candidate, clause.start, subjectEnds) &&
            !circumstances.some((frame) => frame.start <= candidate.start && candidate.end <= frame.end),
        );
        const clauseDates = spansWithin(dates, clause);
        const sourceOf = (subject: SubjectMention): ClaimProvenance['subject'] =>
          subject.pronoun === 'speaker' || subject.pronoun === 'anaphor' ? 'carried' : 'clause';
        const resolve = (subject: SubjectMention): string | null => {
          if (subject.pronoun === 'speaker') {
            if (subject.name === '集团' && lexiconBanks.size >= 2 && lastOrganisation !== null && lexiconBanks.has(lastOrganisation)) return lastOrganisation;
            return speaker ?? sentenceSubject ?? paragraphSubject ?? lastSubject;
          }
          if (subject.pronoun === 'anaphor') {
            const recent = sentenceSubject ?? paragraphSubject ?? lastSubject;
            // 该行, the bank: an organisation, never the product the text spoke of last (its owner, if known).
            if (organisationalAnaphor.test(subject.name) && recent && !organisationNames.has(recent)) {
              return owners.get(recent) ?? lastOrganisation ?? recent;
            }
            return recent;
          }
          if (subject.pronoun === 'branch') {
            const owner = sentenceSubject ?? paragraphSubject ?? lastOrganisation;
            return owner ? `${owners.get(owner) ?? owner} ${subject.name}` : subject.name;
          }
          return subject.name;
        };
        const clauseDate =
          clauseInitialDate(text, clause, clauseDates) ?? (opensSentence(clauseIndex) ? dateAfterOpeningNames(text, clause, clauseDates, clauseSubjects) : null);
        if (clauseDate) sentenceAsOf = lastStatedPeriod = clauseDate;
        else if (clauseDates.length === 0) {
          const named = yearlessReportNamed.exec(simplified.slice(clause.start, Math.min(clause.end, clause.start + 24)));
          const latestEnd = report?.period.end ?? documentDate?.date ?? null;
          if (named && latestEnd) {
            // 环比来看，一季报显示，该行实现营收337.09亿元: a report named without a year is the latest of its kind by the
            // document's own report (or date).
            const kind = yearlessReportKinds[named[1]!]!;
            let year = Number(latestEnd.slice(0, 4));
            if (periodOfReport(year, kind).end > latestEnd) year--;
            sentenceAsOf = periodOfReport(year, kind);
          } else if ((lastStatedPeriod ?? (clause.start === paragraphStart ? previousParagraphPeriod : null)) && withinThePeriod.test(text.slice(clause.start, clause.start + 12))) {
            // 2024年度，…。年内，保险服务收入上升2.7%: "in the period" opening a clause is the period just stated, in the
            // paragraph before when 期内 opens a paragraph of its own.
            sentenceAsOf = lastStatedPeriod ?? previousParagraphPeriod;
          } else if (lastStatedPeriod && englishSamePeriod.test(text.slice(clause.start, clause.end))) {
            // "The net profit … for the same period is 38.3 billion yuan": the period just stated.
            sentenceAsOf = lastStatedPeriod;
          } else if (clauseIndex === 0 && amongThem.test(text.slice(clause.start, clause.start + 6))) {
            // 资产总额44.43万亿元，较上年末增长9.52%。其中，发放贷款总额27.44万亿元: the period of the claim just made,
            // in the previous paragraph when 其中 opens a paragraph of its own.
            const opensParagraph = clause.start === paragraphStart;
            if (lastClaimOfParagraph) sentenceAsOf = { start: lastClaimOfParagraph.asOf.start, end: lastClaimOfParagraph.asOf.end };
            else if (opensParagraph && previousParagraphPeriod) sentenceAsOf = previousParagraphPeriod;
          }
        }
        // A headline that names the results it reports (发布2024年度业绩：营收45.12亿元; 2024 annual results:)
        // states their period for the rest of its sentence.
        const reportDate = clauseDates.find((date) => reportNameAfter.test(simplified.slice(date.end, date.end + 28)));
        const reportOpens = reportDate !== undefined && (!clauseDate || (clauseDate.start === reportDate.period.start && clauseDate.end === reportDate.period.end));
        if (reportOpens && reportDate && /^(?:year|half|quarter)$/.test(reportDate.granularity)) {
          // 2024年半年度报告: the year names the report, the words after it which part of the year.
          const half = reportDate.granularity === 'year' && /^[\s\u3000]*(?:半年度|中期|上半年|半年|interim|half-year)/i.test(simplified.slice(reportDate.end, reportDate.end + 12));
          sentenceAsOf = half ? { start: reportDate.period.start, end: `${reportDate.period.start.slice(0, 4)}-06-30` } : { start: reportDate.period.start, end: reportDate.period.end };
          // "Q3 2025 results" name the report on the first nine months, whose end the quarter's is.
          if (reportDate.granularity === 'quarter' && report && report.period.end === reportDate.period.end) sentenceAsOf = report.period;
        }
        // 2025年8月13日，中国人民银行公布2025年7月金融数据：社融新增1.16万亿元: the month of the release named after a
        // verb of publishing, not the day it was published, is the period of what the sentence goes on to state.
        const releaseDate = clauseDates.find(
          (date) =>
            date.granularity === 'month' &&
            monthlyReleaseAfter.test(simplified.slice(date.end, date.end + 16)) &&
            publishingBefore.test(simplified.slice(Math.max(clause.start, date.start - 6), date.start)),
        );
        if (releaseDate) sentenceAsOf = { start: releaseDate.period.start, end: releaseDate.period.end };
        // "In its semi-annual report for 2025, the bank achieved …": the report named before the year is its part.
        for (const date of clauseDates) {
          const named = date.granularity === 'year' ? reportNameBefore.exec(text.slice(Math.max(clause.start, date.start - 48), date.start)) : null;
          if (!named) continue;
          sentenceAsOf = periodOfReport(Number(date.period.start.slice(0, 4)), reportKindNamed(named[1]!));
          break;
        }
        // 净利润虽仍保持增长态势，达到109.03亿元，但增速仅为0.81%: a clause that names a metric and states no
        // figure turns the sentence to it, so the level and the growth after it are its own, not the metric before.
        // Most such clauses are followed by none that borrows: the clause is looked up when a figure comes.
        if (previousMetric !== null && !hasFigureWithin(figureMentions, clause)) turningClause = clause;
        if (!hasFigureWithin(figureMentions, clause)) topicClause = clause;
        let consumedUntil = clause.start;
        // Items of an enumeration share the running-total word of the first: 累计服务个人客户3亿、小微企业270万家.
        const inheritsCumulative: boolean = enumerationCumulative && text[clause.start - 1] === '、';
        enumerationCumulative = inheritsCumulative || cumulativeWords.test(simplified.slice(clause.start, clause.end));

        while (figureCursor < figures.length && figures[figureCursor]!.figure.start < clause.start) figureCursor++;
        const claimFigure = ({ figure, index }: { figure: FigureMention; index: number }): void => {
          if (tabled?.handled.has(index)) return;
          const precedingFigureEnd = previousFigureEnd;
          previousFigureEnd = figure.end;
          if (collectiveMask.intersects(figure.start, figure.end)) {
            skip(index, 'the count is part of a name (a counted collective)');
            return;
          }
          // "69.4 billion yuan ($9.7 billion) in operating income", "3.20 yuan per 10 shares": a figure inside the
          // phrase the figure before it took its metric from restates that figure or is its base.
          if (figure.end <= consumedUntil && precedingFigureEnd !== null && figure.start >= precedingFigureEnd) {
            skip(index, 'part of the phrase of the figure before it (a conversion, a per-share base)');
            return;
          }
          // 6,825亿元（约新台币2.9兆元）, "RMB 44.43 trillion ($6.14 trillion)": the amount again in another currency, at
          // a rate the outlet chose, which no other document need match. The change after it is still the amount's.
          if (lastBound && isCurrencyConversion(text, lastBound, figure)) {
            skip(index, 'the amount before it in another currency');
            return;
          }
          // M2同比8.0%(前值8.2%): the value of the period before, which a release quotes beside the new one; of a month's
          // figure, the month before's (claimed below), else nothing the text dates.
          const quotedPrevious = previousValueBefore.test(simplified.slice(Math.max(clause.start, figure.start - 6), figure.start));
          if (quotedPrevious && !(lastBound !== null && lastBound.unit === figure.unit && lastBound.end >= sentence.start && figure.start - lastBound.end <= 8)) {
            skip(index, 'the previous period\'s value (前值), quoted beside the new one');
            return;
          }
          // 排14位, 排17家A股城商行第9位: a rank, or the number of peers it is among, measures nothing of the subject.
          if (figure.unit === 'count' && rankBefore.test(simplified.slice(Math.max(clause.start, figure.start - 6), figure.start))) {
            skip(index, 'a rank or the number of peers ranked (排14位)');
            return;
          }
          const before = clauseSubjects.filter((subject) => subject.end <= figure.start);
          const head = headSubject(text, before, figureMentions);
          // A paragraph that names nobody (As of December 31, 2023, total assets were …) goes on about the
          // organisation the document last spoke of.
          // Only for the document's main organisation and the standard metrics of the glossary, so that
          // statistics about others in a subject-less paragraph are not given to the bank.
          const fromHead = head ? resolve(head) : null;
          const named = fromHead ?? sentenceSubject ?? paragraphSubject;
          let subjectSource: ClaimProvenance['subject'] = fromHead ? sourceOf(head!) : sentenceSubject ? sentenceSubjectSource : 'carried';
          // With nobody named since, the document's topic organisation: the one it is about, and the one
          // it last named (or none named yet), so that statistics about others are not given to it.
          const fallback = !named && speaker !== null && (lastOrganisation === null || lastOrganisation === speaker) ? speaker : null;
          if (!named) subjectSource = 'topic';
          let subject = named ?? fallback;
          // A name with the figure in brackets after it, or an English relative clause, owns the figure,
          // which measures the metric the sentence has been stating.
          const owner = appositiveOwner(text, figure, subjects);
          if (owner) {
            subject = resolve(owner) ?? owner.name;
            subjectSource = 'clause';
          }
          // 北辰银行与南湖银行合计总资产近2200亿元, 两家银行合计…: a sum over several subjects is none of theirs.
          const leadingWords = simplified.slice(clause.start, figure.start);
          if (!owner && combinedWords.test(leadingWords)) {
            const namedBefore = new Set(before.filter((candidate) => candidate.pronoun === null && !candidate.collective).map((candidate) => candidate.name));
            if (namedBefore.size >= 2 || ((!fromHead || head?.collective) && bothWords.test(leadingWords))) {
              skip(index, 'a sum over several subjects (合计), which is none of theirs');
              return;
            }
          }
          // What an enumeration pairs this figure with, if it is one of a list's values.
          const item = enumerated.get(index);
          if (item?.subject) {
            subject = item.subject;
            subjectSource = 'clause';
          }
          const metricStart = Math.max(
            consumedUntil,
            head ? head.end : clause.start,
            ...before.map((entity) => entity.end),
            // A cut-off date bounds the metric phrase; a period inside it (net profit for 2023 rose …) is cut out.
            // A comparison's base (总资产较上年末增长) is inside the phrase, not before it.
            ...clauseDates
              .filter((date) => date.end <= figure.start && date.asOf && !comparisonBefore.test(simplified.slice(Math.max(clause.start, date.start - 4), date.start)))
              .map((date) => date.end),
          );
          // YoY - 10.93%, 为 - 14.96%: a minus the figure grammar left apart, so the figure's sign cannot be trusted.
          if (/(?:[A-Za-z][\s\u3000]*[-−－]|(?:^|[^\d\s%])[\s\u3000]*[-−－][\s\u3000]+)$/.test(text.slice(Math.max(clause.start, figure.start - 6), figure.start)) && figure.direction === null && !figure.text.startsWith('-')) {
            skip(index, 'a minus sign stands apart from the number, so its sign is unsure');
            previousMetric = null;
            return;
          }
          if (item?.unpaired || inSlashSeries(text, figure)) {
            skip(index, item?.unpaired ? 'a value of a list that pairs with nothing' : 'a value of a slash series, which names no period of its own');
            previousMetric = null;
            return;
          }
          if (turningClause !== null) {
            if (previousMetric !== null) {
              const turnedTo: { start: number; concept: { id: string } } | null = this.normaliser.ontology.find(
                simplified.slice(turningClause.start, Math.min(turningClause.end, turningClause.start + 24)),
              );
              if (turnedTo && turnedTo.start <= 4) previousMetric = turnedTo.concept.id;
            }
            turningClause = null;
          }
          let binding = this.binder.bind(text, simplified, figure, metricStart, clause, mentions, subjects, previousMetric);
          // English puts the cut-off inside the phrase (total assets at the end of 2024 were …): when the words
          // after it name nothing known, the phrase before it, less the date, may.
          const phraseStart = Math.max(consumedUntil, head ? head.end : clause.start, ...before.map((entity) => entity.end));
          if (metricStart > phraseStart && !this.normaliser.isKnown(binding.baseMetric)) {
            const retry = this.binder.bind(text, simplified, figure, phraseStart, clause, mentions, subjects, previousMetric);
            if (this.normaliser.isKnown(retry.baseMetric)) binding = retry;
          }
          // 期内归属于母公司股东的净利润，录得1018.05亿元: a clause of only a metric's name, then a verb of stating and the figure.
          if (!binding.metric && clauseIndex > 0 && statingVerbOnly.test(simplified.slice(clause.start, figure.start))) {
            const naming = sentenceClauses[clauseIndex - 1]!;
            if (!hasFigureWithin(figureMentions, naming) && naming.end - naming.start <= 32) {
              const named = this.normaliser.normalise(text.slice(naming.start, naming.end).replace(/^[\s\u3000]*(?:期内|期內|报告期内|報告期內|其中)/, ''));
              // 营业收入同比增长率排名第二，为8.01%: the clause names the metric's growth, and its rank besides.
              const growth = (figure.unit === '%' || figure.unit === 'pp') && namesGrowthRate.test(simplified.slice(naming.start, naming.end)) && !named.endsWith(this.binder.growthKey);
              if (named && this.normaliser.isKnown(named)) binding = { ...binding, metric: growth ? `${named}${this.binder.growthKey}` : named, baseMetric: named };
            }
          }
          // 存现业务：8.07亿笔，金额6.60万亿元: a label and a colon name what the figures right after them count.
          if (!binding.metric && clauseIndex > 0 && /^[\s\u3000]*$/.test(simplified.slice(clause.start, figure.start))) {
            const label = sentenceClauses[clauseIndex - 1]!;
            if (/[:：][\s\u3000]*$/.test(text.slice(label.start, clause.start)) && !hasFigureWithin(figureMentions, label) && label.end - label.start <= 24) {
              const named = this.normaliser.normalise(text.slice(label.start, label.end).replace(/[:：][\s\u3000]*$/, '').replace(/^[\s\u3000]*(?:其中)[\s\u3000]*[，,]?/, ''));
              if (named && !/\d/.test(named)) binding = { ...binding, metric: named, baseMetric: named };
            }
          }
          // "non-interest income, including fees and trading gains, increased by 26.43%": an aside between the
          // metric and its verb leaves the verb's clause with no metric; it is named in the clause before the aside.
          const borrowed = binding.continuesPrevious || (previousMetric !== null && binding.baseMetric === previousMetric);
          const beforeAside = borrowed || !this.normaliser.isKnown(binding.baseMetric) ? namedBeforeAside(text, sentenceClauses, clauseIndex, figure) : null;
          if (beforeAside) {
            const namesEnd = Math.max(beforeAside.start, ...subjects.filter((entity) => entity.start >= beforeAside.start && entity.end <= beforeAside.end).map((entity) => entity.end));
            const retry = this.binder.bind(text, simplified, figure, namesEnd, clause, mentions, subjects, previousMetric);
            if (this.normaliser.isKnown(retry.baseMetric)) binding = retry;
          }
          // 这一增速不仅远低于2024年全年15.27%的水平: "this growth rate" is the change of the metric just stated, at the
          // period its own clause names.
          if (
            lastBound !== null &&
            lastBound.metric !== lastBound.baseMetric &&
            figure.unit === '%' &&
            lastBound.unit === '%' &&
            anaphoricRate.test(simplified.slice(clause.start, figure.start)) &&
            !this.normaliser.isKnown(binding.baseMetric)
          ) {
            binding = { ...binding, metric: `${lastBound.baseMetric}${this.binder.growthKey}`, baseMetric: lastBound.baseMetric };
          }
          // 社融新增1.16万亿元，上月为新增4.20万亿元: the value the month before, of the metric just stated.
          const previousMonth =
            quotedPrevious || (lastBound !== null && lastBound.end >= sentence.start && lastBound.unit === figure.unit && opensWithPreviousMonth(simplified.slice(clause.start, figure.start)));
          if (previousMonth) binding = { ...binding, metric: lastBound!.metric, baseMetric: lastBound!.baseMetric };
          // With no figure before it, the metric the sentence names ahead of the owner (…净利润超过排名第二的北辰银行（10.2亿元）).
          // Or, when nothing comes before, the one the list goes on to name (北辰银行（…）、南湖银行（…）等2家银行资产总额…).
          const ownerMetric = owner
            ? (sentenceMetric ??
              this.normaliser.ontology.find(simplified.slice(sentence.start, owner.start))?.concept.id ??
              this.normaliser.ontology.find(restOfStatement(simplified, figure, sentence))?.concept.id ??
              null)
            : null;
          if (owner && ownerMetric) {
            binding = { ...binding, metric: ownerMetric, baseMetric: ownerMetric };
          } else if (item && (item.period || item.subject) && item.first !== index && listMetrics.has(item.first)) {
            binding = { ...binding, ...listMetrics.get(item.first)! };
          } else if (item?.metricPhrase) {
            const base = this.normaliser.normalise(item.metricPhrase);
            // A phrase that names its change already (跨境贸易融资同比增长) gets no second suffix.
            const namesChange = base.endsWith(this.binder.growthKey) || base.endsWith('环比增长');
            binding = { ...binding, metric: base && item.change && !namesChange ? `${base}${item.quarterOnQuarter ? '环比增长' : this.binder.growthKey}` : base, baseMetric: base };
          } else if (item?.changeOf !== undefined) {
            const base = boundMetrics.get(item.changeOf);
            if (!base) {
              skip(index, 'a change of a value that has no claim');
              return;
            }
            const rate = figure.unit === '%' || figure.unit === 'pp' || figure.unit === 'bp';
            const metric = rate ? `${base}${this.binder.growthKey}` : this.binder.changeAmountOf(base);
            binding = { ...binding, metric, baseMetric: base };
          }
          // English names the owner after the metric: total assets of the Bank amounted to …
          const ownerAfterOf = head !== null && /\b(?:of|for)\s+$/i.test(text.slice(Math.max(clause.start, head.start - 5), head.start));
          if (!binding.metric && ownerAfterOf) {
            const start = Math.max(consumedUntil, clause.start, ...clauseDates.filter((date) => date.end <= head.start && date.asOf).map((date) => date.end));
            const retry = this.binder.bind(text, simplified, figure, start, clause, mentions, subjects, previousMetric, head);
            if (retry.metric) binding = retry;
          }
          // 营收同比+2.3%(1~3Q24为+1.2%): a bracket of only a period and a copula restates the figure before it, at that period.
          const restatedAt = lastBound && precedingFigureEnd === lastBound.end ? bracketedRestatement(simplified.slice(lastBound.end, figure.start)) : null;
          if (restatedAt && lastBound) binding = { ...binding, metric: lastBound.metric, baseMetric: lastBound.baseMetric };
          // The later value of a before-and-after measures what the earlier one did (归母净利润从530亿元缩水至367亿元).
          const pair = beforeAndAfter.get(index);
          const earlierBinding = pair ? pairBindings.get(pair.partner) : undefined;
          if (earlierBinding) binding = { ...binding, ...earlierBinding };
          const untidy = binding.metric;
          // A concept's own key (对实体经济发放的人民币贷款余额同比增长) is tidy however long it is.
          const conceptKey = binding.metric.startsWith(binding.baseMetric) && this.normaliser.concept(binding.baseMetric)?.id === binding.baseMetric;
          binding.metric = binding.metric && !conceptKey ? tidyMetric(binding.metric, figure) : binding.metric;
          // 第四季度单季营收 tidied to 营收: a name the ontology knows once its period words are gone takes its concept's key.
          // Only a quarter's words, which the period has read; a month (去年12月税后纯益) may be a period nothing resolved.
          if (binding.metric && binding.metric !== untidy && !this.normaliser.isKnown(untidy) && quarterWordsOpening.test(untidy) && untidy.replace(quarterWordsOpening, '') === binding.metric) {
            const base = tidyMetric(binding.baseMetric, figure);
            if (base && this.normaliser.isKnown(base)) {
              const concept = this.normaliser.normalise(base);
              binding = { ...binding, metric: binding.metric.startsWith(base) ? `${concept}${binding.metric.slice(base.length)}` : binding.metric, baseMetric: concept };
            }
          }
          // "…, while the cost of interest-bearing liabilities has improved significantly, decreasing by 6 basis points to
          // 1.73%": an English clause that names a concept and states no figure is the topic of the change after it, not the
          // metric of the figure before.
          if ((binding.continuesPrevious || (!binding.metric && figure.direction !== null)) && topicClause && topicClause.end <= clause.start && precedingFigureEnd !== null && precedingFigureEnd <= topicClause.start && /[A-Za-z]{3}/.test(text.slice(topicClause.start, topicClause.end))) {
            const named = this.normaliser.normalise(text.slice(topicClause.start, topicClause.end));
            if (named && this.normaliser.isKnown(named) && named !== binding.baseMetric && !named.endsWith(this.binder.growthKey) && figure.direction !== null) {
              const rate = figure.unit === '%' || figure.unit === 'pp' || figure.unit === 'bp';
              binding = { ...binding, metric: rate ? `${named}${this.binder.growthKey}` : this.binder.changeAmountOf(named), baseMetric: named, continuesPrevious: false, comparedWithDate: false };
            }
          }
          // 利息净收入作为北辰银行的主要收入来源，上半年实现445.07亿元; 非利息净收入表现更为糟糕，同比下降11.3%: a clause that
          // opens with a metric and states no figure is the topic of the bare statement after it.
          if (!binding.metric && topicClause && topicClause.end <= clause.start && (precedingFigureEnd === null || precedingFigureEnd <= topicClause.start)) {
            // The dates of the statement (2020年至2024年分别为…) are no words of it.
            let statement = simplified.slice(clause.start, figure.start);
            for (const date of clauseDates) if (date.end <= figure.start) statement = statement.replace(simplified.slice(date.start, date.end), '');
            statement = statement.replace(/[\s\u3000]+/g, '');
            // The metric opens the clause, after a connective at most: 其他非息收入 is no 非息收入.
            // A name opening the clause (华夏银行近年利息净收入下滑明显) is its subject, not its metric.
            const named = spansWithin(subjects, topicClause).find((subject) => subject.start === topicClause!.start);
            const openingStart = named ? named.end : topicClause.start;
            const opening = simplified.slice(openingStart, Math.min(topicClause.end, openingStart + 24)).replace(topicConnective, '').replace(topicTimeWords, '');
            const topic = statement.length <= 12 ? this.normaliser.ontology.find(opening) : null;
            if (topic && topic.start === 0) {
              const rate = figure.unit === '%' || figure.unit === 'pp' || figure.unit === 'bp';
              const changed = rate && (figure.direction !== null || growthWords.test(statement));
              const id = topic.concept.id;
              binding = { ...binding, metric: changed ? `${id}${this.binder.growthKey}` : id, baseMetric: id };
            }
          }
          // 拨备覆盖率：250.71%, 不良贷款率：维持1.06%: a line's label names the metric of the figure right after it.
          if (!binding.metric && !head) {
            const label = labelBefore(text, clause, figure);
            const labelled = label ? this.normaliser.normalise(label) : '';
            if (labelled && this.normaliser.isKnown(labelled)) binding = { ...binding, metric: labelled, baseMetric: labelled };
          }
          // 北辰银行总资产1200.5亿元，南湖银行为980.3亿元: another subject with nothing but a copula goes on
          // stating the sentence's metric.
          if (!binding.metric && head && fromHead && sentenceMetric && sentenceMetricUnit === figure.unit && head.start >= clause.start && parallelCopula.test(simplified.slice(head.end, figure.start))) {
            binding = { ...binding, metric: sentenceMetric, baseMetric: sentenceMetric };
          }
          // 总资产39.2万亿元…。其中，财产险公司3.2万亿元: a breakdown by sector after 其中 goes on stating the level before it.
          if (
            !binding.metric &&
            head?.collective &&
            fromHead &&
            lastLevel &&
            lastLevel.unit === figure.unit &&
            // …; or a sector after other sectors' levels (股份制商业银行资产总额75.7万亿元。财产险公司3.2万亿元).
            (/(?:其中|其中包括)[\s\u3000]*[，,：:]?[\s\u3000]*$/.test(simplified.slice(Math.max(0, head.start - 6), head.start)) || lastLevel.collective === true) &&
            parallelCopula.test(simplified.slice(head.end, figure.start))
          ) {
            binding = { ...binding, metric: lastLevel.metric, baseMetric: lastLevel.metric };
          }
          // 北辰银行营收增速2.62% 南湖银行8.14%: a name right after the last bound figure, with only its value,
          // states the same metric, a change as well as a level.
          if (
            !binding.metric &&
            head &&
            fromHead &&
            head.pronoun === null &&
            lastBound &&
            lastBound.unit === figure.unit &&
            head.start >= lastBound.end &&
            listSeparatorOnly.test(text.slice(lastBound.end, head.start)) &&
            parallelCopula.test(simplified.slice(head.end, figure.start))
          ) {
            binding = { ...binding, metric: lastBound.metric, baseMetric: lastBound.baseMetric };
          }
          // "187.63 billion mobile payment transactions worth 512.46 trillion yuan": the amount of the business just counted.
          if (previousMetric?.endsWith('笔数') && figure.unit !== 'count' && /\b(?:worth|valued at|with a (?:total )?value of|amounting to)\s*$/i.test(text.slice(clause.start, figure.start))) {
            const amount = `${previousMetric.slice(0, -2)}金额`;
            binding = { ...binding, metric: amount, baseMetric: amount };
          }
          // 服务小微企业超110万家: a count of the population a bank serves is its number of customers of that kind.
          if (
            figure.unit === 'count' &&
            binding.metric === binding.baseMetric &&
            populationCustomers.test(binding.metric) &&
            /服务|覆盖|惠及|触达|拥有|提供/.test(simplified.slice(sentence.start, figure.end + 12))
          ) {
            const customers = this.normaliser.normalise(`${binding.metric}客户`);
            if (this.normaliser.isKnown(customers)) binding = { ...binding, metric: customers, baseMetric: customers };
          }
          if (binding.metric && binding.metric === binding.baseMetric) {
            const business = businessMetric(binding.metric, figure, previousMetric);
            if (business !== binding.metric) binding = { ...binding, metric: business, baseMetric: business };
          }
          // A level whose unit the concept is never stated in: a rate beside a change word is the concept's
          // change (西江银行（-1.71%）…资产总额出现负增长); anything else is a misreading, and no claim.
          const levelConcept = binding.metric && binding.metric === binding.baseMetric ? this.normaliser.concept(binding.metric) : null;
          // 总资产突破12万亿: a bare magnitude with no unit after it is the concept's money, left unsaid.
          const unsaidMoney = figure.unit === 'count' && figure.counter === null && levelConcept?.units.includes('money') === true;
          if (levelConcept && !unsaidMoney && !unitFitsConcept(figure.unit, levelConcept)) {
            const rate = figure.unit === '%' || figure.unit === 'pp' || figure.unit === 'bp';
            // 营业收入同比增长率排名第二，为8.01%: the clause before, of the metric's growth rate, names what the bare rate is.
            const namedGrowthBefore =
              clauseIndex > 0 &&
              statingVerbOnly.test(simplified.slice(clause.start, figure.start)) &&
              namesGrowthRate.test(simplified.slice(sentenceClauses[clauseIndex - 1]!.start, sentenceClauses[clauseIndex - 1]!.end));
            if (rate && levelConcept.kind !== 'ratio' && (namedGrowthBefore || growthWords.test(owner ? restOfStatement(simplified, figure, sentence) : simplified.slice(figure.end, clause.end)))) {
              binding = { ...binding, metric: `${binding.metric}${this.binder.growthKey}` };
            } else {
              skip(index, `a ${figure.unit} figure cannot be a value of “${binding.metric}”`);
              previousMetric = null;
              return;
            }
          }
          if (item && item.first === index && binding.metric) listMetrics.set(index, { metric: binding.metric, baseMetric: binding.baseMetric });
          if (!binding.metric) binding.baseMetric = '';
          if (!isQualifyingFigure(figure)) consumedUntil = Math.max(figure.end, binding.consumedUntil);
          // 成立10年来, 推出四年来: the age of a lexicon organisation or product, as of the document's date.
          // 上线10年来，“微粒贷”…: a launch verb before the age names the product after it as its subject.
          const launchedProduct =
            figure.unit === 'years' && launchedBefore(simplified, figure)
              ? spansWithin(subjects, { start: figure.end, end: sentence.end }).find((candidate) => products.has(candidate.name))?.name
              : undefined;
          const ageSubject = launchedProduct ?? subject;
          const age = documentDate && ageSubject && known.has(ageSubject) ? ageMetric(simplified, figure, products.has(ageSubject)) : null;
          if (age && ageSubject && documentDate) {
            claims.push({
              subject: ageSubject,
              metric: age,
              unit: figure.unit,
              asOf: { start: documentDate.date, end: documentDate.date, source: 'document-date' },
              mention: index,
              cumulative: false,
              provenance: { subject: subjectSource, metric: 'ontology', period: 'document-date' },
            });
            // The next figure's metric starts after the age (上线9年来累计服务客户超7000万 → 客户数).
            consumedUntil = Math.max(consumedUntil, figure.end);
            return;
          }
          if (isQualifyingFigure(figure) || (figure.value === null && figure.low === null && figure.high === null)) {
            skip(index, figure.unit === 'years' ? 'a duration that is no organisation\'s or product\'s age' : isQualifyingFigure(figure) ? 'a threshold that qualifies a noun (及以下, or more), not a value' : 'a figure without a value');
            return;
          }
          // 公司房地产贷款为992.08亿元，不良贷款率为3.76%: a bare ratio right after a segment's loans is the segment's.
          if (binding.metric === nplRatio && previousMetric && isLoanSegment(previousMetric) && bareNplRatio.test(simplified.slice(clause.start, figure.start))) {
            binding = { ...binding, metric: `${previousMetric}${nplRatio}`, baseMetric: `${previousMetric}${nplRatio}` };
          }
          // 住户贷款增加6807亿元，其中，短期贷款减少3830亿元: a term of the breakdown after 其中 is the sector's own.
          const breakdown = breakdownOf(binding, breakdownParent, simplified, figure);
          if (breakdown) binding = { ...binding, metric: breakdown.metric, baseMetric: breakdown.baseMetric };
          else if (/(?:贷款|存款)$/.test(binding.baseMetric) && !breakdownTerms.test(binding.baseMetric)) breakdownParent = { base: binding.baseMetric, end: figure.end };
          // 若计入外汇掉期合约的资金收入或成本，净利息收入则为289.29亿港元: after a condition of adjustment, to the sentence's
          // end, the figures measure the adjusted item, which stays apart from the reported one.
          if (binding.metric && (adjustmentBefore(text, simplified, statementStartBefore(simplified, Math.max(sentence.start, figure.start - adjustmentReach), figure.start), figure.start) || adjustedInBrackets(text, simplified, figure))) {
            binding = { ...binding, metric: adjustedKey(binding.metric), baseMetric: adjustedKey(binding.baseMetric) };
          }
          // 贷款同比增长8.18%，占比65.02%，同比提升2.78%: a rise or fall right after a share is the share's.
          if (lastShare && binding.baseMetric === lastShare.base && binding.metric === `${lastShare.base}${this.binder.growthKey}` && figure.start - lastShare.end < 16) {
            const between = simplified.slice(lastShare.end, figure.end);
            if (figure.unit === 'pp' || (shareChangeVerbs.test(between) && !/增长|增加/.test(between))) binding = { ...binding, metric: `${lastShare.metric}${this.binder.growthKey}`, baseMetric: lastShare.metric };
          }
          lastShare = binding.metric !== binding.baseMetric && shareEnd.test(binding.metric) ? { metric: binding.metric, base: binding.baseMetric, end: figure.end } : null;
          // Growth and share rates refer to the figure just before them, so a figure without a metric breaks the chain.
          // A change against a base date (较年初下降0.05个百分点) still names the metric the level after it (至1.19%) states.
          previousMetric = binding.baseMetric || null;
          // A growth named by its noun ("a 31.03% increase in revenue") is the growth of that metric.
          if (previousMetric && previousMetric.endsWith(this.binder.growthKey) && previousMetric.length > this.binder.growthKey.length) {
            binding.baseMetric = previousMetric = previousMetric.slice(0, -this.binder.growthKey.length);
          }
          // 较2017年末增加近20万亿元，增长63.8%: the change after a comparison's amount is against the same base.
          // 截至2022年末…较2021年增长8.61%: a base one year before the governing period is the usual year-on-year one.
          // 集团在上季…利润为73亿美元，较2024年第三季减少12亿美元: with nothing else governing, the period the sentence named
          // before the base (上季, a relative date) is the one compared.
          const namedBeforeBase = binding.comparisonBase ? spansWithin(dates, { start: sentence.start, end: binding.comparisonBase.start }).pop() : undefined;
          const governing =
            sentenceAsOf ?? (carriedAsOf && figure.start < carriedAsOf.until ? carriedAsOf.period : null) ?? paragraphAsOf ?? report?.period ?? (namedBeforeBase ? periodOf(namedBeforeBase) : null);
          if (binding.comparisonBase && governing && isYearBefore(binding.comparisonBase.period, governing)) {
            binding.comparedWithDate = false;
            // The period found before the base governs the rest of the sentence, the change included.
            if (sentenceAsOf === null && namedBeforeBase && governing.start === periodOf(namedBeforeBase).start && governing.end === periodOf(namedBeforeBase).end) sentenceAsOf = governing;
          }
          // 截至2025年9月30日…较2024年末增加2.91亿元: the end of the year before is the governing year's start, the usual base
          // of a balance's change in mid-year (较上年末).
          const sinceLastYearEnd = binding.comparisonBase !== undefined && governing !== null && isPreviousYearEnd(binding.comparisonBase.period, governing);
          if (sinceLastYearEnd) binding.comparedWithDate = false;
          // 与2022年业绩巅峰时期相比，…2025年的营收仍缩水近百亿: a sentence that opens with a comparison with a dated base
          // states its changes against that base, unless the base is the year before.
          if (!binding.comparedWithDate && binding.metric !== binding.baseMetric && governing) {
            const frame = comparisonFrame.exec(simplified.slice(sentence.start, Math.min(sentence.end, sentence.start + 48)));
            const base = frame ? dates.find((date) => date.start >= sentence.start && date.end <= sentence.start + frame[0].length) : undefined;
            if (base && !isYearBefore(base.period, governing)) binding.comparedWithDate = true;
          }
          // 相比最高峰，…营收累计降幅超过12%: a change against a peak or a low is against a base of its own, not the year before.
          if (!binding.comparedWithDate && binding.metric !== binding.baseMetric && extremeBase.test(simplified.slice(Math.max(sentence.start, figure.start - 40), figure.start))) binding.comparedWithDate = true;
          if (binding.continuesPrevious && previousComparedWithDate) binding.comparedWithDate = true;
          previousComparedWithDate = binding.comparedWithDate;
          // 广义货币 with nobody named for it: the country's, as the central bank publishes it.
          if (subjectSource !== 'clause' && binding.metric && this.normaliser.concept(binding.baseMetric)?.nationwide) {
            subject = nationwidePublisher;
            subjectSource = 'topic';
          }
          // 本港银行存款总额…港元存款按月下跌2.1%, 认可机构的港元存款: a territory's statistic is its publisher's, unless a bank is named.
          const publisher = binding.metric ? (this.normaliser.concept(binding.baseMetric)?.publisher ?? (subject ? statisticalPopulations.get(subject) : undefined)) : undefined;
          if (publisher && (subjectSource !== 'clause' || !subject || statisticalPopulations.has(subject))) {
            subject = publisher;
            subjectSource = 'topic';
          }
          // 从2023年末的42.4亿元: the earlier value of a before-and-after, dated, is a value of its own period.
          if (pair) binding.comparedWithDate = false;
          if (binding.comparedWithDate || !binding.metric || !subject) {
            skip(index, binding.comparedWithDate ? 'the base of a comparison (较…的), not a value of the period' : !binding.metric ? 'no metric phrase next to it' : 'nobody named that it could belong to');
            return;
          }
          // The document's topic may own a phrase metric too (its claim is too loose to raise conflicts), but not
          // one that speaks of the sector (商业银行不良率, 行业平均).
          if (!named && !this.normaliser.isKnown(binding.baseMetric) && (subjectSource !== 'topic' || sectorWords.test(binding.metric) || figure.counter === '家')) {
            skip(index, `“${binding.metric}” is not in the metric ontology, and the clause names no subject`);
            return;
          }
          // A product carried over from an earlier sentence has no balance sheet: the bank's ratios and
          // results (The provision coverage ratio was …) belong to its owner.
          if (!head && !sentenceSubject && !organisationNames.has(subject) && institutionMetrics.has(binding.baseMetric)) {
            subject = owners.get(subject) ?? lastOrganisation ?? subject;
            subjectSource = 'carried';
          }
          // Of a cut-off carried along its line and a period opening a sentence, the one stated later governs.
          const carriedCutOff = carriedAsOf && figure.start < carriedAsOf.until ? carriedAsOf : null;
          const carriedPeriod =
            paragraphPeriod && (paragraphPeriod.paragraph === sentence.paragraph || paragraphPeriod.paragraph === anyParagraph) && figure.start < paragraphPeriod.until ? paragraphPeriod : null;
          const carried = (carriedCutOff && (!carriedPeriod || carriedCutOff.from >= carriedPeriod.from) ? carriedCutOff : carriedPeriod)?.period ?? null;
          // 24H1 利息净收入同比+14.7%(24Q1同比+12.2%): analysts' shorthand states the figure's own period.
          // Names listed with 、 are clauses of their own; the period before the first (24H1 对公、零售…) is the list's.
          const listStart = listStartOf(text, sentence.start, clause.start, clauseStartBefore);
          // The values of a list share the period stated before its first (24H1 ROA、ROE分别…至0.95%、14.74%).
          const periodUntil = item ? Math.min(figure.start, mentions[item.first]!.start) : figure.start;
          const shorthand = item?.period ? null : (restatedAt ?? shorthandPeriodBefore(simplified, Math.min(listStart, periodUntil), periodUntil, report));
          let dated = item?.period
            ? { asOf: { ...item.period, source: 'text' as const }, source: 'stated' as const }
            : shorthand
              ? { asOf: { ...shorthand, source: 'text' as const }, source: 'stated' as const }
              : asOfFor(text, figure, clause, clauseDates, sentenceAsOf ?? wholeYearBefore(simplified, figure, clause, sentence, clauseDates, dates), carried ?? (notes.length > 0 ? noteAfter(figure, sentence.paragraph) : null) ?? lineAsOfAt(figure.start) ?? paragraphAsOf, report, statedOrLatestDate);
          // Prices and valuations (目标价, 股价, 市净率) are quoted on a day: the report's period is not theirs.
          if (dated?.source === 'report' && documentDate && quotedWords.test(binding.baseMetric)) {
            dated = { asOf: { start: documentDate.date, end: documentDate.date, source: 'document-date' }, source: 'document-date' };
          }
          // 前三季度 or "the third quarter" without a year: a period of its own that nothing above resolves.
          const stated = dated !== null && dated.source === 'stated' && spansWithin(clauseDates, { start: clause.start, end: figure.start }).length > 0;
          const open = dated !== null && !item?.period && !stated;
          // The change after a level (113.18 billion yuan, a decrease of 0.624%) shares its period.
          // "…; the annual net profit … was": a clause that names the whole year leaves the sentence's quarter.
          // 上半年曾攀升至1.65%，全年核销贷款金额达176.15亿元: 全年 in the clause names the whole year too.
          const wholeYearClause = englishWholeYear.test(text.slice(Math.max(clause.start, figure.start - 80), figure.start)) || /全年/.test(simplified.slice(clause.start, figure.start));
          const sharesUnresolved = open && unresolvedSentence && clauseDates.length === 0 && !wholeYearClause;
          const yearless = open ? unresolvedPeriodWord(simplified, precedingFigureEnd ?? sentence.start, figure, clause, dates, report, sentence.start) : null;
          if (wholeYearClause && open && unresolvedSentence && sentenceYearless && yearless === null) {
            // The year of the quarter the sentence spoke of, whole.
            const wholeYear: string = sentenceYearless.end.slice(0, 4);
            const whole: Period = { start: `${wholeYear}-01-01`, end: `${wholeYear}-12-31` };
            sentenceYearless = whole;
            dated = { asOf: { ...whole, source: 'text' }, source: 'report' };
          } else if (sharesUnresolved || yearless !== null) {
            // 二季度 one line after 2025年二季度末, 前三季度 in a note on 2024: the year of the nearest date before, or the report's.
            // 二季度 in a report on the second quarter of 2025 is that quarter, whatever year a sentence before looked back to.
            const reportYear = report ? Number(report.period.end.slice(0, 4)) : null;
            const inReport = yearless !== null && reportYear !== null && withinPeriod(yearlessPeriod(yearless, reportYear), report!.period);
            const year = yearless !== null ? (inReport ? reportYear : (yearBefore(dates, figure.start) ?? reportYear)) : null;
            let resolved: Period | null = yearless !== null ? (year !== null ? yearlessPeriod(yearless, year) : null) : sentenceYearless;
            // A period cannot end after the document was written (前10个月 in May): it is the year before's.
            if (resolved && yearless !== null && documentDate && resolved.end > documentDate.date) resolved = shiftYears(resolved, -1);
            // The base of a framed comparison (与一季度末的…相比) is dated for itself alone.
            if (!binding.framedBase) {
              unresolvedSentence = true;
              sentenceYearless = resolved;
            }
            if (!resolved) {
              skip(index, 'a period without a year (前三季度, the fourth quarter) governs it, which neither the text nor the report resolves');
              return;
            }
            // The year is borrowed, so the period is no more certain than a report's.
            dated = { asOf: { ...resolved, source: 'text' }, source: 'report' };
          }
          // 北辰银行公布2025年上半年度净利为37亿元，较去年同期下跌6%: a change of the level just claimed in its sentence is at
          // the level's period, when nothing else dates it.
          const levelPeriod = (): typeof dated => {
            const level = lastClaimOfParagraph;
            if (level === null || binding.metric === binding.baseMetric || level.metric !== binding.baseMetric || level.subject !== subject) return null;
            if ((mentions[level.mention]?.end ?? -1) < sentence.start) return null;
            return { asOf: { start: level.asOf.start, end: level.asOf.end, source: 'text' }, source: level.provenance?.period === 'stated' ? 'stated' : 'report' };
          };
          if (!dated) dated = levelPeriod();
          else if (dated.source === 'report' && clauseDates.length === 0 && yearless === null && binding.metric !== binding.baseMetric) {
            // 累計前七月稅後純益623.7億元，年減42.1%: a change right after its level is the level's, not the report's month.
            const level = levelPeriod();
            if (level && (level.asOf.start !== dated.asOf.start || level.asOf.end !== dated.asOf.end)) dated = level;
          }
          if (!dated) {
            skip(index, 'no period: no date in the text, no report period and no document date');
            return;
          }
          // 其上季手续费及佣金净收入增8.9%，至244.5亿元: the level after a change, in a clause with no date of its own,
          // is of the change's period.
          // 使其在2024年实现非息收入626.5亿元，同比增长3.2%: a change right after a level, in a clause with no date of its
          // own, is of the period the level's clause stated (not of a period carried from an earlier sentence).
          if (
            statedLevel &&
            clauseDates.length === 0 &&
            precedingFigureEnd === statedLevel.end &&
            binding.metric !== binding.baseMetric &&
            binding.baseMetric === statedLevel.baseMetric &&
            !binding.baseValueDate &&
            binding.baseYear === undefined &&
            !pair &&
            /^[\s\u3000]*[，,；;]?[^，,；;。.]{0,16}$/.test(simplified.slice(statedLevel.end, figure.start))
          ) {
            dated = { asOf: { ...statedLevel.dated.asOf }, source: 'stated' };
          }
          const changeBefore = claims[claims.length - 1];
          if (
            changeBefore &&
            clauseDates.length === 0 &&
            precedingFigureEnd !== null &&
            (mentions[changeBefore.mention] as FigureMention).end === precedingFigureEnd &&
            changeBefore.asOf.source === 'text' &&
            dated.asOf.source !== 'text' &&
            levelAfterAChange.test(simplified.slice(precedingFigureEnd, figure.start))
          ) {
            dated = { asOf: { ...changeBefore.asOf }, source: changeBefore.provenance.period === 'stated' ? 'stated' : 'report' };
          }
          // 增速较上年的17%有所放缓: the figure after a comparison with the previous year is that year's.
          // 增速较2022年的28.04%和2023年的23%: values of the bases of a comparison, at their own periods.
          if (binding.baseValueDate) {
            dated = { asOf: { ...binding.baseValueDate.period, source: 'text' }, source: 'stated' };
          } else if (binding.baseYear !== undefined && dated.source !== 'document-date') {
            const shift = binding.baseYear - Number(dated.asOf.end.slice(0, 4));
            if (shift >= 0) {
              skip(index, 'a base level whose year is not before the period it is compared with');
              return;
            }
            dated.asOf = { ...shiftYears(dated.asOf, shift), source: dated.asOf.source };
          } else if (dated.source !== 'document-date' && (binding.previousYear || previousYearBefore.test(simplified.slice(Math.max(clause.start, figure.start - 12), figure.start)))) {
            dated.asOf = { ...shiftYears(dated.asOf, -1), source: dated.asOf.source };
          }
          // 在2019至2024年，营收增速从48.26%一路降至负数: the earlier value alone is the span's first year's, and without a
          // span of years it has no period the text states.
          // The span of years the sentence names last before the figure, which governs a before-and-after.
          const fromAlone = !pair && isFromWithoutTo(simplified, figure);
          const yearsSpan = pair || fromAlone ? spanOfYearsBefore(dates, sentence.start, figure.start) : undefined;
          if (fromAlone) {
            const first = yearsSpan ? Number(yearsSpan.period.start.slice(0, 4)) : null;
            if (first === null) {
              skip(index, 'the earlier value of a before-and-after, whose period the text does not state');
              return;
            }
            dated = { asOf: { start: `${first}-01-01`, end: `${first}-12-31`, source: 'text' }, source: 'stated' };
          }
          if (pair) {
            const own = ownDateBefore(simplified, figure, clauseDates) ?? ownDateAfter(text, figure, clauseDates);
            // "declined to 2.05 per cent from 2.14 per cent": a year before or a quarter before, the text does not say.
            // 在2019至2024年，营收增速从48.26%一路降至…: a span of years in the pair's clause governs it, whatever the sentence
            // named before.
            const governing = yearsSpan ? periodOf(yearsSpan) : dated.asOf;
            const paired = pair.reversed && pair.role === 'from' && !own ? null : pairedPeriod(pair.role, governing, own, this.normaliser.concept(binding.baseMetric)?.kind ?? guessMetricKind(binding.baseMetric));
            if (!paired) {
              skip(index, 'the earlier value of a before-and-after, whose period the text does not state');
              return;
            }
            if (paired !== dated.asOf) dated = { asOf: { ...paired, source: 'text' }, source: own ? 'stated' : pair.role === 'from' ? 'report' : dated.source };
            pairBindings.set(index, { metric: binding.metric, baseMetric: binding.baseMetric });
          }
          // "a year-on-year growth of 8.8%, up 0.5 percentage points from the previous month": points on a growth rate are a
          // change of a change, which has no key.
          if ((figure.unit === 'pp' || figure.unit === 'bp') && binding.metric.endsWith(this.binder.growthKey) && lastBound !== null && lastBound.unit === '%' && lastBound.metric === binding.metric && lastBound.end >= sentence.start) {
            skip(index, 'points on a growth rate, a change of a change');
            return;
          }
          // 降幅收窄0.14个百分点, 增速提升2个百分点: points on the rate of a change the words right before them name.
          if ((figure.unit === 'pp' || figure.unit === 'bp') && rateOfChangeBefore.test(simplified.slice(Math.max(clause.start, figure.start - 8), figure.start) + (/^[^0-9０-９+＋\-−]*/.exec(simplify(figure.text))?.[0] ?? ''))) {
            skip(index, 'points on a growth rate, a change of a change');
            return;
          }
          // 较上年末增加480.2亿元，增幅8.51%: a rate named alone after the amount of the change is against the amount's base;
          // the value the month before (上月为8.9%) is read against the base of the figure it follows.
          const rateAfterAmount =
            lastBound !== null &&
            lastBound.metric !== lastBound.baseMetric &&
            !/^(?:%|pp|bp)$/.test(lastBound.unit) &&
            lastBound.baseMetric === binding.baseMetric &&
            lastBound.end >= sentence.start &&
            lastBound.end < clause.start &&
            (bareRateWords.test(simplified.slice(clause.start, figure.start)) || (figure.direction !== null && /^[\s\u3000]*$/.test(simplified.slice(clause.start, figure.start))));
          const changeStart = (rateAfterAmount || previousMonth) && lastBound !== null ? clauseStartBefore(lastBound.end - 1) : listStart;
          // 企事业单位本外币贷款余额为182.47万亿元，…，上半年新增贷款达11.5万亿元: the increase after a sector's balance is the sector's.
          if (binding.baseMetric === newLoansConcept && binding.metric === newLoansConcept && sentenceMetric && borrowerSector.test(sentenceMetric) && /贷款(?:余额)?$/.test(sentenceMetric)) {
            binding = { ...binding, metric: this.binder.changeAmountOf(sentenceMetric), baseMetric: sentenceMetric };
          }
          lastBound = { metric: binding.metric, baseMetric: binding.baseMetric, unit: figure.unit, end: figure.end };
          if (binding.metric === binding.baseMetric) lastLevel = { metric: binding.metric, unit: figure.unit, collective: head?.collective === true };
          statedLevel =
            stated && binding.metric === binding.baseMetric && !binding.baseValueDate && !pair && dated.source === 'stated'
              ? { end: figure.end, baseMetric: binding.baseMetric, dated: { asOf: { ...dated.asOf }, source: 'stated' } }
              : null;
          if (binding.metric === binding.baseMetric) {
            boundMetrics.set(index, binding.baseMetric);
            if (!owner) {
              sentenceMetric = binding.baseMetric;
              sentenceMetricUnit = figure.unit;
            }
          }
          const cumulative =
            inheritsCumulative ||
            cumulativeWords.test(simplified.slice(clause.start, figure.start)) ||
            cumulativeWords.test(binding.phrase) ||
            this.normaliser.concept(binding.baseMetric)?.cumulative === true;
          // "The total social financing stock was 431.26 trillion yuan, with a year-on-year growth of 9.0%": so is one that
          // only the document's date would date.
          if (dated.source === 'document-date') dated = levelPeriod() ?? dated;
          // A change (净利润同比增长, 不良贷款变动额) is read as its metric is: the change of a flow over the flow's
          // period, of a stock at its moment, so a level and its change share one period.
          const concept = this.normaliser.concept(binding.baseMetric);
          const kind = concept?.kind ?? guessMetricKind(binding.baseMetric);
          // The amount a balance changed by (上半年人民币贷款增加13.27万亿元) is over the span the text states, or at
          // the moment it states (6月末较年初增加…).
          const stockChange = kind === 'stock' && (binding.metric.endsWith(changeAmountKey) || this.normaliser.concept(binding.metric)?.kind === 'flow');
          const reading =
            dated.source === 'document-date' || stockChange
              ? 'as-stated'
              : periodReading(kind, kind === 'ratio' ? (concept ? concept.timing : (this.shareTiming(binding.baseMetric) ?? guessRatioTiming(binding.baseMetric))) : null, cumulative);
          const read = periodRead(reading, dated.asOf);
          const earlier = previousMonth ? monthBefore(read) : null;
          if (previousMonth && !earlier) {
            skip(index, quotedPrevious ? 'the previous period\'s value (前值), quoted beside the new one' : 'the value the month before, whose month the text does not state');
            return;
          }
          // 二季度末…较年初增加1.1万亿元: the amount a balance changed by since the year began is over the year so far.
          const sinceStart =
            stockChange && !earlier && read.end.slice(0, 4) === read.start.slice(0, 4) && !read.end.endsWith('-12-31') && statesSinceYearStart(simplified, clause.start, figure)
              ? { start: `${read.end.slice(0, 4)}-01-01`, end: read.end }
              : null;
          // 去年12月…单月税后净利31.82亿元，累计全年税后净利365.21亿元: a running total stated in a month's report is the
          // year to the month's end; 单月 keeps the month.
          const yearToDate =
            !earlier && !sinceStart && kind === 'flow' && isOneMonth(read) && yearToDateBefore.test(simplified.slice(Math.max(clause.start, figure.start - 12), figure.start))
              ? { start: `${read.end.slice(0, 4)}-01-01`, end: read.end }
              : null;
          const asOf: Claim['asOf'] = { ...(earlier ?? sinceStart ?? yearToDate ?? read), source: dated.asOf.source };
          const leading = simplified.slice(clause.start, figure.start);
          // The items after a forecast's first (预计营收增速0.61%，净利润增速1.24%) are forecasts too, unless dated or realised.
          const outlook: Outlook | null =
            decidedOutlook(
              outlookOf(simplified.slice(sentence.start, clause.start), leading, asOf, documentDate) ??
                (sentenceOutlook && clauseDates.length === 0 && !realisedWords.test(leading) ? sentenceOutlook : null),
              binding.baseMetric,
            );
          if (outlook) {
            sentenceOutlook = outlook;
            lastOutlook = { outlook, end: sentence.end };
          }
          const provenance: ClaimProvenance = {
            subject: subjectSource,
            // 社融新增 is 社会融资规模增量: a change amount named by a concept of its own is the ontology's.
            metric: this.normaliser.isKnown(binding.baseMetric) || this.normaliser.concept(binding.metric)?.id === binding.metric ? 'ontology' : 'phrase',
            period: dated.source === 'stated' || dated.source === 'report' ? dated.source : 'document-date',
            // Without a date of its own, the document's latest cut-off is a guess.
            ...(dated.source === 'document-date' && !documentDate ? { periodGuessed: true as const } : {}),
            ...(binding.baseMetric === attributableProfit && looseProfitWords.test(simplified.slice(Math.max(sentence.start, figure.start - looseProfitReach), figure.start))
              ? { metricLoose: true as const }
              : {}),
          };
          const changeKey = sinceLastYearEnd && binding.metric.endsWith(this.binder.growthKey) ? `${binding.metric.slice(0, -this.binder.growthKey.length)}${sinceYearStartKey}` : binding.metric;
          const ownMetric = earnedProfitMetric(
            headings.narrow(figure.start, distinctChangeKey(changeKey, this.binder.growthKey, asOf.end, simplified, changeStart, figure, { stated: dated.asOf, sentenceStart: sentence.start, clauseStart: clause.start, conventionallyYearOnYear: this.normaliser.concept(binding.baseMetric)?.nationwide === true }), binding.baseMetric),
            binding.phrase,
            simplified.slice(Math.max(sentence.start, figure.start - earnedReach), figure.start),
            subject,
          );
          // - 京津冀地区贷款余额达…，不良贷款率为3.67%: a sentence that opens with a region states the region's figures.
          const region = regionOpening.exec(simplified.slice(sentence.start, Math.min(sentence.end, sentence.start + 16)))?.[1];
          const metric = region && !ownMetric.startsWith(region) ? `${region}${ownMetric}` : ownMetric;
          // 贷款余额增长6.04% at 30 September, with no 同比 or 较上年末: a year-on-year change or one since the year began.
          const unstatedBase =
            metric.endsWith(this.binder.growthKey) &&
            !asOf.end.endsWith('-12-31') &&
            (kind === 'stock' || (kind === 'ratio' && concept?.timing === 'moment')) &&
            !statesItsBase(simplified, Math.min(changeStart, clause.start), figure);
          const claim: Claim = {
            subject,
            metric: outlook ? outlookMetric(metric, outlook) : metric,
            unit: figure.unit,
            asOf,
            mention: index,
            cumulative,
            provenance: unstatedBase ? { ...provenance, baseUnstated: true } : provenance,
          };
          claims.push(claim);
          // A base's value (较2022年的28.04%和2023年的23%) and a remark in brackets ((2021年较2020年增长33.48%)) are not
          // of the sentence's period.
          if (provenance.period !== 'document-date' && !binding.baseValueDate && !binding.framedBase && !pair && !insideBrackets(text, Math.max(sentence.start, figure.start - 80), figure.start)) lastClaimOfParagraph = claim;
        };
        for (let cursor = figureCursor; cursor < figures.length && figures[cursor]!.figure.start < clause.end; cursor++) claimFigure(figures[cursor]!);
        // English dates a statement after its figures ("… rose 12.4% in 2024, to …") or inside the clause before
        // them ("announced a dip in Q3 2025 operating income by 0.78% …, while …"): that period goes on for the
        // rest of the sentence.
        // A later clause's own date ("…, with net profit for 2024 increasing by 1.22%") takes over from an earlier one.
        {
          const trailing = clauseDates.find(
            (date) =>
              englishAsOfBefore.test(text.slice(Math.max(clause.start, date.start - 24), date.start)) &&
              !reportNameBefore.test(text.slice(Math.max(clause.start, date.start - 48), date.start)) &&
              !/\b(?:compared|versus|vs\.?|against|than|from|since|above|below)\b/i.test(text.slice(Math.max(clause.start, date.start - 60), date.start)) &&
              (spansWithin(figureMentions, { start: clause.start, end: date.start }).length > 0 ||
                (/^(?:half|quarter|year)$/.test(date.granularity) &&
                  (spansWithin(figureMentions, { start: date.end, end: clause.end }).length > 0 ||
                    // "The board approved the plan for H1 2025, proposing a dividend of …": a clause with no figure dates the next.
                    (!hasFigureWithin(figureMentions, clause) && /\b(?:for|in|during)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, date.start - 12), date.start)))))),
          );
          if (trailing) sentenceAsOf = periodOf(trailing);
        }
        if (clauseSubjects.length > 0) {
          const clauseHead = headSubject(text, clauseSubjects, figureMentions);
          const resolved = clauseHead ? resolve(clauseHead) : null;
          if (resolved) {
            sentenceSubject = resolved;
            sentenceSubjectSource = clauseHead ? sourceOf(clauseHead) : 'clause';
          }
          const namedOrganisations = clauseSubjects.filter((candidate) => candidate.organisation && candidate.pronoun === null);
          if (resolved && organisationNames.has(resolved)) lastOrganisation = resolved;
          else if (resolved && owners.has(resolved)) lastOrganisation = owners.get(resolved)!;
          else if (namedOrganisations.length > 0) lastOrganisation = namedOrganisations[namedOrganisations.length - 1]!.name;
        }
      };
      for (const [clauseIndex, clause] of sentenceClauses.entries()) claimClause(clauseIndex, clause);
      if (sentenceSubject) {
        paragraphSubject = sentenceSubject;
        lastSubject = sentenceSubject;
      }
      // A cut-off date opening a sentence (截至2023年末，…) governs the later sentences of its paragraph,
      // also after a heading line that opened the paragraph.
      for (let index = sentence.firstClause; index < sentence.endClause; index++) {
        // Heading remnants before the date (二、零售业务 截至2023年末，…) hold no figures.
        const opening = model.clauses[index]!;
        const openingDates = spansWithin(dates, opening);
        const openingDate = clauseInitialDate(text, opening, openingDates);
        // A cut-off (截至2023年末, as of) carries on for a short stretch of its line; a period that opens a
        // sentence (2024年，…; In 2024, …) governs the undated sentences of its paragraph.
        if (openingDate && openingDates[0]?.asOf) {
          carriedAsOf = { period: openingDate, until: Math.min(sentence.end + carriedReach, lineEndAfter(sentence.end)), from: sentence.start };
        } else if (openingDate && openingDates[0] && (/^(?:year|half|quarter)$/.test(openingDates[0].granularity) || isRunningTotal(openingDate))) {
          // Hard-wrapped and extracted text makes long paragraphs of unrelated sentences: the period goes on
          // only along its own line.
          const end = lineEndAfter(sentence.end);
          // …and along the lines indented under it (a list item's hard-wrapped sub-items).
          // …and along the items of a list its line announces (各业务概况如下：⏎(一)…⏎(二)…).
          const until = Math.max(indentedContinuationEnd(text, sentence.start, end), announcedListEnd(text, end));
          paragraphPeriod = { period: openingDate, paragraph: until > end ? anyParagraph : sentence.paragraph, until, from: sentence.start };
        }
        // A title line dated by a month (2025年7月金融统计数据报告) leaves the opening to the line after it.
        const monthTitle = openingDate && !openingDates[0]?.asOf && openingDates[0]?.granularity === 'month' && /^[ \t]*\r?\n/.test(text.slice(opening.end, opening.end + 4)) && !hasFigureWithin(figureMentions, opening);
        if (monthTitle) continue;
        if (openingDate || spansWithin(figureMentions, opening).length > 0) break;
      }
    };
    for (const sentence of model.sentences) claimSentence(sentence);
    // Table claims came first; claims are reported in the order of their figures.
    if (tabled && tabled.claims.length > 0) claims.sort((a, b) => a.mention - b.mention);
    const series = unstatedSeries(claims, mentions);
    if (series.size === 0) return claims;
    for (const i of series) skip(claims[i]!.mention, 'one of several values of this metric whose periods the text does not state (the report\'s period fits one at most)');
    return claims.filter((_, i) => !series.has(i));
  }

}

/** Words that open an aside: what a metric holds or consists of. */
const asideOpening = /^[\s,]*(?:including|such as|excluding|mainly|primarily|notably|especially|particularly|in particular|chiefly|which (?:covers|includes|indicates|measures|refers to|comprises|consists of|represents))\b/i;

/**
 * The clause that names a metric before an aside, when the figure's own clause holds only its verb
 * ("…, including fees, trading gains and others, increased by 26.43%"). The aside may span several clauses.
 */
function namedBeforeAside(text: string, clauses: readonly Clause[], position: number, figure: FigureMention): Clause | null {
  if (!/^[\s,]*(?:[A-Za-z-]+\s+){0,4}$/.test(text.slice(clauses[position]!.start, figure.start))) return null;
  for (let aside = position - 1; aside >= 1 && position - aside <= 4; aside--) {
    if (asideOpening.test(text.slice(clauses[aside]!.start, clauses[aside]!.end))) return clauses[aside - 1]!;
  }
  return null;
}

/** True when a figure lies wholly inside the clause (figures in text order, by binary search). */
function hasFigureWithin(figures: readonly FigureMention[], clause: Clause): boolean {
  const first = figures[firstStartingAt(figures, clause.start)];
  return first !== undefined && first.end <= clause.end;
}

/** The index of the first offset at or after `at` in an ascending list (the list's length when none is). */
function firstAtOrAfter(offsets: readonly number[], at: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A carried period that reaches across the paragraphs the sentence model makes of indented lines. */
const anyParagraph = -1;

/** How far lines indented deeper than the one holding `at` continue it (at most a few thousand characters). */
function indentedContinuationEnd(text: string, at: number, lineEnd: number): number {
  const indentOf = (start: number): number => {
    let i = start;
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000') i++;
    return i - start;
  };
  // The sentence may start at the line break before its first word.
  let first = at;
  while (first < lineEnd && /\s/.test(text[first]!)) first++;
  const indent = indentOf(text.lastIndexOf('\n', first - 1) + 1);
  let end = lineEnd;
  while (end < text.length && end - lineEnd < 4_000) {
    const next = end + 1;
    const lineBreak = text.indexOf('\n', next);
    const nextEnd = lineBreak < 0 ? text.length : lineBreak;
    if (text.slice(next, nextEnd).trim() === '' || indentOf(next) <= indent) break;
    end = nextEnd;
  }
  return end;
}

/**
 * Where the list a line announces (…如下：, …as follows:) ends: the run of lines after it that open with an item
 * mark ((一), 1、, -), at most a few thousand characters; the line's own end when it announces none.
 */
function announcedListEnd(text: string, lineEnd: number): number {
  if (!/(?:如下|以下|as follows)?[：:][ \t\u3000]*$/i.test(text.slice(Math.max(0, lineEnd - 12), lineEnd))) return lineEnd;
  let end = lineEnd;
  while (end < text.length && end - lineEnd < 4_000) {
    const next = end + 1;
    const lineBreak = text.indexOf('\n', next);
    const nextEnd = lineBreak < 0 ? text.length : lineBreak;
    if (!listItemMark.test(text.slice(next, Math.min(nextEnd, next + 12)))) break;
    end = nextEnd;
  }
  return end;
}
const listItemMark = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十0-9]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|[0-9]{1,2}[、.．)）]|[-–•·*▪●◆■])/;

/** A figure of a slash series (-1.8%/-4.9%/-3.4%, one value per quarter) names no period of its own. */
function inSlashSeries(text: string, figure: FigureMention): boolean {
  return /^\s?[/／]\s?[-+−]?\d/.test(text.slice(figure.end, figure.end + 4)) || /\d[%％]?\s?[/／]\s?$/.test(text.slice(Math.max(0, figure.start - 4), figure.start));
}

/**
 * The period of an opening bracket that holds only a period in analysts' shorthand and a copula ((1~3Q24为+,
 * (VS1~3Q24同比), before a value; null for any other text. The shorthand itself is read by shorthandPeriods.
 */
function bracketedRestatement(between: string): Period | null {
  if (between.length > 24) return null;
  const shorthand = shorthandPeriods(between);
  if (shorthand.length !== 1) return null;
  const { start, end, period } = shorthand[0]!;
  return bracketBeforeShorthand.test(between.slice(0, start)) && copulaAfterShorthand.test(between.slice(end)) ? period : null;
}
const bracketBeforeShorthand = /^[\s\u3000]*[（(][\s\u3000]*(?:VS|vs)?[\s\u3000]*$/;
const copulaAfterShorthand = /^[\s\u3000]*(?:同比|环比|YoY|yoy)?[\s\u3000]*(?:为|:|：)?[\s\u3000]*[+＋]?[\s\u3000]*$/;

/** Connectives and spaces before a topic metric (而利息净收入…, 同时，手续费…). */
/** Words of time before a topic metric (近年利息净收入下滑明显): the claims' periods are stated where the values are. */
const topicTimeWords = /^(?:近年来?|近几年来?|近些年|近年间|多年来|今年以来|此前)/;
// A description of the metric before it (作为营收支柱的利息净收入) leaves the metric opening the clause.
const topicConnective = /^[\s\u3000]*(?:(?:而|但|同时|此外|另外|其中|另一方面)[\s\u3000，,]*)?(?:作为[^，,；;。的]{1,12}的)?/;

/** Between a change and the level it reached: ，至, "to". */
const levelAfterAChange = /^[\s\u3000]*[，,]?[\s\u3000]*(?:至|到|增至|升至|降至|达到?|達到?|\bto\b|reaching)[\s\u3000]*$/i;

/** A clause that holds only a verb of stating before its figure (，录得1018.05亿元). */
const statingVerbOnly = /^[\s\u3000]*(?:录得|錄得|达到?|達到?|为|為|实现|實現|约为?|約為?|共计|共計|合计|合計)[\s\u3000]*$/;

/** Verbs of what happened (实现, 录得, was), which end a forecast's list. */
const realisedWords = /实现|录得|完成|实际|已|\b(?:was|were|posted|reported|achieved|recorded)\b/i;

const previousYearBefore = /(?:较|比|相比|相较于?|低于|高于|不及|超过)(?:上年|去年|上一年|前一年)(?:同期)?的[\s\u3000]*$/;

function isBylineDate(date: DateMention, documentDate: DocumentDate | null): boolean {
  const span = documentDate?.source === 'inferred' ? null : documentDate?.span;
  return span !== null && span !== undefined && date.start >= span.start && date.end <= span.end;
}

/** True when an opening bracket between `from` and `at` is still open at `at`. */
function insideBrackets(text: string, from: number, at: number): boolean {
  // A bounded walk back: a megabyte-long line without brackets costs no more than a short one.
  for (let i = at - 1; i >= from; i--) {
    const char = text[i];
    if (char === '）' || char === ')') return false;
    if (char === '（' || char === '(') return true;
  }
  return false;
}

/** How far before a table its caption or title may state the table's period. */
const tableCaptionReach = 160;

/** 前值 (the previous release's value) right before a figure, in brackets or after a comma. */
const previousValueBefore = /(?:前值|上期值|上月值)[为:：]?[\s\u3000]*$/;

/** A report named without a year at a clause's start (一季报显示, 据中报): its kind. */
const yearlessReportNamed = /^[\s\u3000]*(?:据|根据|从|從)?[\s\u3000]*(一季报|一季度报告|第一季度报告|中报|半年报|半年度报告|三季报|三季度报告|年报|年度报告)(?:显示|数据显示|披露|中|来看)?[\s\u3000]*$/;
const yearlessReportKinds: Readonly<Record<string, ReportPart>> = {
  一季报: 'Q1', 一季度报告: 'Q1', 第一季度报告: 'Q1', 中报: 'H1', 半年报: 'H1', 半年度报告: 'H1', 三季报: '9M', 三季度报告: '9M', 年报: 'FY', 年度报告: 'FY',
};

/** 期内 and 年内 opening a clause (after a list's marker): the period the text has just stated. */
const withinThePeriod = /^[\s\u3000]*(?:[-–•·(（]?[\s\u3000]*(?:[一二三四五六七八九十\d]{1,2}[)）、.]?)?)?[\s\u3000]*(?:期[\s\u3000]?[内內]|年[\s\u3000]?[内內])(?![将將])/;
/** The verbs of ranking right before a count (排, 排名, 位列, 位居). */
const rankBefore = /(?:排|排名|排在|位列|位居|名列|居)(?:第)?[\s\u3000]*$/;
/** A clause that opens with "this growth rate" (这一增速, 该增幅), the change just stated. */
const anaphoricRate = /^[\s\u3000]*(?:这一|这个|该|此|上述)(?:增速|增幅|增长率|涨幅|降幅)/;
/** Words that name a growth rate (营业收入同比增长率排名第二, 增速). */
const namesGrowthRate = /同比增长率|同比增速|增速|增幅|增长率/;
/** A clause that only names a rate of change before its value (，增幅8.51%). */
const bareRateWords = /^[\s\u3000]*(?:增幅|增速|增长率|涨幅|降幅|跌幅|减幅)(?:为|达|达到|约)?[\s\u3000]*$/;
/** A sentence's opening frame of a comparison (与2022年业绩巅峰时期相比，). */
const comparisonFrame = /^[\s\u3000]*(?:与|和|同|跟|较|相较于?|对比)[^，,。；;]{0,30}?(?:相比|相较|比较)(?:之下)?[，,]/;
/** A quarter's words opening a metric phrase (第四季度单季营收, 单季营收). */
const quarterWordsOpening = /^(?:第?[一二三四]季度(?:单季)?|单季度?)/;
/** "for the same period" that is the period just stated, not last year's ("the same period last year"). */
const englishSamePeriod = /\b(?:for|in|during|over) the same period\b(?! as\b|,? (?:of |in )?(?:the )?(?:last|previous|prior) year| a year (?:earlier|ago|before))/i;
/** 其中 opening a sentence: a part of what the sentence before stated, at its period. */
const amongThem = /^[\s\u3000]*其中(?=[，,\s\u3000])/;
/** The rate of a change, then the verb of its own change (降幅收窄, 增速提升): what points after it change. */
const rateOfChangeBefore = /(?:^|[，,；;、\s\u3000])(?:同比)?(?:降幅|增幅|增速|跌幅|涨幅)[\s\u3000]*(?:进一步|继续|有所|大幅|明显)?[\s\u3000]*(?:收窄|扩大|提升|提高|下降|回落|加快|放缓|上升|降低)了?[\s\u3000]*$/;

const newLoansConcept = '新增贷款';
/** The borrowers a balance of loans may be stated for (企事业单位贷款, 住户贷款, 普惠小微贷款). */
const borrowerSector = /^(?:企事业单位|住户|个人|企业|公司|小微企业|普惠小微|普惠型小微企业|涉农|农户|制造业|房地产|工业|服务业|基础设施)/;

/** A comparison with a peak or a trough (相比最高峰, 较峰值, 与历史低点相比, "from its peak"). */
const extremeBase = /(?:相比|相较|较|比|与|从|自)[\s\u3000]*(?:于)?[^，,。；;]{0,10}?(?:历史)?(?:最高峰|最高点|高峰|峰值|巅峰|高点|最低点|低点|谷底|低谷)|\b(?:from|than|since) (?:its |the )?(?:peak|high|record high|low|trough)\b/i;

/** A statement that opens with its change (较上年末增长7.2%, 同比下降3%, 按年升10.5%). */
const changeOpening = /^[\s\u3000]*(?:较|比|同比|环比|按年|按季|增长|增加|下降|减少|上升|提升|提高|下滑|回落|增|降|升|跌|up\b|down\b)/i;

/** How far before a figure a condition of adjustment is looked for. */
const adjustmentReach = 160;
const adjustmentChinese = /(?:若|如|倘若?|如果)(?:计入|计及|剔除|扣除|不计|不考虑|加回)|(?:计入|计及|剔除|扣除|加回)[^，。；;]{2,40}?(?:后|之后)[，,的]/;
// "…, and excluding significant project impacts, it increased by 13%", "on a constant currency basis": another measure.
const adjustmentEnglish = /\b(?:taking into account|after (?:taking into account|including|excluding|adjusting for)|if (?:including|excluding)|excluding the (?:impacts?|effects?) of|adjusted for|on an? (?:constant[- ]currency|like-for-like|underlying) basis|at constant (?:currency|exchange rates?)|in constant currency)\b|,\s*(?:and |but |while )?excluding\b/i;

/** True when a condition of adjustment (若计入…, 剔除…后, "taking into account …") stands between `from` and the figure. */
/** "Including funding income …, net interest income totaled": a sentence that opens with its condition. */
const adjustmentOpening = /(?:^|[.;:]\s)\s*(?:Including|Excluding)\s/;

/**
 * Where the statement of a figure starts within a window: after the window's last colon (…则增加12%：净利息收入…). A
 * semicolon goes on with the condition (若计入…，净利息收入则为…；净息差为…).
 */
function statementStartBefore(simplified: string, from: number, to: number): number {
  const window = simplified.slice(from, to);
  const last = Math.max(window.lastIndexOf('：'), window.lastIndexOf(':'));
  return last < 0 ? from : from + last + 1;
}

function adjustmentBefore(text: string, simplified: string, from: number, to: number): boolean {
  const english = text.slice(from, to);
  return adjustmentChinese.test(simplified.slice(from, to)) || adjustmentEnglish.test(english) || adjustmentOpening.test(english);
}

/** "Customer loans grew 2% YoY (4% in constant currency)": a bracketed value that its own words name another measure. */
const bracketedAdjustmentAfter = /^[\s\u3000]*(?:in constant currency|at constant (?:currency|exchange rates?)|on an? (?:constant[- ]currency|like-for-like|underlying) basis|excluding\b|按固定汇率|按固定匯率|剔除)[^)）]{0,60}[)）]/i;
const bracketedAdjustmentBefore = /[(（][\s\u3000]*(?:按固定汇率(?:计算)?|按固定匯率(?:計算)?)?[\s\u3000]*$/;

function adjustedInBrackets(text: string, simplified: string, figure: Span): boolean {
  return bracketedAdjustmentBefore.test(simplified.slice(Math.max(0, figure.start - 10), figure.start)) && (/按固定[汇匯]率/.test(simplified.slice(Math.max(0, figure.start - 10), figure.start)) || bracketedAdjustmentAfter.test(text.slice(figure.end, figure.end + 80)));
}

/** The key of an adjusted measure: 调整后 before the reported one's. */
function adjustedKey(metric: string): string {
  return metric === '' || metric.startsWith('调整后') ? metric : `调整后${metric}`;
}

/** The last words of a share's key (贷款余额占比, 占营收比重). */
const shareEnd = /(?:占比|比重|比例)$/;
/** Verbs of a share's change: it rises and falls, where amounts grow (增长) and are added (增加). */
const shareChangeVerbs = /提升|提高|上升|下降|降低|下滑|回落|减少/;

const wholeYearWords = /全年|全年度|当年|年内|for the (?:full )?year|full[- ]year/i;

/**
 * 在2023年末的资产总额为…，全年实现营业收入…: "the whole year" in a clause of its own is the year of the
 * sentence's last date before it.
 */
function wholeYearBefore(simplified: string, figure: FigureMention, clause: Clause, sentence: Span, clauseDates: readonly DateMention[], dates: readonly DateMention[]): Period | null {
  if (clauseDates.length > 0) return null;
  // The items of a list (全年实现营业收入…、净利润…) share the words before the first, back to the last
  // comma or stop (within a bounded reach, so that a long sentence costs no more per figure).
  let from = figure.start;
  const reach = Math.max(sentence.start, figure.start - 120);
  while (from > reach && !'，,；;。'.includes(simplified[from - 1]!)) from--;
  if (!wholeYearWords.test(simplified.slice(Math.min(from, clause.start), figure.start))) return null;
  const earlier = spansWithin(dates, { start: sentence.start, end: clause.start });
  const last = earlier[earlier.length - 1];
  if (!last || last.granularity === 'range') return null;
  const year = last.period.end.slice(0, 4);
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * The label of a "label: value" line (拨备覆盖率：250.71%; 不良贷款率：维持1.06%) when nothing but a verb of
 * stating stands between it and the figure.
 */
function labelBefore(text: string, clause: Clause, figure: FigureMention): string | null {
  if (!/[：:]/.test(text[clause.start - 1] ?? '')) return null;
  if (!/^[\s\u3000]*(?:维持|維持|为|為|达|達|保持|录得|錄得|约|約)?[\s\u3000]*$/.test(text.slice(clause.start, figure.start))) return null;
  // A label is short: look back a little way only, so that a megabyte-long line costs no more per figure.
  const reach = Math.max(0, clause.start - 24);
  let lineStart = clause.start - 1;
  while (lineStart > reach && text[lineStart - 1] !== '\n') lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return null;
  const label = text.slice(lineStart, clause.start - 1).replace(/^[\s\u3000\-•·*#\d.、（）()]+/, '');
  return label.length >= 2 && label.length <= 12 && !/[，,。；;]/.test(label) ? label : null;
}

/** True when only spaces stand between a line break and the offset. */
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0 && i >= offset - 8; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) return true;
    if (code !== 0x20 && code !== 0x09 && code !== 0x3000 && code !== 0x0d) return false;
  }
  return false;
}

const nplRatio = '不良贷款率';
/** A clause that states only a non-performing loan ratio (，不良贷款率为3.76%). */
const bareNplRatio = /^[\s\u3000，,；;]*(?:其|对应)?(?:不良贷款率|不良率)(?:为|是|达|约)?[\s\u3000]*$/;
/** Loans of one segment (个人住房贷款, 公司房地产贷款), not the total or a loan-quality measure. */
function isLoanSegment(metric: string): boolean {
  return metric.endsWith('贷款') && !/^(?:贷款余额|各项贷款|不良贷款|关注类贷款|逾期贷款|新增贷款)$/.test(metric) && !/不良|关注|逾期/.test(metric);
}

/** The terms a money and credit statistic breaks a sector's loans or deposits into. */
const breakdownTerms = /^(?:短期贷款|中长期贷款|票据融资|活期存款|定期存款)/;

/**
 * The key of a breakdown term after 其中 (短期贷款 after 住户贷款增加…，其中) as the sector's own (住户短期贷款), or
 * null when the figure is no such term.
 */
function breakdownOf(binding: { metric: string; baseMetric: string }, parent: { base: string; end: number } | null, simplified: string, figure: FigureMention): { metric: string; baseMetric: string } | null {
  if (!parent || figure.start - parent.end > 160 || !breakdownTerms.test(binding.baseMetric) || !/其中/.test(simplified.slice(parent.end, figure.start))) return null;
  const sector = parent.base.replace(/(?:贷款|存款)$/, '');
  if (sector.length === 0 || sector.length > 10) return null;
  return { metric: `${sector}${binding.metric}`, baseMetric: `${sector}${binding.baseMetric}` };
}

/** 前七个月, January-July 2025: the months from a year's start, as a release's running totals are. */
function isRunningTotal(period: Period): boolean {
  return period.start.endsWith('-01-01') && period.start.slice(0, 4) === period.end.slice(0, 4);
}

/** Connectives that may stand before the clause that opens a sentence's statement. */
const openingConnective = /^[\s\u3000]*(?:另一方面|此外|同时|同時|与此同时|與此同時|总体来看|總體來看|整体来看|整體來看|具体来看|具體來看|值得注意的是|不过|不過|然而|而|Meanwhile|In addition|Moreover|However)[\s\u3000]*$/i;

/** A preposition and a few words of description before a name (与联营公司交通银行, 对交通银行的投资). */
/** 在纽约证券交易所挂牌买卖, 在纽约证券交易所，…: an exchange where a company's shares trade is a place, not who the text is about. */
function isListingVenue(simplified: string, name: SubjectMention): boolean {
  if (!/交易所$/.test(name.name)) return false;
  return listingAfter.test(simplified.slice(name.end, name.end + 6)) || /(?:在|于)[\u4e00-\u9fff \t]{0,4}$/.test(simplified.slice(Math.max(0, name.start - 5), name.start));
}

/** What a venue of listing takes after its name (挂牌买卖, 上市, "listed"). */
const listingAfter = /^[\s\u3000]*(?:挂牌|上市|买卖|交易(?!额|量|笔数|金额))/;
const prepositionBefore = /(?:与|同|跟|对|向|关于|对于)(?:联营公司|合营公司|联营企业|合营企业|子公司|附属公司|母公司|股东|战略投资者|同业)?$/;

/**
 * True when a name is the object of a preposition (确认与交通银行相关的亏损), not a conjunction between two names
 * (微众银行与网商银行分别…).
 */
const circumstanceFrame = /在[^。；;，,！!？?]{2,60}?(?:的)?(?:背景下|情况下|形势下|大环境下|之际)/g;

/** The spans of a sentence's circumstance frames (在…的背景下, 在…之际). */
function circumstanceFrames(simplified: string, sentence: Span): Span[] {
  const slice = simplified.slice(sentence.start, sentence.end);
  if (!/背景下|情况下|形势下|环境下|之际/.test(slice)) return [];
  return [...slice.matchAll(circumstanceFrame)].map((match) => ({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length }));
}

function objectOfPreposition(simplified: string, candidate: SubjectMention, clauseStart: number, subjectEnds: ReadonlySet<number>): boolean {
  if (candidate.pronoun !== null || candidate.start - clauseStart < 2) return false;
  const before = simplified.slice(Math.max(clauseStart, candidate.start - 8), candidate.start);
  const match = prepositionBefore.exec(before);
  if (!match) return false;
  return !subjectEnds.has(candidate.start - before.length + match.index);
}

/**
 * Words the press uses for the parent's shareholders' profit and for other profits alike: Hong Kong's 股东应占溢利
 * is at times the ordinary shareholders' part (after perpetual bonds and preference shares), 纯利 and 赚 any profit.
 */
const looseProfitWords = /股东应占溢利|纯利|赚/;
/** How far before a figure the 赚 of its sentence is looked for (去年税后赚264亿，较前年减少2成). */
const earnedReach = 64;
const attributableProfit = '归母净利润';
/** How far before a figure its loose profit word is looked for (…股东应占溢利增长0.5%至1438.06亿元). */
const looseProfitReach = 48;

/** An opening bracket and a word of approximation between an amount and its conversion. */
const conversionOpening = /^[\s\u3000]*[（(][\s\u3000]*(?:约|約|合|折合|相当于|相當於|about|approximately|around|roughly|or)?[\s\u3000]*$/i;

/** A money figure in brackets right after an amount in another currency. */
function isCurrencyConversion(text: string, previous: { unit: string; end: number }, figure: FigureMention): boolean {
  if (figure.unit === previous.unit || !isBaseUnit(figure.unit) || !isBaseUnit(previous.unit)) return false;
  if (unitKind(figure.unit) !== 'money' || unitKind(previous.unit) !== 'money') return false;
  if (figure.start - previous.end > 16 || !conversionOpening.test(text.slice(previous.end, figure.start))) return false;
  return /^[\s\u3000]*[)）]/.test(text.slice(figure.end, figure.end + 4));
}

/** The populations a territory's statistics count (认可机构, "authorized institutions"), which are no subject of their own: their publisher. */
const statisticalPopulations = new Map([['认可机构', '香港金融管理局']]);
/** Who a nationwide statistic (广义货币, 社会融资规模) is of, when the text names nobody for it. */
const nationwidePublisher = '中国人民银行';
/** The titles of the central bank's statistics releases, in the document's opening lines. */
// Analysts' notes on the monthly release (2025年5月金融数据点评) speak of the same statistics.
const centralBankRelease = /金融统计数据报告|社会融资规模(?:增量|存量)统计数据报告|金融机构贷款投向统计报告|\d{1,2}月金融数据(?:点评|解读|简评|快评|分析)|\bfinancial statistics (?:data )?report\b/i;

/** A region opening a sentence or a list item (京津冀地区…, 长三角区域…): the segment its figures are of. */
const regionOpening = /^[\s\u3000\-–—•·*]*([\u4e00-\u9fff]{2,6}(?:地区|区域))(?=[\u4e00-\u9fff])/;

const quotedWords = /目标价|股价|收盘价|市值|市净率|市盈率|股息率|(?<![A-Za-z])(?:PB|PE)(?![A-Za-z])|price target|target price|share price|market cap|dividend yield/i;

const shorthandBase = /(?:较|較|比|相比|环比|環比|对比|vs\.?)[\s\u3000]*$/i;

/** A month's end without a year (6月末, 3月底), which the dates resolve only against a document date. */
const yearlessMonthEnd = /(?<![\d年])(1[0-2]|[1-9])[\s\u3000]?月(?:末|底)/g;

/**
 * The period the last shorthand before a figure in its clause states (24H1 利息净收入…), unless it is a base
 * (较24Q1). A month's end without a year (6月末总资产…) is in the report's year, when it is not after its end.
 */
function shorthandPeriodBefore(simplified: string, from: number, to: number, report: ReportPeriod | null): Period | null {
  const window = simplified.slice(Math.max(from, to - 40), to);
  let found: { at: number; period: Period } | null = null;
  for (const shorthand of shorthandPeriods(window)) if (!shorthandBase.test(window.slice(0, shorthand.start))) found = { at: shorthand.start, period: shorthand.period };
  if (report) {
    for (const match of window.matchAll(yearlessMonthEnd)) {
      const before = window.slice(0, match.index);
      if (shorthandBase.test(before) || /年[\s\u3000]*$/.test(before) || (found && found.at > match.index)) continue;
      const year = Number(report.period.end.slice(0, 4));
      const month = Number(match[1]);
      const end = pointPeriod(year, month, daysInMonth(year, month));
      if (end.end <= report.period.end) found = { at: match.index, period: end };
    }
  }
  return found?.period ?? null;
}

/** The paragraph of the sentence that holds an offset, by binary search over the sentences in text order. */
function paragraphAt(sentences: readonly { start: number; end: number; paragraph: number }[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset > sentence.end) low = middle + 1;
    else return sentence.paragraph;
  }
  return -1;
}

/** The words after a figure up to the end of its statement (a semicolon or the sentence's end). */
function restOfStatement(simplified: string, figure: FigureMention, sentence: Span): string {
  return simplified.slice(figure.end, Math.min(sentence.end, figure.end + 200)).split(/[；;。]/, 1)[0]!;
}

/** Whether a base period is the governing one a year earlier (2021 before 2022, 2021年末 before 2022年6月末 is not). */
/** Whether a base is the last day of the year before the one a mid-year period ends in (2024年末 for 30 September 2025). */
function isPreviousYearEnd(base: Period, governing: Period): boolean {
  if (base.start !== base.end || governing.end.endsWith('-12-31')) return false;
  return base.end === `${Number(governing.end.slice(0, 4)) - 1}-12-31`;
}

/** The last date of a stretch of text, when it is whole years, more than one (2019至2024年). */
function spanOfYearsBefore(dates: readonly DateMention[], from: number, to: number): DateMention | undefined {
  const last = spansWithin(dates, { start: from, end: to }).pop();
  if (!last) return undefined;
  const { start, end } = last.period;
  return start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) !== end.slice(0, 4) ? last : undefined;
}

function isYearBefore(base: Period, governing: Period): boolean {
  const shifted = shiftYears(base, 1);
  return shifted.end === governing.end && (shifted.start === governing.start || base.start === base.end || governing.start === governing.end);
}

/**
 * The period of a value of a before-and-after: its own date (从2023年末的…); the first or last year of a
 * span of years (2021-2023年，营收从…降至…); or, for the earlier value, the same period a year before when
 * that is a whole year, a flow's span or a year end — a balance at another moment may be compared with the
 * year's start, so its earlier value has no period the text states.
 */
function pairedPeriod(role: FromToValue['role'], governing: Period, own: DateMention | null, kind: string | null): Period | null {
  if (own) return periodOf(own);
  const firstYear = Number(governing.start.slice(0, 4));
  const lastYear = Number(governing.end.slice(0, 4));
  if (lastYear > firstYear && governing.start.endsWith('-01-01') && governing.end.endsWith('-12-31')) {
    const year = role === 'from' ? firstYear : lastYear;
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  if (role === 'to') return governing;
  // A span that ends on no quarter's end (the year so far) has no like period a year before that the text means.
  if (!/-(?:03-31|06-30|09-30|12-31)$/.test(governing.end)) return null;
  if (kind === 'flow' || governing.end.endsWith('-12-31')) return shiftYears(governing, -1);
  return null;
}

/** Words of a running total over the year so far (累计全年, 全年累计, 累计), in a month's statement. */
const yearToDateBefore = /累计全年|全年累计|累计(?!单月)|全年(?!度?目标)/;

/** Whether a period lies within another (二季度 within the first half). */
function withinPeriod(inner: Period | null, outer: Period): boolean {
  return inner !== null && inner.start >= outer.start && inner.end <= outer.end;
}

/** A period moved by whole years (2024-01-01/2024-12-31 → 2023-01-01/2023-12-31). */
function shiftYears(period: Period, years: number): Period {
  const move = (iso: string) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`.replace(/^(\d{4})-02-29$/, '$1-02-28');
  return { start: move(period.start), end: move(period.end) };
}

/** Attributes that statistics in prose state of the business just counted (…1,876.3亿笔，金额512.46万亿元). */
const businessAttributes = new Set(['金额', '笔数', '交易金额', '交易笔数', '规模', '余额']);

/**
 * Statistics in prose name a business and then its attributes: 共处理移动支付业务1,876.3亿笔 is the number
 * of transactions of 移动支付业务 (移动支付业务笔数), and the 金额 after it the amount of the same business.
 */
function businessMetric(metric: string, figure: FigureMention, previous: string | null): string {
  const stripped = metric.replace(/^(?:共|合计)?(?:处理|办理|发生|完成|受理)(?:了)?/, '');
  const base = stripped.length >= 2 ? stripped : metric;
  // 银行卡交易1180.51亿笔 … 金额283.89万亿元 names its business as 交易 rather than 业务.
  if (/(?:业务|交易)$/.test(base) && (figure.counter === '笔' || figure.counter === '筆')) return `${base}笔数`;
  if (/业务$/.test(base) && figure.unit !== 'count' && figure.unit !== '%') return `${base}金额`;
  if (businessAttributes.has(base) && previous && /(?:业务|交易)(?:笔数|金额)?$/.test(previous)) return `${previous.replace(/(?:笔数|金额)$/, '')}${base}`;
  return base;
}

/** A target word before a proposed distribution states the decision; a forecast of one stays a forecast. */
function decidedOutlook(outlook: Outlook | null, metric: string): Outlook | null {
  return outlook === 'target' && isDistribution(metric) ? null : outlook;
}

/** Words before a year that name a report on part of it ("semi-annual report for 2025", "interim results of 2024"). */
const reportNameBefore = /\b(semi-annual|interim|half-year|half-yearly|annual|full-year|third-quarter|first-quarter)\s+(?:financial\s+)?(?:report|results)\s+(?:for|of)\s+(?:the\s+(?:fiscal\s+)?year\s+)?$/i;

/** The kind of report its English name says (semi-annual → H1, third-quarter → 9M). */
function reportKindNamed(name: string): ReportPart {
  return /semi|interim|half/i.test(name) ? 'H1' : /third/i.test(name) ? '9M' : /first/i.test(name) ? 'Q1' : 'FY';
}

/** A month's statistics release named after its month, in the simplified text (7月金融数据). */
const monthlyReleaseAfter = new RegExp(`^[\\s\\u3000]*${monthlyReleaseNames}`);
/** The verb that publishes a release, right before its name. */
const publishingBefore = /(?:公布|发布|披露|公布了|发布了|出炉)[\s\u3000]*$/;
/** Words after a date that make it the name of a report: 2024年度业绩, 2025年半年度报告, 2024 annual results. */
const reportNameAfter = /^[\s\u3000]*(?:年度|年|半年度|中期|上半年)?(?:业绩|报告|年报|财报|中报|半年报|利润分配|分红|派息)|^\s+(?:(?:annual|interim|half-year|full-year|quarterly)\s+)?(?:financial\s+)?(?:results|report|earnings)\b/i;

/** Populations that, counted, are customers: 小微企业 served → 小微企业客户. */
const populationCustomers = /^(?:小微企业|中小微企业|小微商户|个体工商户|个人|企业|商户|农户)$/;
