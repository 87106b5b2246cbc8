import '@xyflow/react/dist/style.css';
import '../editor/editor.css';
import { HEAD_START_SCRIPT } from '../editor/workflows/head-start.ts';
import { EditorShell } from '../editor/shell/EditorShell.tsx';

export default function EditorPage() {
  return (
    <>
      {/* Asks for the address's workflow while the editor's scripts still load (head-start.ts). */}
      <script dangerouslySetInnerHTML={{ __html: HEAD_START_SCRIPT }} />
      <EditorShell />
    </>
  );
}
