/**
 * The server's file system when it has no disk: every read is a request to the client, which answers
 * with the editor's own file system (vscode.workspace.fs). Used by the web worker entry.
 */
import type { Connection } from 'vscode-languageserver';
import { ReadDirectoryRequest, ReadFileRequest, StatFileRequest } from '../protocol';
import type { FileSystem } from '../workspace';
import { base64ToBytes } from './base64';

export function createRemoteFileSystem(connection: Connection): FileSystem {
  return {
    async readFile(uri) {
      const { base64 } = await connection.sendRequest(ReadFileRequest, { uri });
      return base64ToBytes(base64);
    },
    async stat(uri) {
      return connection.sendRequest(StatFileRequest, { uri });
    },
    async readDirectory(uri) {
      return connection.sendRequest(ReadDirectoryRequest, { uri });
    },
  };
}
