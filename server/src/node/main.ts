// The Node transport entry: stdio, IPC or a socket, as the command line says (--stdio, --node-ipc,
// --socket=N); vscode-languageclient starts it with --node-ipc. The file system is Node's.
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';
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

startServer(createConnection(ProposedFeatures.all), { fileSystem: nodeFileSystem });
