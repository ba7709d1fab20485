import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { FinCorpusApi } from '../../client/src/extension';
import type { MetricsResult } from '../../server/src/protocol';
import { activateFinCorpus, afterIndexChanges } from './helpers';

/** The observations of a subject in the server's metrics, as "<file> <figure>". */
function observationsOf(metrics: MetricsResult, subject: string): string[] {
  return metrics.subjects
    .filter((entry) => entry.subject === subject)
    .flatMap((entry) => entry.metrics.flatMap((metric) => metric.observations))
    .map((observation) => `${observation.uri.slice(observation.uri.lastIndexOf('/') + 1)} ${observation.text}`);
}

// The client watches no files itself: these changes reach the server only through the watcher it registers.
describe("files changed on disk, through the server's watcher", () => {
  let api: FinCorpusApi;
  let file: vscode.Uri;

  before(async () => {
    api = await activateFinCorpus();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    file = vscode.Uri.joinPath(folder.uri, 'written-on-disk.txt');
  });

  after(async () => {
    await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  it('indexes a text file written to the folder without it being opened, and forgets it once deleted', async () => {
    const before = await api.connection.metrics(undefined);
    let last: MetricsResult | undefined;
    const describeLast = (): string => `the server counted ${last?.documents} documents, ${before.documents} before the write`;

    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('截至2023年末，星辰银行个人客户超120万户。\n'));
    const written = await afterIndexChanges(
      api,
      'the written file in the index',
      async () => {
        last = await api.connection.metrics(undefined);
        return last.documents === before.documents + 1 ? last : undefined;
      },
      { describeLast },
    );
    assert.deepEqual(observationsOf(written, '星辰银行'), ['written-on-disk.txt 超120万户']);

    await vscode.workspace.fs.delete(file);
    const deleted = await afterIndexChanges(
      api,
      'the deleted file gone from the index',
      async () => {
        last = await api.connection.metrics(undefined);
        return last.documents === before.documents ? last : undefined;
      },
      { describeLast },
    );
    assert.deepEqual(observationsOf(deleted, '星辰银行'), []);
  });
});
