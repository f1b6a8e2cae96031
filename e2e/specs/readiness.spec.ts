import { readFileSync } from 'node:fs';
import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';
import { seriousViolations } from '../support/accessibility.ts';

const facts = loadDcFacts();

test.describe('sync readiness', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(facts);
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  test('scan an OU, see every holder of a duplicate, fix a problem in place and export the rest as CSV', async ({
    appPage,
  }) => {
    const client = await scratch.client();
    const user = (cn: string, attrs: Record<string, string | string[]>) =>
      client.add(`CN=${cn},${scratch.ouDn}`, {
        objectClass: ['top', 'person', 'organizationalPerson', 'user'],
        cn,
        sAMAccountName: `r${Math.random().toString(36).slice(2, 12)}`,
        userAccountControl: '514',
        ...attrs,
      });
    await user('Rita Ready', {
      displayName: ' Rita Ready ',
      mail: 'rita.ready@contoso.com',
      mailNickname: 'rita.ready',
      proxyAddresses: ['SMTP:rita.ready@contoso.com', 'smtp:shared.desk@contoso.com'],
    });
    await user('Ron Ready', {
      displayName: 'Ron Ready',
      mail: 'ron.ready@contoso.com',
      mailNickname: 'ron.ready',
      proxyAddresses: ['SMTP:ron.ready@contoso.com', 'smtp:SHARED.DESK@contoso.com'],
    });

    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await appPage.getByRole('button', { name: 'Readiness' }).click();
    const dialog = appPage.getByRole('dialog', { name: 'Sync readiness' });
    await dialog.getByLabel('Scan under').fill(scratch.ouDn);
    await dialog.getByRole('button', { name: 'Scan' }).click();
    await expect(dialog.getByTestId('readiness-summary')).toHaveText(
      /^2 objects checked, 0 skipped .*: 3 problems\./,
    );

    await expect(dialog.getByTestId('schema-health')).toContainText(
      /The Exchange attributes are in the schema since \d{4}-\d\d-\d\d/,
    );
    const grid = dialog.getByRole('grid', { name: 'Readiness problems' });
    expect(await seriousViolations(appPage, 'readiness')).toEqual([]);
    // The shared address is reported on both holders, each naming the other.
    const dupRows = grid.getByRole('row').filter({ hasText: 'shared.desk@contoso.com' });
    await expect(dupRows).toHaveCount(2);
    const ritas = grid.getByRole('row', { name: /^Rita Ready user proxyAddresses smtp:shared\.desk/ });
    await expect(ritas).toContainText('Ron Ready');
    await expect(grid.getByRole('row', { name: /^Ron Ready user proxyAddresses/ })).toContainText(
      'Decide which object keeps it',
    );

    // Fix the padded display name in place: one compare-and-swap through the journal.
    await dialog.getByRole('combobox', { name: 'Show' }).click();
    await appPage.getByRole('option', { name: /^surrounding-space \(1\)$/ }).click();
    const padded = grid.getByRole('row').filter({ hasText: 'Set to Rita Ready' });
    await padded.click();
    await dialog.getByRole('button', { name: 'Apply suggested fix (1)' }).click();
    await expect(dialog.getByTestId('readiness-summary')).toContainText('Fixed 1 problem on 1 object.');
    await expect(padded).toHaveCount(0);
    expect(await scratch.read(`CN=Rita Ready,${scratch.ouDn}`, 'displayName')).toEqual(['Rita Ready']);

    // Scanning again reads only what changed since, and agrees: the fixed problem is gone.
    await dialog.getByRole('button', { name: 'Scan again' }).click();
    await expect(dialog.getByTestId('readiness-summary')).toHaveText(
      /^2 objects checked, .*: 2 problems\. Re-scan: read \d+ changed objects?\./,
    );

    await dialog.getByRole('combobox', { name: 'Show' }).click();
    await appPage.getByRole('option', { name: /^All problems/ }).click();
    const [download] = await Promise.all([
      appPage.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toBe('DISTINGUISHEDNAME,OBJECTCLASS,ATTRIBUTE,ERROR,VALUE,UPDATE,ACTION,PROBLEM');
    expect(csv.filter((l) => /shared\.desk@contoso\.com/i.test(l))).toHaveLength(2);
    expect(csv.some((l) => l.includes('displayName'))).toBe(false);

    // The fix is an ordinary change: it is in the journal with its PowerShell and can be undone.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await app.openChanges();
    await expect(app.changeItems('Rita Ready').first()).toContainText('displayName');
  });
});

test.describe('guided fix: plain-text meeting invites (seed scenario 6)', () => {
  test('finds every mail user of the OU, sets Never on all of them at once, and names the cloud command', async ({
    appPage,
  }) => {
    const scratch = new ScratchDirectory(facts);
    try {
      await scratch.createMailUser('Mia Mapi', 'mia.mapi');
      await scratch.createMailUser('Max Mapi', 'max.mapi');
      await scratch.replace(`CN=Max Mapi,${scratch.ouDn}`, 'mAPIRecipient', ['TRUE']);
      await scratch.createUser('Plain Person', { displayName: 'Plain Person' });
      const app = new AppPage(appPage);
      await app.connect(facts, facts.admin);
      await appPage.getByRole('button', { name: 'Readiness' }).click();
      const dialog = appPage.getByRole('dialog', { name: 'Sync readiness' });
      await dialog.getByLabel('Scan under').fill(scratch.ouDn);
      await dialog.getByRole('checkbox', { name: /plain text/ }).check();
      await dialog.getByRole('button', { name: 'Scan' }).click();
      const grid = dialog.getByRole('grid', { name: 'Readiness problems' });
      const invites = grid.getByRole('row').filter({ hasText: 'mAPIRecipient' });
      await expect(invites).toHaveCount(2);
      await expect(invites.filter({ hasText: 'Mia Mapi' })).toContainText(
        "Set-MailUser -Identity 'mia.mapi@contoso.com' -UseMapiRichTextFormat Never",
      );
      await dialog.getByRole('combobox', { name: 'Show' }).click();
      await appPage.getByRole('option', { name: /^plain-text-invites \(2\)$/ }).click();
      await grid.getByRole('row').nth(1).click();
      await appPage.keyboard.press('Control+a');
      await dialog.getByRole('button', { name: 'Apply suggested fixes (2)' }).click();
      await expect(dialog.getByTestId('readiness-summary')).toContainText('Fixed 2 problems on 2 objects.');
      for (const name of ['Mia Mapi', 'Max Mapi'])
        expect(await scratch.read(`CN=${name},${scratch.ouDn}`, 'mAPIRecipient')).toEqual(['FALSE']);
      expect(await scratch.read(`CN=Plain Person,${scratch.ouDn}`, 'mAPIRecipient')).toEqual([]);
    } finally {
      await scratch.dispose();
    }
  });
});

test.describe('readiness without a domain controller', () => {
  test('the sample directory scans from the cache and shows its planted problems', async ({ appPage }) => {
    const app = new AppPage(appPage);
    await app.openSample();
    await appPage.getByRole('button', { name: 'Readiness' }).click();
    const dialog = appPage.getByRole('dialog', { name: 'Sync readiness' });
    await expect(dialog.getByLabel('Scan under')).toHaveValue(/^DC=sample,/);
    await dialog.getByRole('button', { name: 'Scan' }).click();
    await expect(dialog.getByTestId('schema-health')).toContainText('Checked from the cache');
    const grid = dialog.getByRole('grid', { name: 'Readiness problems' });
    // The grid draws only the rows in view: one rule at a time brings the planted ones up.
    const show = async (rule: RegExp) => {
      await dialog.getByRole('combobox', { name: 'Show' }).click();
      await appPage.getByRole('option', { name: rule }).click();
    };
    await show(/^ampersand \(1\)$/);
    await expect(grid.getByRole('row', { name: /^R&D Lab group mailNickname R&D\.Lab/ })).toBeVisible();
    await show(/^object-type-mismatch \(2\)$/);
    await expect(grid.getByRole('row', { name: /^Ivy Infodesk user proxyAddresses/ })).toContainText(
      'Front Desk',
    );
    await expect(grid.getByRole('row', { name: /^Front Desk group/ })).toContainText('Ivy Infodesk');
  });
});
