/**
 * Answers the web server's file-system requests (protocol.ts: fincorpus/readFile, fincorpus/stat,
 * fincorpus/readDirectory) with the editor's file system, which reads whatever the workspace is made
 * of: a remote disk, a virtual file system, memory.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { bytesToBase64 } from '../../../server/src/browser/base64';
import { ReadDirectoryRequest, ReadFileRequest, StatFileRequest, type FileKindDto } from '../../../server/src/protocol';

/** A symbolic link is reported with the bits of what it points at, so test those first. */
export function fileKind(type: vscode.FileType): FileKindDto {
  if (type & vscode.FileType.File) return 'file';
  if (type & vscode.FileType.Directory) return 'directory';
  return 'other';
}

export function answerFileRequests(client: BaseLanguageClient): void {
  client.onRequest(ReadFileRequest, async ({ uri }) => ({
    base64: bytesToBase64(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))),
  }));
  client.onRequest(StatFileRequest, async ({ uri }) => {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
      return { type: fileKind(stat.type), size: stat.size };
    } catch {
      // Missing or unreadable: to the server, both mean there is no document here.
      return null;
    }
  });
  client.onRequest(ReadDirectoryRequest, async ({ uri }) => {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri));
    return entries.map(([name, type]): [string, FileKindDto] => [name, fileKind(type)]);
  });
}
