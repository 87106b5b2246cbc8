import '../../library/library.css';
import { ApiTokensPage } from '../../account/ApiTokensPage.tsx';

export const metadata = { title: 'API tokens · Tessera' };

export default function Account() {
  return <ApiTokensPage />;
}
