// The Node transport entry: stdio, IPC or a socket, as the command line says (--stdio, --node-ipc,
// --socket=N); vscode-languageclient starts it with --node-ipc. The file system is Node's, and the
// workspace's scan runs on worker threads (server/out/analysisWorker.js).
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { backgroundAnalysisOf, createDocumentAnalysis } from './analysisPool';
import { limitHeapGrowth } from './heapGrowth';
import type { FileSystem, FileType } from '../workspace';

function typeOf(entry: { isFile(): boolean; isDirectory(): boolean }): FileType {
  return entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
}

const nodeFileSystem: FileSystem = {
  async readFile(uri) {
    return readFile(fileURLToPath(uri));
  },
  async stat(uri) {
    try {
      const found = await stat(fileURLToPath(uri));
      return { type: typeOf(found), size: found.size };
    } catch {
      return null;
    }
  },
  async readDirectory(uri) {
    const entries = await readdir(fileURLToPath(uri), { withFileTypes: true });
    return entries.map((entry): [string, FileType] => [entry.name, typeOf(entry)]);
  },
};

limitHeapGrowth();

// The first index of a workspace is read and analysed on every core.
startServer(createConnection(ProposedFeatures.all), { fileSystem: nodeFileSystem, backgroundAnalysis: backgroundAnalysisOf(createDocumentAnalysis()) });
