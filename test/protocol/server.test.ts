import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MetricsResult, ObservationDto } from '../../server/src/protocol';
import { createAnalyzer } from '../../server/src/core/analyze';
import { neverCancelled } from '../../server/src/core/cancellation';
import { defaultCorpusConfig } from '../../server/src/core/config';
import { recogniseFigures } from '../../server/src/core/figures';
import { ZoneMask } from '../../server/src/core/zoneMask';
import {
  CancellationTokenSource,
  TestClient,
  applyEdits,
  checkGolden,
  makeWorkspace,
  positionOf,
  type Diagnostic,
  type Range,
} from './client';

const seed001 = 'seeds/001_528cf213c8b04a03.txt';
const seed003 = 'seeds/003_20653fbaa9adf90c.txt';
const seed004 = 'seeds/004_5e883007aff4821f.txt';

interface Hover {
  contents: { kind: string; value: string };
  range?: Range;
}

interface CodeAction {
  title: string;
  edit?: { changes?: Record<string, { range: Range; newText: string }[]>; documentChanges?: unknown[] };
}

function at(position: { line: number; character: number }, characters: number): { line: number; character: number } {
  return { line: position.line, character: position.character + characters };
}

function describeRange(range: Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

describe('language server over stdio', function () {
  this.timeout(60_000);

  describe('a workspace holding the seeds', () => {
    let client: TestClient;

    before(async () => {
      client = await TestClient.start(makeWorkspace());
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
    });

    it('declares its capabilities', () => {
      checkGolden('initialize.json', client.redact(client.initializeResult));
    });

    it('indexes the folder with progress, watches files and announces the index', () => {
      const lines: string[] = [];
      for (const event of client.events) {
        if (event.method === 'window/workDoneProgress/create') lines.push('← window/workDoneProgress/create');
        if (event.method === '$/progress') {
          const value = (event.params as { value: Record<string, unknown> }).value;
          lines.push(`← $/progress ${JSON.stringify(value)}`);
        }
        if (event.method === 'client/registerCapability') {
          const registrations = (event.params as { registrations: { method: string; registerOptions: unknown }[] }).registrations;
          for (const registration of registrations) lines.push(`← client/registerCapability ${registration.method} ${JSON.stringify(registration.registerOptions)}`);
        }
        if (event.method === 'fincorpus/indexChanged') {
          const params = event.params as { documents: number; conflicts: number; changed: string[] };
          lines.push(`← fincorpus/indexChanged documents=${params.documents} changed=${params.changed.length}`);
          break;
        }
      }
      checkGolden('indexing.txt', lines.join('\n'));
      assert.ok(lines.some((line) => line.includes('"kind":"begin"')), 'progress begins');
      assert.ok(lines.some((line) => line.includes('"kind":"end"')), 'progress ends');
      assert.ok(lines.some((line) => line.includes('documents=5')), 'five seeds indexed');
    });

    it('hovers a figure, an amount, a date and a traditional product name', async () => {
      const cases: [string, string, number][] = [
        [seed001, '超3.6亿', 1],
        [seed004, '1.6万亿元', 1],
        [seed004, '2024年6月末', 2],
        [seed003, '微粒貸', 1],
      ];
      const transcript: string[] = [];
      for (const [path, needle, inside] of cases) {
        const { uri, text } = await client.open(path);
        const position = at(positionOf(text, needle), inside);
        const result = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
        transcript.push(`## ${path} “${needle}” at ${position.line + 1}:${position.character + 1}`);
        transcript.push(result ? `range ${describeRange(result.range!)}\n${result.contents.value}` : '(no hover)');
        transcript.push('');
      }
      checkGolden('hover.md', client.redactText(transcript.join('\n')));
    });

    it('lists document symbols, semantic tokens and metrics of a seed', async () => {
      const { uri } = await client.open(seed004);
      interface OutlineSymbol {
        name: string;
        detail?: string;
        kind: number;
        range: Range;
        selectionRange: Range;
        children?: OutlineSymbol[];
      }
      const symbols = await client.request<OutlineSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const outline = (list: OutlineSymbol[], indent: string): string[] =>
        list.flatMap((symbol) => {
          const inside = (symbol.children ?? []).every(
            (child) => child.range.start.line >= symbol.range.start.line && child.range.end.line <= symbol.range.end.line,
          );
          assert.ok(inside, `children of ${symbol.name} lie inside its range`);
          return [
            `${indent}${symbol.name} [kind ${symbol.kind}] ${describeRange(symbol.selectionRange)}${symbol.detail ? ` — ${symbol.detail}` : ''}`,
            ...outline(symbol.children ?? [], `${indent}  `),
          ];
        });
      const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.equal(tokens.data.length % 5, 0, 'semantic tokens come in fives');
      const metrics = await client.request<MetricsResult>('fincorpus/metrics', {});
      const firstMetric = metrics.subjects[0]?.metrics[0];
      if (firstMetric) {
        const series = await client.request<{ key: string; points: ObservationDto[] } | null>('fincorpus/series', { key: firstMetric.key });
        assert.equal(series?.key, firstMetric.key);
        assert.deepEqual(series?.points, firstMetric.observations);
      }
      assert.equal(await client.request('fincorpus/series', { key: 'no such key' }), null);
      const filtered = await client.request<MetricsResult>('fincorpus/metrics', { filter: '微业贷' });
      const filteredMetrics = filtered.subjects.flatMap((subject) => subject.metrics);
      assert.ok(filteredMetrics.length > 0, 'the filter keeps the metrics of 微业贷');
      for (const metric of filteredMetrics) assert.ok(`${metric.subject} ${metric.metric}`.includes('微业贷'), `${metric.subject} · ${metric.metric}`);
      const summary = metrics.subjects.flatMap((subject) =>
        subject.metrics.map(
          (metric) =>
            `${metric.subject} · ${metric.metric} · ${metric.unit}: ${metric.observations
              .map((o) => `${o.text}@${o.asOf.end}${o.conflict ? '!' : ''}`)
              .join(', ')}`,
        ),
      );
      checkGolden(
        'symbols.txt',
        [
          `document symbols of ${seed004}:`,
          ...outline(symbols, '  '),
          `semantic tokens of ${seed004}: ${tokens.data.length / 5}`,
          `metrics: documents=${metrics.documents} conflicts=${metrics.conflicts}`,
          ...summary,
        ].join('\n'),
      );
    });
  });

  describe('diagnostics, navigation and settings on the seeds', () => {
    let client: TestClient;
    const settings: Record<string, unknown> = {};

    before(async () => {
      client = await TestClient.start(makeWorkspace(), { settings });
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
    });

    it('pulls the diagnostics of every seed', async () => {
      const transcript: string[] = [];
      for (const path of [seed001, 'seeds/000_3ae6d66069a4080d.txt', 'seeds/002_ca0b918e60d7d9de.txt', seed003, seed004]) {
        const { uri } = await client.open(path);
        const diagnostics = await client.diagnostics(uri);
        transcript.push(`## ${path}: ${diagnostics.length}`);
        for (const d of diagnostics) {
          transcript.push(`${describeRange(d.range)} ${d.code} (severity ${d.severity}): ${d.message}`);
          for (const r of d.relatedInformation ?? []) transcript.push(`    related ${client.redactText(r.location.uri)} ${describeRange(r.location.range)}: ${r.message}`);
        }
      }
      checkGolden('diagnostics.txt', transcript.join('\n'));
    });

    it('offers to repair mojibake and to add an unknown quoted name to a new fincorpus.json', async () => {
      const transcript: string[] = [];
      const { uri: garbled } = await client.open(seed003);
      const mojibake = (await client.diagnostics(garbled)).find((d) => d.code === 'mojibake');
      assert.ok(mojibake, 'seed 003 has mojibake');
      const repairs = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: garbled },
        range: mojibake.range,
        context: { diagnostics: [mojibake] },
      });
      for (const action of repairs) {
        transcript.push(`action: ${action.title}`, `  edit ${client.redact(action.edit)}`);
      }
      assert.ok(repairs.some((action) => action.title.startsWith('Repair ')));

      const notePath = 'notes/new.txt';
      const note = client.uri(notePath);
      const noteText = '这家银行推出了“星星贷”，截至2024年末累计放款超100亿元。\n';
      client.texts.set(note, { text: noteText, version: 1 });
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: note, languageId: 'plaintext', version: 1, text: noteText } });
      const unknown = (await client.diagnostics(note)).find((d) => d.code === 'unknown-product');
      assert.ok(unknown, 'the quoted name is reported');
      transcript.push(`${describeRange(unknown.range)} ${unknown.code} (severity ${unknown.severity}): ${unknown.message}`);
      const additions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: note },
        range: unknown.range,
        context: { diagnostics: [unknown] },
      });
      for (const action of additions) transcript.push(`action: ${action.title}`, `  edit ${client.redact(action.edit)}`);
      const add = additions.find((action) => action.title.includes('星星贷'));
      assert.ok(add?.edit?.documentChanges, 'the lexicon entry goes into a new file');
      assert.deepEqual((add.edit.documentChanges[0] as { kind: string }).kind, 'create');
      checkGolden('actions.txt', transcript.join('\n'));
    });

    it('finds references, workspace symbols and completions', async () => {
      const { uri, text } = await client.open(seed003);
      const references = await client.request<{ uri: string; range: Range }[]>('textDocument/references', {
        textDocument: { uri },
        position: at(positionOf(text, '微粒貸'), 1),
        context: { includeDeclaration: true },
      });
      const perDocument = new Map<string, number>();
      for (const reference of references) perDocument.set(client.redactText(reference.uri), (perDocument.get(client.redactText(reference.uri)) ?? 0) + 1);
      const symbols = await client.request<{ name: string; containerName?: string }[]>('workspace/symbol', { query: '授信' });
      const completion = await client.request<{ label: string; kind: number }[]>('textDocument/completion', {
        textDocument: { uri },
        position: { line: 0, character: 0 },
        context: { triggerKind: 2, triggerCharacter: '“' },
      });
      assert.ok(references.length > 0, 'the product is referenced');
      assert.ok(completion.some((item) => item.label === '微粒贷'), 'product names complete');
      checkGolden(
        'navigation.txt',
        [
          'references of 微粒貸:',
          ...[...perDocument].map(([document, count]) => `  ${document}: ${count}`),
          'workspace symbols for 授信:',
          ...symbols.map((symbol) => `  ${symbol.name} (${symbol.containerName ?? ''})`),
          `completion: ${completion.length} items, first products: ${completion
            .filter((item) => item.kind === 7)
            .slice(0, 6)
            .map((item) => item.label)
            .join(', ')}`,
        ].join('\n'),
      );
    });

    it('shows inlay hints once the setting turns them on', async () => {
      const { uri, text } = await client.open(seed004);
      const lines = text.split('\n').length;
      const range = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
      assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument: { uri }, range }), [], 'off by default');
      settings['inlayHints'] = { enabled: true };
      const mark = client.mark();
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { fincorpus: settings } });
      await client.next('fincorpus/indexChanged', mark);
      const hints = await client.request<{ position: { line: number; character: number }; label: string }[]>('textDocument/inlayHint', {
        textDocument: { uri },
        range,
      });
      assert.ok(hints.length > 0, 'hints after the change');
      const figure = positionOf(text, '超1.6万亿元');
      assert.ok(
        hints.some((hint) => hint.position.line === figure.line && hint.label === '= at least ¥1,600,000,000,000'),
        `a hint after 超1.6万亿元: ${JSON.stringify(hints.slice(0, 5))}`,
      );
    });

    it('colours a line with semantic tokens', async () => {
      const { uri, text } = await client.open(seed004);
      const result = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      const legend = (
        client.initializeResult as { capabilities: { semanticTokensProvider: { legend: { tokenTypes: string[]; tokenModifiers: string[] } } } }
      ).capabilities.semanticTokensProvider.legend;
      const lines = text.split(/\r\n|\r|\n/);
      const tokens: string[] = [];
      const wanted = positionOf(text, '超1.6万亿元').line;
      let line = 0;
      let character = 0;
      for (let i = 0; i < result.data.length; i += 5) {
        const [deltaLine, deltaStart, length, type, bits] = result.data.slice(i, i + 5) as [number, number, number, number, number];
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        const modifiers = legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0);
        if (line === wanted) tokens.push(`${lines[line]!.slice(character, character + length)}:${[legend.tokenTypes[type], ...modifiers].join('.')}`);
      }
      checkGolden('semanticTokens.txt', `${seed004} line ${wanted + 1}:\n${tokens.join('\n')}`);
      assert.ok(tokens.includes('超:keyword.qualifier.bound'), 'a qualifier token');
      assert.ok(tokens.includes('1.6万亿:number.figure.bound'), 'the number of a bounded figure');
      assert.ok(tokens.includes('截至2024年6月末:enumMember.date.asOf'), 'an as-of date');
    });
  });

  describe('conflicts across documents', () => {
    let client: TestClient;

    before(async () => {
      client = await TestClient.start(makeWorkspace());
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
    });

    function pathOf(uri: string): string {
      return uri.slice(client.uri('').length).replace(/^\//, '');
    }

    /**
     * The figure to contradict: a figure of another document whose as-of period the text states, so
     * that the same sentence written into a second seed makes the same claim. The first such figure
     * of the metrics tree (subjects and metrics sorted) is taken, which keeps the transcript stable.
     */
    async function findTarget(): Promise<ObservationDto | undefined> {
      const metrics = await client.request<MetricsResult>('fincorpus/metrics', {});
      for (const subject of metrics.subjects) {
        for (const metric of subject.metrics) {
          for (const observation of metric.observations) {
            // A sentence that names its subject and metric keeps its claim when copied into another document.
            if (observation.conflict || observation.asOf.source !== 'text' || observation.confidence < 1 || observation.provenance.subject !== 'clause') continue;
            // The line copied must itself name the subject before the figure (a hard-wrapped sentence may not).
            const line = readFileSync(join(client.root, pathOf(observation.uri)), 'utf8').split(/\r\n|\r|\n/)[observation.range.start.line] ?? '';
            if (!line.slice(0, observation.range.start.character).includes(subject.subject)) continue;
            if (!/[0-9]/.test(observation.text) || observation.range.start.line !== observation.range.end.line) continue;
            if (observation.low === null && observation.high === null) continue;
            // The line alone must make the same claim: a line of hard-wrapped or extracted text may be part of a longer sentence.
            const alone = probeAnalyzer.analyze('probe.txt', line);
            const restated = alone.claims.some((claim) => {
              const mention = alone.mentions[claim.mention]!;
              return (
                mention.start === observation.range.start.character &&
                claim.subject === subject.subject &&
                claim.metric === metric.metric &&
                claim.asOf.start === observation.asOf.start &&
                claim.asOf.end === observation.asOf.end
              );
            });
            if (!restated) continue;
            return observation;
          }
        }
      }
      return undefined;
    }

    const probeAnalyzer = createAnalyzer(defaultCorpusConfig);

    /** The figure as an exact value far outside the other's interval: 超150万户 → 0.001万户. */
    function conflictingText(other: ObservationDto): string {
      const smaller = other.low !== null && Number(other.low) > 100;
      const parts = recogniseFigures(other.text, ZoneMask.EMPTY, neverCancelled)[0]?.parts ?? [];
      const firstNumber = parts.find((part) => part.role === 'number');
      let changed = '';
      let at = 0;
      for (const part of parts) {
        const piece = other.text.slice(part.start, part.end);
        changed += other.text.slice(at, part.start);
        at = part.end;
        if (part.role === 'qualifier') continue;
        if (part !== firstNumber) changed += piece;
        else changed += smaller ? piece.replace(/[0-9][0-9.,]*/, '0.001') : piece.replace(/[0-9]/, (digit) => `9${digit}`);
      }
      return (changed + other.text.slice(at)).trim();
    }

    function conflictsOf(diagnostics: Diagnostic[]): Diagnostic[] {
      return diagnostics.filter((diagnostic) => diagnostic.code === 'conflicting-figure');
    }

    function conflictAt(diagnostics: Diagnostic[], start: { line: number; character: number }): Diagnostic | undefined {
      return conflictsOf(diagnostics).find((d) => d.range.start.line === start.line && d.range.start.character === start.character);
    }

    function describeConflicts(label: string, diagnostics: Diagnostic[]): string[] {
      return [
        `${label}: ${conflictsOf(diagnostics).length} conflicting-figure`,
        ...conflictsOf(diagnostics).map(
          (d) =>
            `  ${describeRange(d.range)} ${d.message}${(d.relatedInformation ?? [])
              .map((r) => `\n    related ${client.redactText(r.location.uri)} ${describeRange(r.location.range)}: ${r.message}`)
              .join('')}`,
        ),
      ];
    }

    it('reports an edited figure on both documents, clears on undo and fixes with the other value', async function () {
      const other = await findTarget();
      if (!other) {
        // Pending on the core: without recognised figures and claims there is nothing to contradict.
        this.skip();
      }
      const otherDocument = await client.open(pathOf(other!.uri));
      const editedPath = [seed001, seed004, seed003].find((path) => client.uri(path) !== other!.uri)!;
      const edited = await client.open(editedPath);
      const baselineEdited = conflictsOf(await client.diagnostics(edited.uri)).length;
      const baselineOther = conflictsOf(await client.diagnostics(other!.uri)).length;

      // The sentence that states the other figure, written into the edited seed with a contradicting value.
      const sentence = otherDocument.text.split(/\r\n|\r|\n/)[other!.range.start.line]!;
      const column = other!.range.start.character;
      const newText = conflictingText(other!);
      const written = sentence.slice(0, column) + newText + sentence.slice(other!.range.end.character);
      const lines = edited.text.split(/\r\n|\r|\n/);
      const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
      const insertedLine = lines.length;
      const figureStart = { line: insertedLine, character: column };
      const figureRange: Range = { start: figureStart, end: at(figureStart, newText.length) };
      const transcript = [
        `contradicting ${other!.text} (${other!.canonical}) of ${pathOf(other!.uri)}:${other!.range.start.line + 1}`,
        `writing into ${editedPath}:${insertedLine + 1}: …${written.slice(Math.max(0, column - 24), column + newText.length + 8)}…`,
      ];

      const mark = client.mark();
      await client.edit(edited.uri, [{ range: { start: end, end }, newText: `\n${written}` }]);
      const afterEdit = await client.diagnostics(edited.uri);
      const mine = conflictAt(afterEdit, figureStart);
      assert.ok(mine, `a conflict on the edited figure: ${JSON.stringify(conflictsOf(afterEdit))}`);
      assert.ok((mine.relatedInformation ?? []).some((r) => r.location.uri === other!.uri), 'related information points at the other document');
      await client.next('workspace/diagnostic/refresh', mark);
      const otherAfterEdit = await client.diagnostics(other!.uri);
      const theirs = conflictAt(otherAfterEdit, other!.range.start);
      assert.ok(theirs, `a conflict on the other figure: ${JSON.stringify(conflictsOf(otherAfterEdit))}`);
      assert.ok((theirs.relatedInformation ?? []).some((r) => r.location.uri === edited.uri), 'and it points back');
      transcript.push(...describeConflicts('edited document', afterEdit), ...describeConflicts('other document', otherAfterEdit));
      const conflictHover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: other!.uri }, position: at(other!.range.start, 1) });
      assert.match(conflictHover.contents.value, /⚠ This figure conflicts/);
      assert.match(conflictHover.contents.value, /⚠ conflict/);
      transcript.push('hover on the other figure:', client.redactText(conflictHover.contents.value));

      // Undo: both documents are back to where they were.
      const insertedEnd = { line: insertedLine, character: written.length };
      await client.edit(edited.uri, [{ range: { start: end, end: insertedEnd }, newText: '' }]);
      assert.equal(client.texts.get(edited.uri)!.text, edited.text, 'the undo restores the text');
      assert.equal(conflictsOf(await client.diagnostics(edited.uri)).length, baselineEdited, 'the edited document clears');
      assert.equal(conflictsOf(await client.diagnostics(other!.uri)).length, baselineOther, 'the other document clears');
      transcript.push('undo: both documents back to their baseline');

      // Again, then take the other document's value through the code action.
      await client.edit(edited.uri, [{ range: { start: end, end }, newText: `\n${written}` }]);
      const again = conflictAt(await client.diagnostics(edited.uri), figureStart);
      assert.ok(again, 'the conflict is back');
      assert.deepEqual(again.range, figureRange);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: edited.uri },
        range: again.range,
        context: { diagnostics: [again] },
      });
      transcript.push(...actions.map((action) => `action: ${action.title}`));
      const useValue = actions.find((action) => action.title.startsWith('Use ') && action.title.includes(other!.text));
      assert.ok(useValue, `a “use value” action naming ${other!.text}`);
      const edits = useValue.edit!.changes![edited.uri]!;
      await client.edit(edited.uri, edits);
      assert.equal(client.texts.get(edited.uri)!.text, `${edited.text}\n${sentence}`, 'the sentence now states the other value');
      assert.equal(conflictsOf(await client.diagnostics(edited.uri)).length, baselineEdited, 'fixed by the action');
      assert.equal(conflictsOf(await client.diagnostics(other!.uri)).length, baselineOther, 'the other document clears too');
      transcript.push(`applied: ${edits.map((e) => `${describeRange(e.range)} → ${e.newText}`).join(', ')}`);

      // Once more, and accept the difference through the ignore entry the other action writes.
      const restated = client.texts.get(edited.uri)!.text;
      const restatedLines = restated.split(/\r\n|\r|\n/);
      await client.edit(edited.uri, [{ range: { start: figureStart, end: at(figureStart, other!.text.length) }, newText }]);
      assert.equal(restatedLines[insertedLine]!.slice(column, column + other!.text.length), other!.text);
      const third = conflictAt(await client.diagnostics(edited.uri), figureStart);
      assert.ok(third, 'the conflict is back once more');
      const ignoreActions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: edited.uri },
        range: third.range,
        context: { diagnostics: [third] },
      });
      const ignore = ignoreActions.find((action) => action.title.startsWith('Ignore '));
      assert.ok(ignore?.edit?.changes, 'an ignore action editing the existing fincorpus.json');
      const [configUri, configEdits] = Object.entries(ignore.edit.changes)[0]!;
      const configPath = join(client.root, decodeURIComponent(configUri.slice(client.uri('').length)));
      const configText = applyEdits(readFileSync(configPath, 'utf8'), configEdits);
      const parsed = JSON.parse(configText) as { ignore?: unknown[]; lexicon?: unknown[] };
      assert.equal(parsed.ignore?.length, 1, 'one ignore entry');
      writeFileSync(configPath, configText);
      const configMark = client.mark();
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      await client.next('fincorpus/indexChanged', configMark);
      assert.equal(conflictsOf(await client.diagnostics(edited.uri)).length, baselineEdited, 'the ignored conflict is gone');
      assert.equal(conflictsOf(await client.diagnostics(other!.uri)).length, baselineOther, 'on both sides');
      transcript.push(`ignored in ${client.redactText(configUri)}: ${JSON.stringify(parsed.ignore![0])}`);
      checkGolden('conflict.txt', transcript.join('\n'));
    });
  });

  describe('workspace pulls after an edit', () => {
    let client: TestClient;
    const agreeing = '截至2024年6月末，“微业贷”已落地30个省，累计授信客户120万户。\n';

    before(async () => {
      client = await TestClient.start(
        makeWorkspace({ 'notes/a.txt': agreeing, 'notes/b.txt': agreeing, 'notes/c.txt': '2024年6月末，微粒贷笔均贷款金额约7600元。\n' }),
      );
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
    });

    type WorkspaceItem = { uri: string; kind: string; resultId: string; items?: Diagnostic[] };
    const pull = async (previous: WorkspaceItem[]) =>
      (
        await client.request<{ items: WorkspaceItem[] }>('workspace/diagnostic', {
          previousResultIds: previous.map(({ uri, resultId }) => ({ uri, value: resultId })),
        })
      ).items;

    it('sends again only the documents whose findings changed, as a document pull words them', async () => {
      const before = await pull([]);
      assert.ok(before.every((item) => item.kind === 'full'));
      const [a, b, c] = ['notes/a.txt', 'notes/b.txt', 'notes/c.txt'].map((path) => client.uri(path));
      assert.equal(conflicts(before.find((item) => item.uri === b)!.items!).length, 0);
      const opened = await client.open('notes/a.txt');
      const at = positionOf(opened.text, '120万户');
      await client.edit(opened.uri, [{ range: { start: at, end: { line: at.line, character: at.character + 3 } }, newText: '95' }]);
      assert.equal(conflicts(await client.diagnostics(a!)).length, 1);

      const after = await pull(before);
      // The open document is the editor's to pull; the one sharing its key conflicts now; the rest is unchanged.
      assert.equal(after.find((item) => item.uri === a), undefined);
      const other = after.find((item) => item.uri === b)!;
      assert.equal(other.kind, 'full');
      assert.deepEqual(other.items, await client.diagnostics(b!));
      assert.ok(conflicts(other.items!)[0]!.relatedInformation!.some((related) => related.location.uri === a));
      assert.equal(after.find((item) => item.uri === c)!.kind, 'unchanged');
      assert.ok(after.filter((item) => item.uri !== b).every((item) => item.kind === 'unchanged'));

      // Undone: the other document is sent again, clear.
      await client.edit(opened.uri, [{ range: { start: at, end: { line: at.line, character: at.character + 2 } }, newText: '120' }]);
      assert.equal(conflicts(await client.diagnostics(a!)).length, 0);
      const undone = await pull(after);
      assert.equal(undone.find((item) => item.uri === b)!.kind, 'full');
      assert.deepEqual(undone.find((item) => item.uri === b)!.items, before.find((item) => item.uri === b)!.items);
    });

    it('names a document report by its findings: unchanged until they may change, sent again only then', async () => {
      type Report = { kind: string; resultId: string; items?: Diagnostic[] };
      const documentPull = (uri: string, previousResultId?: string) =>
        client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
      const [a, b, c] = ['notes/a.txt', 'notes/b.txt', 'notes/c.txt'].map((path) => client.uri(path)) as [string, string, string];
      const first = { a: await documentPull(a), b: await documentPull(b), c: await documentPull(c) };
      assert.ok(Object.values(first).every((report) => report.kind === 'full'));
      // Asked again with nothing changed: unchanged, under the same ids.
      for (const [uri, report] of [[a, first.a], [b, first.b], [c, first.c]] as const) {
        assert.deepEqual(await documentPull(uri, report.resultId), { kind: 'unchanged', resultId: report.resultId });
      }
      // An edit of c that touches no key a or b states: only c's report moves.
      const edited = client.texts.get(c) ? { uri: c, text: client.texts.get(c)!.text } : await client.open('notes/c.txt');
      const at = positionOf(edited.text, '7600');
      await client.edit(c, [{ range: { start: at, end: { line: at.line, character: at.character + 4 } }, newText: '7700' }]);
      const afterOwn = await documentPull(c, first.c.resultId);
      assert.equal(afterOwn.kind, 'full');
      assert.notEqual(afterOwn.resultId, first.c.resultId);
      assert.equal((await documentPull(a, first.a.resultId)).kind, 'unchanged');
      assert.equal((await documentPull(b, first.b.resultId)).kind, 'unchanged');
      // An edit of a that makes it conflict with b: both move, c stays.
      const opened = client.texts.get(a) ? { uri: a, text: client.texts.get(a)!.text } : await client.open('notes/a.txt');
      const figure = positionOf(opened.text, '120万户');
      await client.edit(a, [{ range: { start: figure, end: { line: figure.line, character: figure.character + 3 } }, newText: '95' }]);
      const conflicted = { a: await documentPull(a, first.a.resultId), b: await documentPull(b, first.b.resultId) };
      assert.equal(conflicted.a.kind, 'full');
      assert.equal(conflicted.b.kind, 'full');
      assert.deepEqual(conflicted.b.items, await client.diagnostics(b));
      assert.equal(conflicts(conflicted.b.items!).length, 1);
      assert.deepEqual(await documentPull(c, afterOwn.resultId), { kind: 'unchanged', resultId: afterOwn.resultId });
      // Undone: the reports are full again, with the first diagnostics.
      await client.edit(a, [{ range: { start: figure, end: { line: figure.line, character: figure.character + 2 } }, newText: '120' }]);
      const undone = await documentPull(b, conflicted.b.resultId);
      assert.equal(undone.kind, 'full');
      assert.deepEqual(undone.items, first.b.items);
    });

    function conflicts(diagnostics: Diagnostic[]): Diagnostic[] {
      return diagnostics.filter((diagnostic) => diagnostic.code === 'conflicting-figure');
    }
  });

  describe('configuration errors', () => {
    let client: TestClient;
    const config = '{\n  "lexicon": [\n    { "canonical": "微粒贷", "kind": "bank" }\n  ],\n  "rules": { "strict": "yes" }\n}\n';

    before(async () => {
      client = await TestClient.start(makeWorkspace({ 'fincorpus.json': config }));
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
    });

    it('reports each problem on the field at fault and keeps working', async () => {
      const uri = client.uri('fincorpus.json');
      const diagnostics = await client.diagnostics(uri);
      const lines = diagnostics.map((d) => `${describeRange(d.range)} ${d.code}: ${d.message}`);
      checkGolden('config.txt', lines.join('\n'));
      const kind = diagnostics.find((d) => d.message.startsWith('lexicon[0].kind'));
      assert.ok(kind, 'the lexicon kind is reported');
      assert.deepEqual(kind.range.start, positionOf(config, '"bank"'));
      const strict = diagnostics.find((d) => d.message.startsWith('rules.strict'));
      assert.deepEqual(strict?.range.start, positionOf(config, '"yes"'));
      // Editors that do not sync JSON documents get them from the workspace pull.
      const workspaceReport = await client.request<{ items: { uri: string; kind: string; items?: Diagnostic[] }[] }>('workspace/diagnostic', {
        previousResultIds: [],
      });
      const configReport = workspaceReport.items.find((item) => item.uri === uri);
      assert.deepEqual(configReport?.items, diagnostics);
    });

    it('follows the config file while it is edited in the editor', async () => {
      const uri = client.uri('fincorpus.json');
      const broken = '{\n  "lexicon": []\n  "rules": {}\n}\n';
      client.texts.set(uri, { text: broken, version: 1 });
      let mark = client.mark();
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: broken } });
      await client.next('fincorpus/indexChanged', mark);
      const syntax = await client.diagnostics(uri);
      assert.equal(syntax.length, 1);
      assert.match(syntax[0]!.message, /invalid JSON/);
      assert.deepEqual(syntax[0]!.range.start, positionOf(broken, '"rules"'));

      const unknownKey = '{\n  "lexicon": [],\n  "lexcon": []\n}\n';
      mark = client.mark();
      await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } }, newText: unknownKey }]);
      await client.next('fincorpus/indexChanged', mark);
      const unknown = await client.diagnostics(uri);
      assert.equal(unknown.length, 1);
      assert.deepEqual(unknown[0]!.range, { start: positionOf(unknownKey, '"lexcon"'), end: { line: 2, character: 10 } });
      assert.match(unknown[0]!.message, /Unrecognized key/);
      checkGolden('config-live.txt', [...syntax, ...unknown].map((d) => `${describeRange(d.range)} ${d.code}: ${d.message}`).join('\n'));

      // Closing it hands the file back to the disk, whose problems return.
      mark = client.mark();
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.next('fincorpus/indexChanged', mark);
      assert.equal((await client.diagnostics(uri)).length, 2);
    });

    it('clears the problems when the file is fixed on disk', async () => {
      const uri = client.uri('fincorpus.json');
      writeFileSync(join(client.root, 'fincorpus.json'), '{ "lexicon": [] }\n');
      const mark = client.mark();
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await client.next('fincorpus/indexChanged', mark);
      assert.deepEqual(await client.diagnostics(uri), []);
    });
  });

  describe('files the index skips', () => {
    let client: TestClient;

    before(async () => {
      const binary = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7) % 32));
      client = await TestClient.start(
        makeWorkspace({
          'extra/big.md': `${'超3.6亿个人客户。'.repeat(8000)}\n`,
          'extra/image.txt': binary,
          'node_modules/pkg/readme.md': '超3.6亿\n',
          'extra/notes.json': '{}',
        }),
        { settings: { maxFileSize: 100_000 } },
      );
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
    });

    it('skips files over maxFileSize and binary files with a message, and never looks into node_modules', async () => {
      const messages = client.events
        .filter((event) => event.method === 'window/logMessage')
        .map((event) => (event.params as { message: string }).message)
        .filter((message) => message.startsWith('Skipped'));
      const indexChanged = (await client.indexed()).params as { documents: number; changed: string[] };
      checkGolden('skipped.txt', [...messages, `documents=${indexChanged.documents}`].join('\n'));
      assert.ok(messages.some((message) => message.startsWith('Skipped extra/big.md')), 'the big file');
      assert.ok(messages.some((message) => message.startsWith('Skipped extra/image.txt')), 'the binary file');
      assert.equal(indexChanged.documents, 5);
      assert.ok(!indexChanged.changed.some((uri) => uri.includes('node_modules')));
    });
  });

  describe('workspace folders and documents outside them', () => {
    let client: TestClient;
    let other: string;
    const figure = '截至2023年末，微众银行微粒贷累计授信客户超4亿人。\n';

    before(async () => {
      other = mkdtempSync(join(tmpdir(), 'fincorpus-other-folder-'));
      writeFileSync(join(other, 'report.txt'), figure);
      client = await TestClient.start(makeWorkspace());
      await client.indexed();
    });

    after(async () => {
      await client?.stop();
      rmSync(other, { recursive: true, force: true });
    });

    const documentsAnnounced = async (mark: number, documents: number): Promise<void> => {
      await client.next('fincorpus/indexChanged', mark, 30_000, (event) => (event.params as { documents: number }).documents === documents, `an index of ${documents} documents`);
    };

    const hoverOn = (uri: string): Promise<Hover | null> =>
      client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(positionOf(figure, '超4亿人'), 1) });
    const open = (uri: string, languageId: string): Promise<void> =>
      client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: figure } });

    it('indexes a folder added while it runs, with the documents open in it, and forgets them when it is removed', async () => {
      const folder = { uri: pathToFileURL(other).href, name: 'other' };
      // Open before its folder is added: plain text outside every folder, which the server leaves alone.
      const draft = `${folder.uri}/draft.txt`;
      await open(draft, 'plaintext');
      assert.equal(await hoverOn(draft), null);

      let mark = client.mark();
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
      await documentsAnnounced(mark, 7);
      const metrics = await client.request<MetricsResult>('fincorpus/metrics', {});
      const observations = metrics.subjects.flatMap((subject) => subject.metrics.flatMap((metric) => metric.observations));
      assert.deepEqual(
        observations.filter((observation) => observation.uri.startsWith(folder.uri)).map((observation) => `${observation.uri.slice(folder.uri.length)} ${observation.canonical}`),
        ['/draft.txt at least 400,000,000', '/report.txt at least 400,000,000'],
      );

      mark = client.mark();
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
      await documentsAnnounced(mark, 5);
      assert.equal(await hoverOn(draft), null, 'the open draft is outside the folders again');
    });

    it('analyses a FinCorpus document anywhere, and leaves plain text outside the folders alone', async () => {
      const elsewhere = pathToFileURL(join(other, 'elsewhere')).href;
      await open(`${elsewhere}/notes.txt`, 'plaintext');
      assert.equal(await hoverOn(`${elsewhere}/notes.txt`), null);
      await open(`${elsewhere}/notes.fincorpus`, 'fincorpus');
      assert.match((await hoverOn(`${elsewhere}/notes.fincorpus`))?.contents.value ?? '', /\*\*超4亿人\*\* → at least 400,000,000/);
    });
  });

  describe('cancellation', () => {
    let client: TestClient;

    before(async () => {
      client = await TestClient.start(makeWorkspace({}, 5));
    });

    after(async () => {
      await client?.stop();
    });

    it('answers a cancelled workspace request with RequestCancelled and keeps serving', async () => {
      const source = new CancellationTokenSource();
      // workspace/symbol waits for the indexing of 30 documents, which is still running.
      const pending = client.request('workspace/symbol', { query: '' }, source);
      source.cancel();
      await assert.rejects(pending, (error: { code?: number }) => error.code === -32800);
      await client.indexed();
      const symbols = await client.request<unknown[]>('workspace/symbol', { query: '' });
      assert.ok(Array.isArray(symbols));
    });
  });
});
