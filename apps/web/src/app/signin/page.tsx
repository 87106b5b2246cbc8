import '../../account/account.css';
import { SignInForm } from '../../account/SignInForm.tsx';

export const metadata = { title: 'Sign in · Tessera' };

export default function SignInPage() {
  return (
    <main className="account-page">
      <h1>Tessera</h1>
      <SignInForm />
    </main>
  );
}
