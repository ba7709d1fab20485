import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateFinCorpus, hoverText, openSeed, positionOf } from './helpers';

describe('hover on a figure', () => {
  before(async () => {
    await activateFinCorpus();
  });

  it('超3.6亿 in seed 001 shows its canonical value 360,000,000', async () => {
    const editor = await openSeed('001');
    // Inside the figure, on the 3 of 3.6: the hover must cover the whole figure, not only a token.
    const position = positionOf(editor.document, '超3.6亿').translate(0, 1);
    // The server answers once its first scan is done, so one request is enough.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    assert.match(hoverText(hovers ?? []), /\*\*超3\.6亿\*\* → at least 360,000,000/);
  });
});
