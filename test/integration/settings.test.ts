import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { FinCorpusApi } from '../../client/src/extension';
import { activateFinCorpus, afterIndexChanges, openSeed, positionOf } from './helpers';

function labelText(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}

describe('settings take effect without a restart', () => {
  let api: FinCorpusApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activateFinCorpus();
    editor = await openSeed('001');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('fincorpus').update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Workspace);
  });

  async function hintsAroundFigure(): Promise<vscode.InlayHint[]> {
    const line = positionOf(editor.document, '超3.6亿').line;
    const range = new vscode.Range(line, 0, line + 1, 0);
    return (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', editor.document.uri, range)) ?? [];
  }

  it('fincorpus.inlayHints.enabled: off by default, canonical values once it is turned on', async () => {
    const configuration = vscode.workspace.getConfiguration('fincorpus');
    assert.equal(configuration.get('inlayHints.enabled'), false, 'inlay hints should be off by default');
    assert.deepEqual((await hintsAroundFigure()).map(labelText), [], 'inlay hints were shown while the setting is off');

    // The server reads the setting, then announces its index: the hints are asked for again on each announcement.
    await configuration.update('inlayHints.enabled', true, vscode.ConfigurationTarget.Workspace);
    let last: string[] = [];
    const labels = await afterIndexChanges(
      api,
      'an inlay hint with 360,000,000 after turning fincorpus.inlayHints.enabled on',
      async () => {
        last = (await hintsAroundFigure()).map(labelText);
        return last.some((label) => label.includes('360,000,000')) ? last : undefined;
      },
      {
        describeLast: () =>
          `the hints on that line were ${JSON.stringify(last)} (if they appear after "FinCorpus: Restart Language Server", ` +
          'the server is not told about setting changes: workspace/didChangeConfiguration for the "fincorpus" section)',
      },
    );
    assert.ok(labels.length > 0);

    await configuration.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Workspace);
    await afterIndexChanges(api, 'no inlay hints after turning the setting off again', async () =>
      (await hintsAroundFigure()).length === 0 ? true : undefined,
    );
  });
});
