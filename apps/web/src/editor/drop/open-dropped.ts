// What happens to a file dropped on the editor: a workflow opens as an unsaved document (after
// the same checks as Import), a plan goes to the Plan Lab, anything else is refused with why.
import { useEditor } from '../state/editor-store.ts';
import { confirmDiscard, openDocument } from '../workflows/document-actions.ts';
import { errorMessage } from '../workflows/trpc-errors.ts';
import { MAX_DROP_BYTES, readDroppedFile } from './dropped-file.ts';
import { LAB_DROP_URL, handOverPlan } from './plan-handoff.ts';

const editor = useEditor.getState;

/** Opens what `file` carries; `goTo` leaves for another page (the lab). */
export async function openDroppedFile(
  file: File,
  goTo: (url: string) => void = (url) => window.location.assign(url),
): Promise<void> {
  if (file.size > MAX_DROP_BYTES) {
    editor().notify('error', `“${file.name}” is too large to open (over 32 MB).`);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    editor().notify('error', `Could not read “${file.name}”: ${errorMessage(error)}`);
    return;
  }
  const content = readDroppedFile(file.name, bytes);
  if (content.kind === 'refused') {
    editor().notify('error', content.message);
    return;
  }
  if (content.kind === 'plan') {
    if (!handOverPlan(content.fileName, content.bytes)) {
      editor().notify(
        'error',
        `“${file.name}” could not be handed to the Plan Lab (the browser refused to store it); open it there instead.`,
      );
      return;
    }
    goTo(LAB_DROP_URL);
    return;
  }
  if (!(await confirmDiscard('Opening a dropped file'))) return;
  openDocument(content.document, null);
  const what = content.from === 'png' ? `the workflow of “${file.name}”` : `“${file.name}”`;
  editor().notify('info', `Opened ${what} (not saved yet)`);
}

/** Opens the first of the dropped files; says so when there were more. */
export async function openDroppedFiles(files: readonly File[]): Promise<void> {
  const [first, ...rest] = files;
  if (!first) return;
  await openDroppedFile(first);
  if (rest.length > 0 && editor().notice?.kind !== 'error')
    editor().notify('info', `Opened “${first.name}”; drop one file at a time to open the others.`);
}
