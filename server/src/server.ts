/**
 * The language server, independent of the transport: `startServer(connection)` wires the
 * protocol handlers to the core. Each handler looks up, calls the core with the token, converts.
 */
import { TextDocuments, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const serverVersion = '0.1.0';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);

  connection.onInitialize(
    (): InitializeResult => ({
      capabilities: {},
      serverInfo: { name: 'fincorpus', version: serverVersion },
    }),
  );

  documents.listen(connection);
  connection.listen();
}
