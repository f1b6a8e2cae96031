import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

test.describe('working offline', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(() => {
    scratch = new ScratchDirectory(loadDcFacts());
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  test('Work offline opens a user read before from the cache, queues an edit without sending it, and Go online sends it', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createMailUser('Olga Offline', 'olga.offline');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    let dialog = await app.openProperties('Olga Offline');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await appPage.getByRole('button', { name: 'Work offline' }).click();
    await expect(appPage.getByTestId('cache-age')).toHaveText(
      /^Working offline: shown from the cache, as of /,
    );

    dialog = await app.openProperties('Olga Offline');
    await app.openTab(dialog, 'Custom Attributes');
    await dialog.getByLabel('Custom attribute 3', { exact: true }).fill('Typed on the train');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByText(/Queued: you are working offline/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await scratch.read(dn, 'extensionAttribute3')).toEqual([]);

    await appPage.getByRole('button', { name: 'Go online' }).click();
    await expect(app.status).toHaveText(new RegExp(`Connected to ${facts.dnsHostName}`, 'i'));
    await expect.poll(() => scratch.read(dn, 'extensionAttribute3')).toEqual(['Typed on the train']);
    await app.openChanges();
    await expect(app.changeItems('Olga Offline').first()).toHaveAttribute('data-status', 'applied');
  });
});
