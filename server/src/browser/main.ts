// The web transport entry: the server runs in a web worker that the browser extension host starts,
// and speaks LSP through the worker's postMessage. There is no disk: files are read through the
// client (see createRemoteFileSystem).
import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { createRemoteFileSystem } from './remoteFileSystem';

// The worker's global scope; the DOM library types `self` as a window, which it is not here.
const scope = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, { fileSystem: createRemoteFileSystem(connection) });
