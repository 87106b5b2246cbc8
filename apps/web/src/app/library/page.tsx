import '../../editor/editor.css';
import '../../library/library.css';
import { LibraryPage } from '../../library/LibraryPage.tsx';

export const metadata = { title: 'Library · Tessera' };

export default function Library() {
  return <LibraryPage />;
}
