// Where uploaded images live: `<data dir>/input/` with accounts off (ComfyUI's one input folder),
// `<data dir>/input/<user id>/` with accounts on, so that nobody reads another user's uploads.
// The API's uploads and the image.load resolver both ask here.
import path from 'node:path';

export function inputFolderOf(dataDir: string, accounts: boolean, ownerId: string | null): string {
  const root = path.join(dataDir, 'input');
  if (!accounts) return root;
  return path.join(root, (ownerId ?? 'anonymous').replace(/[^A-Za-z0-9_-]/g, '_'));
}
