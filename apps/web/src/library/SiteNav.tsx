// Links between Tessera's pages, for the top bars of the library, history, gallery and share
// pages, and who is signed in (with accounts on). `current` is left out where the page is none of
// them (a shared workflow).
import { AccountMenu } from '../account/AccountMenu.tsx';

const pages = [
  { href: '/', label: 'Editor' },
  { href: '/library', label: 'Library' },
  { href: '/history', label: 'History' },
  { href: '/lab', label: 'Plan Lab' },
  { href: '/gallery', label: 'Gallery' },
] as const;

export function SiteNav({ current }: { current?: (typeof pages)[number]['href'] }) {
  return (
    <nav className="site-nav" aria-label="Pages">
      {pages.map((page) => (
        <a
          key={page.href}
          href={page.href}
          className="site-nav__link"
          aria-current={page.href === current ? 'page' : undefined}
        >
          {page.label}
        </a>
      ))}
      <AccountMenu />
    </nav>
  );
}
