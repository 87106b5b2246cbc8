// The not-found page: an address that opens nothing, above all a share link (/s/<slug>) that is
// unknown, made private or deleted — the server answers those 404 with this page.
import '../editor/editor.css';
import '../library/library.css';
import '../share/share.css';
import { SiteNav } from '../library/SiteNav.tsx';

export const metadata = { title: 'Not found · Tessera' };

export default function NotFound() {
  return (
    <div className="share-page">
      <header className="topbar">
        <span className="brand">Tessera</span>
        <SiteNav />
      </header>
      <main className="share-missing" data-testid="not-found">
        <h1>Nothing opens at this address</h1>
        <p>
          A shared workflow&apos;s link stops working when its owner makes the workflow private or
          deletes it, and a link cut short opens nothing. Check the address, or browse the{' '}
          <a href="/gallery">public gallery</a>.
        </p>
      </main>
    </div>
  );
}
