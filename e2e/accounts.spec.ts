// Accounts on (TESSERA_ACCOUNTS=on, a server of its own): pages ask for sign-in, people create
// accounts, own what they save, never see each other's private workflows, and sign out.
import { type Page, expect, test } from '@playwright/test';
import { freePort } from './support/free-port.ts';
import { saveAs } from './support/library.ts';
import { startStack } from './support/start-stack.mjs';

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  stack = await startStack({
    port: await freePort(),
    dataDir: 'data/e2e-accounts',
    runnerToken: 'e2e-accounts-token',
    output: 'stderr',
    runner: false,
    env: { TESSERA_ACCOUNTS: 'on' },
  });
});

test.afterAll(async () => {
  await stack.stop();
});

async function createAccount(page: Page, email: string, name: string): Promise<void> {
  await page.goto(`${stack.url}/library`);
  await expect(page).toHaveURL(/\/signin\?next=%2Flibrary$/);
  await page.getByRole('tab', { name: 'Create account' }).click();
  const form = page.getByRole('form', { name: 'Create account' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Display name').fill(name);
  await form.getByLabel('Password').fill('a long enough password');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/library$/);
  await expect(page.getByTestId('account-menu')).toContainText(name);
}

test('sign up, own a private workflow, stay out of others’, sign out', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const adaContext = await browser.newContext();
  const ada = await adaContext.newPage();
  await createAccount(ada, 'ada@example.test', 'Ada');
  const session = (await adaContext.cookies()).find((c) => c.name === 'tessera_session');
  expect(session?.httpOnly).toBe(true);

  await ada.goto(`${stack.url}/`);
  await expect(ada.locator('.react-flow__node')).not.toHaveCount(0);
  await saveAs(ada, 'Ada’s private poster');
  const workflowId = new URL(ada.url()).searchParams.get('workflow');
  expect(workflowId).toBeTruthy();

  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await createAccount(bob, 'bob@example.test', 'Bob');
  await expect(bob.getByText('Ada’s private poster')).toHaveCount(0);
  // Her workflow's id in his address bar opens nothing of hers.
  await bob.goto(`${stack.url}/?workflow=${workflowId}`);
  await expect(bob.getByText(/There is no workflow with id/)).toBeVisible();
  await expect(bob.getByTestId('doc-name')).not.toHaveText('Ada’s private poster');
  await bob.screenshot({ path: testInfo.outputPath('accounts-refused.png') });

  // Wrong password: a plain message; then sign out and in again.
  await ada.getByTestId('account-menu').getByRole('button', { name: 'Sign out' }).click();
  await expect(ada).toHaveURL(/\/signin$/);
  const signIn = ada.getByRole('form', { name: 'Sign in' });
  await signIn.getByLabel('Email').fill('ada@example.test');
  await signIn.getByLabel('Password').fill('not the password');
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.getByRole('alert')).toHaveText('Wrong email or password.');
  await signIn.getByLabel('Password').fill('a long enough password');
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(ada).toHaveURL(`${stack.url}/`);
  await ada.goto(`${stack.url}/library`);
  await expect(ada.getByText('Ada’s private poster')).toBeVisible();
  await ada.screenshot({ path: testInfo.outputPath('accounts-library.png') });
  await adaContext.close();
  await bobContext.close();
});

test('a share link opens signed out; forking asks to sign in first', async ({ browser }) => {
  test.setTimeout(120_000);
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await createAccount(owner, 'cleo@example.test', 'Cleo');
  await owner.goto(`${stack.url}/`);
  await expect(owner.locator('.react-flow__node')).not.toHaveCount(0);
  await saveAs(owner, 'Cleo’s shared poster');
  await owner.getByRole('button', { name: 'Share…', exact: true }).click();
  const share = owner.getByRole('dialog', { name: 'Share' });
  await share.getByRole('radio', { name: /Unlisted/ }).check();
  const link = await share.getByTestId('share-link').inputValue();

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto(link);
  await expect(stranger.getByTestId('shared-name')).toHaveText('Cleo’s shared poster');
  await stranger.getByRole('button', { name: 'Fork', exact: true }).click();
  await stranger.getByRole('link', { name: 'Sign in' }).click();
  await expect(stranger).toHaveURL(/\/signin\?next=%2Fs%2F/);
  await stranger.getByRole('tab', { name: 'Create account' }).click();
  const form = stranger.getByRole('form', { name: 'Create account' });
  await form.getByLabel('Email').fill('dan@example.test');
  await form.getByLabel('Password').fill('a long enough password');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(stranger).toHaveURL(link);
  await stranger.getByRole('button', { name: 'Fork', exact: true }).click();
  await expect(stranger).toHaveURL(/\?workflow=/);
  await expect(stranger.getByTestId('doc-name')).toHaveText('Cleo’s shared poster');
  await ownerContext.close();
  await strangerContext.close();
});
