import { checkScreen, ConsoleHarness } from './support/browser';
import { SignInPage } from './pages/sign-in.page';

describe('Console: signed-out screens', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await ConsoleHarness.start();
    await h.t.createWorkspace();
  });
  afterAll(() => h?.close());

  it('renders the sign-in page in the browser language, accessible at 1280 and 375 px', async () => {
    const context = await h.newContext('en');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && /Content Security Policy/i.test(message.text()) && errors.push(message.text()));
    const signIn = new SignInPage(page);
    await signIn.open();
    await checkScreen(page, 'sign-in-en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // Bad input is caught at the field before anything is sent.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a valid email address').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks French to a French browser, and the forgot-password screen is one click away', async () => {
    const context = await h.newContext('fr');
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await checkScreen(page, 'sign-in-fr');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réinitialiser le mot de passe' }).waitFor();
    await checkScreen(page, 'forgot-password-fr');
    await context.close();
  });

  it('says a reset link without a token is invalid', async () => {
    const context = await h.newContext('en');
    const page = await context.newPage();
    await page.goto('/reset-password');
    await page.getByRole('alert').getByText('This link is invalid or has expired.').waitFor();
    await checkScreen(page, 'reset-password-invalid');
    await context.close();
  });
});
