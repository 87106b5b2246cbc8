import '../../editor/editor.css';
import '../../library/library.css';
import '../../history/history.css';
import { HistoryPage } from '../../history/HistoryPage.tsx';

export const metadata = { title: 'History · Tessera' };

export default function History() {
  return <HistoryPage />;
}
