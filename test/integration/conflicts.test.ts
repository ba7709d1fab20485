import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  activateFinCorpus,
  describeDiagnostics,
  diagnosticsWhere,
  isConflict,
  openSeed,
  positionOf,
  rangeOf,
} from './helpers';

// Seed 001 says how many projects WeBank had open-sourced at the end of 2022. Seed 004 is about
// mid-2024 and does not say it, so the corpus is consistent until we copy the sentence into 004
// with a different number: same subject, metric and as-of period, disjoint values. The number must
// be precise: a round 30 stands for 25 to 35 (DESIGN §2, stated precision) and agrees with 33.
const original = '截至2022年末,微众银行已在人工智能、区块链、云计算、大数据等多个领域开源33个项目';
const originalFigure = '33个';
const conflictingFigure = '27个';
const conflicting = original.replace(originalFigure, conflictingFigure);

const hasConflict = (diagnostics: readonly vscode.Diagnostic[]): boolean => diagnostics.some(isConflict);
const hasNoConflict = (diagnostics: readonly vscode.Diagnostic[]): boolean => !diagnostics.some(isConflict);

describe('conflicting figures across documents', () => {
  let seed001: vscode.TextEditor;
  let seed004: vscode.TextEditor;
  let uris: vscode.Uri[];
  /** Set once the conflict has been reported: "it goes away" means nothing before that. */
  let conflictReported = false;

  before(async () => {
    await activateFinCorpus();
    seed001 = await openSeed('001');
    positionOf(seed001.document, original);
    seed004 = await openSeed('004');
    uris = [seed001.document.uri, seed004.document.uri];
  });

  after(async () => {
    // Leave the copied seed as it was on disk for the suites that follow.
    await vscode.window.showTextDocument(seed004.document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  async function insertConflictingSentence(): Promise<void> {
    const editor = await vscode.window.showTextDocument(seed004.document, { preview: false });
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const inserted = await editor.edit((builder) => builder.insert(end, `\n${conflicting}。\n`));
    assert.ok(inserted, 'the edit of seed 004 was not applied');
  }

  it('no conflicting figure is reported before the edit', () => {
    for (const uri of uris) {
      assert.ok(hasNoConflict(vscode.languages.getDiagnostics(uri)), `unexpected conflict before any edit:\n${describeDiagnostics([uri])}`);
    }
  });

  it('typing a conflicting sentence into 004 reports the conflict in both documents', async () => {
    await insertConflictingSentence();
    const found = await diagnosticsWhere('a conflicting-figure diagnostic in 001 and in 004', uris, hasConflict);

    const in004 = found.get(seed004.document.uri.toString())!.filter(isConflict);
    const expected004 = rangeOf(seed004.document, conflictingFigure);
    const at004 = in004.find((diagnostic) => diagnostic.range.intersection(expected004) !== undefined);
    assert.ok(at004, `no conflict on ${conflictingFigure} in 004:\n${describeDiagnostics(uris)}`);
    assert.ok(
      at004.relatedInformation?.some((related) => related.location.uri.toString() === seed001.document.uri.toString()),
      `the conflict in 004 does not point at 001: ${JSON.stringify(at004.relatedInformation ?? [])}`,
    );

    const in001 = found.get(seed001.document.uri.toString())!.filter(isConflict);
    const figureStart = positionOf(seed001.document, originalFigure, seed001.document.getText().indexOf(original));
    const figure001 = new vscode.Range(figureStart, figureStart.translate(0, originalFigure.length));
    const at001 = in001.find((diagnostic) => diagnostic.range.intersection(figure001) !== undefined);
    assert.ok(at001, `no conflict on ${originalFigure} in 001:\n${describeDiagnostics(uris)}`);
    assert.ok(
      at001.relatedInformation?.some((related) => related.location.uri.toString() === seed004.document.uri.toString()),
      `the conflict in 001 does not point at 004: ${JSON.stringify(at001.relatedInformation ?? [])}`,
    );
    conflictReported = true;
  });

  it('undoing the edit clears the conflict in both documents', async () => {
    await vscode.window.showTextDocument(seed004.document, { preview: false });
    await vscode.commands.executeCommand('undo');
    assert.ok(!seed004.document.getText().includes(conflicting), 'undo did not remove the inserted sentence');
    assert.ok(conflictReported, 'the conflict was never reported, so its clearing proves nothing (see the test before)');
    await diagnosticsWhere('no conflicting-figure diagnostic in 001 and 004 after undo', uris, hasNoConflict);
  });

  it('the quick fix "use the value from 001" resolves the conflict', async () => {
    await insertConflictingSentence();
    const found = await diagnosticsWhere('the conflict again after re-inserting the sentence', uris, hasConflict);
    const diagnostic = found.get(seed004.document.uri.toString())!.find(isConflict)!;

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      seed004.document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = (actions ?? []).map((action) => action.title);
    // "Use 33个 (33) from seeds/001_….txt:35": the value of the other document, named in the title.
    const useValue = (actions ?? []).find((action) => /^use\b.*\bfrom\b/i.test(action.title) && action.title.includes('001_'));
    assert.ok(useValue, `no "use the value from 001" action among: ${JSON.stringify(titles)}`);

    if ('edit' in useValue && useValue.edit) assert.ok(await vscode.workspace.applyEdit(useValue.edit), 'the quick fix edit was refused');
    const command = 'command' in useValue ? useValue.command : undefined;
    if (typeof command === 'string') await vscode.commands.executeCommand(command, ...((useValue as vscode.Command).arguments ?? []));
    else if (command) await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));

    assert.ok(seed004.document.getText().includes(`${original}。`), `004 does not read "${original}" after the fix`);
    await diagnosticsWhere('no conflict after the quick fix', uris, hasNoConflict);
  });
});
