/// <reference lib="dom" />
import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

test.describe('changes panel', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(loadDcFacts());
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  /** Sets custom attributes on the sheet and presses OK: one applied change. */
  async function setCustom(app: AppPage, name: string, values: Record<number, string>) {
    const dialog = await app.openProperties(name);
    await dialog.getByRole('tab', { name: 'Custom Attributes' }).click();
    for (const [n, value] of Object.entries(values))
      await dialog.getByLabel(`Custom attribute ${n}`, { exact: true }).fill(value);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }

  test('each entry shows the values removed and added, and the whole PowerShell command with a copy button', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    await scratch.createMailUser('Vera Values', 'vera.values');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await setCustom(app, 'Vera Values', { 1: 'Cost centre 4711' });
    const long = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [i + 1, `Long value number ${i + 1} for the PowerShell line`]),
    );
    await setCustom(app, 'Vera Values', long);

    await app.openChanges();
    const [newest, first] = [app.changeItems('Vera Values').nth(0), app.changeItems('Vera Values').nth(1)];
    const values = newest.getByRole('definition');
    await expect(newest.getByRole('term').first()).toHaveText('extensionAttribute1');
    await expect(values.first()).toHaveText(
      /−\s*removed\s*Cost centre 4711\s*\+\s*added\s*Long value number 1 for the PowerShell line/,
    );
    await expect(first.getByRole('definition').first()).toHaveText(/^\+\s*added\s*Cost centre 4711$/);

    await newest.getByRole('button', { name: 'Show PowerShell' }).click();
    const script = newest.getByRole('textbox', { name: /PowerShell for change/ });
    // The whole command, wrapped inside the panel: the last attribute is on screen, nothing scrolls sideways.
    await expect(script).toHaveText(
      /^Set-ADUser .*extensionAttribute8='Long value number 8 for the PowerShell line'/s,
    );
    expect(await script.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await appPage.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await newest.getByRole('button', { name: 'Copy' }).click();
    await expect(newest.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await appPage.evaluate(() => navigator.clipboard.readText())).toBe(await script.textContent());
  });

  test('an undone change says by which change, offers no second undo, and the undo is the admin’s', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createMailUser('Ulla Undone', 'ulla.undone');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await setCustom(app, 'Ulla Undone', { 2: 'Temporary' });

    await app.openChanges();
    const original = app.changeItems('Ulla Undone').first();
    await original.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => scratch.read(dn, 'extensionAttribute2')).toEqual([]);

    const [undo, undone] = [app.changeItems('Ulla Undone').nth(0), app.changeItems('Ulla Undone').nth(1)];
    const undoId = await undo.getAttribute('data-change-id');
    await expect(undone).toContainText(`Undone by #${undoId}`);
    await expect(undone.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(undo).toHaveAttribute('data-status', 'applied');
    await expect(undo).toContainText(facts.admin.upn);
    await expect(undo).not.toContainText('RecipientDesk');
    await expect(undo.getByRole('definition').first()).toHaveText(/^−\s*removed\s*Temporary$/);
  });
});
