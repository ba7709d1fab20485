// The Node transport entry: stdio, IPC or a socket, as the command line says.
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';

startServer(createConnection(ProposedFeatures.all));
