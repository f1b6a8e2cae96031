import { randomBytes } from 'node:crypto';
import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

const facts = loadDcFacts();
const domain = facts.realm.toLowerCase();

// The seed walk (recipients.md, scenarios 1-4) through the New Object wizard: each object is
// created in a scratch OU and shows in the list with its recipient type, pushed by main.
test.describe('New Object wizards', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(facts);
    await scratch.client();
  });
  test.afterEach(async () => {
    await scratch.dispose();
  });

  test('a cloud mailbox user with two extra addresses, a shared mailbox, a distribution group with members, a mail-enabled security group and a contact', async ({
    appPage,
  }) => {
    // Five wizards in one walk: longer than one spec's usual minute.
    test.slow();
    const tag = randomBytes(3).toString('hex');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(scratch.ouDn);
    const wizard = app.newObjectWizard;

    // 1. A user with a cloud mailbox, from the OU's context menu.
    await app.newFromTree(scratch.ouName, 'User with a cloud mailbox');
    await wizard.getByLabel('First name').fill('Siobhán');
    await wizard.getByLabel('Last name').fill(`Walsh${tag}`);
    await expect(wizard.getByLabel('Full name')).toHaveValue(`Siobhán Walsh${tag}`);
    await expect(wizard.getByLabel('Display name')).toHaveValue(`Siobhán Walsh${tag}`);
    await wizard.getByRole('button', { name: 'Next' }).click();
    // Logon names are derived (accents folded) and the pre-Windows 2000 name follows, at most 20.
    await expect(wizard.getByLabel(/^User logon name\s*\*?$/)).toHaveValue(`siobhan.walsh${tag}`);
    await expect(wizard.getByLabel('User logon name (pre-Windows 2000)')).toHaveValue(`siobhan.walsh${tag}`);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByLabel('Primary SMTP address')).toHaveValue(`siobhan.walsh${tag}@${domain}`);
    await wizard.getByLabel('Microsoft 365 tenant').fill(facts.tenant);
    await expect(wizard.getByText(`SMTP:siobhan.walsh${tag}@contoso.mail.onmicrosoft.com`)).toBeVisible();
    // A reserved address is refused as the admin types it, with what to do instead.
    await wizard.getByLabel('New additional address').fill(`s${tag}@contoso.onmicrosoft.com`);
    await wizard.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(
      wizard.getByText(/Entra Connect discards addresses ending in onmicrosoft\.com/),
    ).toBeVisible();
    await wizard.getByRole('button', { name: `Remove s${tag}@contoso.onmicrosoft.com` }).click();
    for (const extra of [`s.walsh${tag}@${domain}`, `siobhan${tag}@${domain}`]) {
      await wizard.getByLabel('New additional address').fill(extra);
      await wizard.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByText(/set a password, then enable the account/)).toBeVisible();
    await wizard.getByLabel('Password', { exact: true }).fill(`Rd-${tag}-Secret9!`);
    await wizard.getByLabel('Confirm password').fill(`Rd-${tag}-Secret9!`);
    await expect(wizard.getByLabel('User must change password at next logon')).toBeChecked();
    await wizard.getByRole('button', { name: 'Next' }).click();
    const written = wizard.getByRole('table', { name: 'Attributes to be written' });
    await expect(written.getByRole('row', { name: /^proxyAddresses/ })).toContainText(
      `smtp:siobhan${tag}@${domain}`,
    );
    await expect(written.getByRole('row', { name: /^msExchRecipientTypeDetails/ })).toContainText(
      '2147483648',
    );
    await expect(wizard.getByLabel('PowerShell')).toContainText('New-ADUser');
    await appPage.screenshot({ path: test.info().outputPath('wizard-summary.png') });
    await app.finishWizard();
    await expect(
      appPage.getByText(/was created as a remote user mailbox, with its password, and enabled/),
    ).toBeVisible();
    await expect(app.row(`Siobhán Walsh${tag}`)).toContainText('Remote user mailbox');

    // 2. A shared mailbox from the toolbar: the tenant is remembered for this profile.
    await app.newFromToolbar('Shared mailbox');
    await wizard.getByLabel('First name').fill('Reception');
    await wizard.getByLabel('Last name').fill(`Desk${tag}`);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByLabel('Microsoft 365 tenant')).toHaveValue(facts.tenant);
    await app.finishWizard();
    await expect(app.row(`Reception Desk${tag}`)).toContainText('Remote shared mailbox');

    // 3. A distribution group with a member picked from the directory.
    await app.newFromToolbar('Distribution group');
    await wizard.getByLabel(/^Group name\s*\*?$/).fill(`Sales ${tag}`);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('combobox', { name: 'Add members' }).fill(`Siobhán Walsh${tag}`);
    await appPage.getByRole('option', { name: new RegExp(`Siobhán Walsh${tag}`) }).click();
    await expect(wizard.getByRole('list', { name: 'Members' })).toContainText(`Siobhán Walsh${tag}`);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByLabel('Alias')).toHaveValue(`Sales${tag}`);
    await app.finishWizard();
    await expect(app.row(`Sales ${tag}`)).toContainText('Distribution group');

    // 4. A mail-enabled security group; Ctrl+N opens the wizard, the type is picked in it.
    await appPage.keyboard.press('Control+n');
    await expect(wizard).toBeVisible();
    await wizard.getByRole('combobox', { name: 'Object type' }).click();
    await appPage.getByRole('option', { name: 'Mail-enabled security group' }).click();
    await wizard.getByLabel(/^Group name\s*\*?$/).fill(`Finance ${tag}`);
    await app.finishWizard();
    await expect(app.row(`Finance ${tag}`)).toContainText('Mail-enabled security group');

    // 5. A mail contact: its external address is its primary one.
    await app.newFromToolbar('Mail contact');
    await wizard.getByLabel('First name').fill('Pat');
    await wizard.getByLabel('Last name').fill(`Lee${tag}`);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByLabel('External e-mail address').fill(`pat.lee${tag}@fabrikam.com`);
    // From Finish on, the page calls create and nothing else: the new row comes by push.
    const calls: string[] = [];
    await app.finishWizard({
      beforeFinish: () =>
        appPage.on('request', (request) => {
          const method = /\/api\/call\/(.+)$/.exec(new URL(request.url()).pathname)?.[1];
          if (method) calls.push(method);
        }),
    });
    await expect(app.row(`Pat Lee${tag}`)).toContainText('Mail contact');
    expect(calls).toEqual(['recipients.create']);
    await appPage.screenshot({ path: test.info().outputPath('list.png') });
  });

  test('a taken logon name is refused as the admin types, before Finish', async ({ appPage }) => {
    const tag = randomBytes(3).toString('hex');
    await scratch.createUser(`Existing ${tag}`, { userPrincipalName: `taken${tag}@${domain}` });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(scratch.ouDn);
    await app.newFromTree(scratch.ouName, 'User (no mailbox)');
    const wizard = app.newObjectWizard;
    await wizard.getByLabel('First name').fill('Someone');
    await wizard.getByLabel('Last name').fill('Else');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByLabel(/^User logon name\s*\*?$/).fill(`taken${tag}`);
    await expect(
      wizard.getByText(new RegExp(`taken${tag}@${domain} is already used by Existing ${tag}`)),
    ).toBeVisible();
    await wizard.getByRole('button', { name: 'Next' }).click();
    // Next refuses the page while the name is taken.
    await expect(wizard.getByText(/^Step 2 of/)).toBeVisible();
  });

  test('Disable mail says what the cloud will do, and the list shows the plain kind afterwards', async ({
    appPage,
  }) => {
    const tag = randomBytes(3).toString('hex');
    await scratch.createMailUser(`Legacy ${tag}`, `legacy${tag}`);
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(scratch.ouDn);
    await expect(app.row(`Legacy ${tag}`)).toContainText('Mail user');
    await app.row(`Legacy ${tag}`).click({ button: 'right' });
    await appPage.getByRole('menuitem', { name: 'Disable mail…' }).click();
    const dialog = appPage.getByRole('dialog', { name: /^Disable mail/ });
    await expect(dialog.getByText(/stops receiving mail/)).toBeVisible();
    await expect(dialog.getByLabel('PowerShell')).toContainText(`-Remove @{mail='legacy${tag}@contoso.com'`);
    await appPage.screenshot({ path: test.info().outputPath('disable-mail.png') });
    await dialog.getByRole('button', { name: 'Disable mail' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.row(`Legacy ${tag}`)).not.toContainText('Mail user');

    // And back: mail-enable it as a cloud mailbox.
    await app.row(`Legacy ${tag}`).click({ button: 'right' });
    await appPage.getByRole('menuitem', { name: 'Mail-enable…' }).click();
    const enable = appPage.getByRole('dialog', { name: /^Mail-enable/ });
    await enable.getByLabel('Microsoft 365 tenant').fill(facts.tenant);
    await expect(enable.getByText(/gets a cloud mailbox/)).toBeVisible();
    await enable.getByRole('button', { name: 'Mail-enable' }).click();
    await expect(enable).toBeHidden();
    await expect(app.row(`Legacy ${tag}`)).toContainText('Remote user mailbox');
  });
});
