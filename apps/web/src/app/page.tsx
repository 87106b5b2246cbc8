import '@xyflow/react/dist/style.css';
import '../editor/editor.css';
import { EditorShell } from '../editor/shell/EditorShell.tsx';

export default function EditorPage() {
  return <EditorShell />;
}
