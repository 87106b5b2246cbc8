import '../../editor/editor.css';
import '../../editor/run/run.css';
import '../../lab/lab.css';
import { LabShell } from '../../lab/LabShell.tsx';

export const metadata = { title: 'Plan Lab · Tessera' };

export default function LabPage() {
  return <LabShell />;
}
