import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { startLdapRelay, type LdapRelay } from '../support/ldap-relay.ts';
import { loadDcFacts } from '../dc/facts.ts';

// The DC goes away in the middle of the day (the app reaches it through a relay that drops every
// connection and refuses new ones): a banner says so and when the app tries again, Find and the
// sheets answer from the cache, three edits queue without reaching the DC, and once the network is
// back "Reconnect now" sends all three.
test.describe('the domain controller goes away', () => {
  let scratch: ScratchDirectory;
  let relay: LdapRelay;
  test.beforeEach(async () => {
    const facts = loadDcFacts();
    scratch = new ScratchDirectory(facts);
    relay = await startLdapRelay(facts);
  });
  test.afterEach(async () => {
    await relay?.close();
    await scratch?.dispose();
  });

  test('a banner says the DC cannot be reached and when it is tried again; three edits queue from the cache and apply after Reconnect now', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const tag = scratch.ouName.slice(-4);
    const names = ['Ann', 'Ben', 'Cid'].map((first) => `${first} Lost${tag}`);
    const dns: string[] = [];
    for (const [i, name] of names.entries()) dns.push(await scratch.createMailUser(name, `lost${tag}.${i}`));
    const app = new AppPage(appPage);
    await app.connect({ ...facts, ldapsPort: relay.port }, facts.admin);
    // Each sheet opened once while online: that is what the cache holds of them afterwards.
    for (const name of names) {
      const sheet = await app.openProperties(name);
      await sheet.getByRole('button', { name: 'Cancel' }).click();
    }

    relay.block();
    const banner = appPage.getByTestId('connection-banner');
    await expect(banner).toContainText(`${facts.dnsHostName} cannot be reached.`);
    await expect(banner).toContainText(/Trying again at \d/);
    await expect(banner).toContainText('Changes you make wait in the journal');
    await expect(app.status).toHaveText(/Offline/);

    await app.find(`Lost${tag}`);
    for (const name of names) await expect(app.row(name)).toBeVisible();
    for (const name of names) {
      await app.row(name).dblclick();
      const sheet = appPage.getByRole('dialog', { name: `${name} Properties` });
      await app.openTab(sheet, 'Custom Attributes');
      await sheet.getByLabel('Custom attribute 3', { exact: true }).fill(`Written while ${name} was away`);
      await sheet.getByRole('button', { name: 'Apply' }).click();
      await expect(sheet.getByText(/Queued: the domain controller is not reachable/)).toBeVisible();
      await sheet.getByRole('button', { name: 'Cancel' }).click();
      await expect(sheet).toBeHidden();
    }
    for (const dn of dns) expect(await scratch.read(dn, 'extensionAttribute3')).toEqual([]);
    await app.openChanges();
    for (const name of names)
      await expect(app.changeItems(name).first()).toHaveAttribute('data-status', 'pending');
    await appPage.keyboard.press('Escape');

    relay.unblock();
    await banner.getByRole('button', { name: 'Reconnect now' }).click();
    await expect(app.status).toHaveText(new RegExp(`Connected to ${facts.dnsHostName}`, 'i'));
    await expect(banner).toBeHidden();
    for (const [i, dn] of dns.entries())
      await expect
        .poll(() => scratch.read(dn, 'extensionAttribute3'))
        .toEqual([`Written while ${names[i]} was away`]);
    await app.openChanges();
    for (const name of names)
      await expect(app.changeItems(name).first()).toHaveAttribute('data-status', 'applied');
  });
});
