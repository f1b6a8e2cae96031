import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { DcAccount, DcFacts } from '../dc/facts.ts';

/** The app as a user sees it: locators and gestures live here, specs read like steps. */
export class AppPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  get status() {
    return this.page.getByTestId('connection-status');
  }
  get tree() {
    return this.page.getByRole('tree', { name: 'Domain tree' });
  }
  get list() {
    return this.page.getByRole('grid');
  }
  /** The status bar's object count ("1,000 so far…", "1,350 objects"). */
  get countStatus() {
    return this.page.getByTestId('list-count');
  }
  get details() {
    return this.page.getByTestId('details-pane');
  }

  get connectDialog() {
    return this.page.getByRole('dialog', { name: 'Connect to a domain controller' });
  }

  /** The names the connect dialog's Profile list offers, "New profile" first. */
  async profileNames(): Promise<string[]> {
    await this.connectDialog.getByRole('combobox', { name: 'Profile' }).click();
    const names = await this.page.getByRole('listbox').getByRole('option').allInnerTexts();
    await this.page.keyboard.press('Escape');
    return names.map((n) => n.trim());
  }

  async chooseProfile(name: string): Promise<void> {
    await this.connectDialog.getByRole('combobox', { name: 'Profile' }).click();
    await this.page.getByRole('listbox').getByRole('option', { name, exact: true }).click();
  }

  async openConnectDialog(): Promise<void> {
    await this.page.getByRole('button', { name: 'Connect…' }).click();
    await expect(this.page.getByRole('dialog', { name: 'Connect to a domain controller' })).toBeVisible();
  }

  /** Fills a new profile for the test DC; `trustCa` pastes the test CA, as an admin would for a private PKI. */
  async fillProfile(
    facts: DcFacts,
    account: DcAccount,
    options: { trustCa: boolean; readOnly?: boolean; name?: string },
  ) {
    const dialog = this.page.getByRole('dialog', { name: 'Connect to a domain controller' });
    await dialog.getByLabel('Profile name').fill(options.name ?? `Test DC ${account.sam}`);
    await dialog.getByLabel('Domain controller').fill(facts.host);
    await dialog.getByLabel('Port').fill(String(facts.ldapsPort));
    await dialog.getByLabel('User name').fill(account.upn);
    await dialog.getByLabel('Password').fill(account.password);
    if (options.trustCa) await dialog.getByLabel(/Extra trusted CA/).fill(readFileSync(facts.caFile, 'utf8'));
    if (options.readOnly) await dialog.getByLabel('Read-only (helpdesk mode)').check();
  }

  async submitConnect(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Connect', exact: true }).click();
  }

  async connect(facts: DcFacts, account: DcAccount, options: { readOnly?: boolean } = {}): Promise<void> {
    await this.openConnectDialog();
    await this.fillProfile(facts, account, { trustCa: true, ...options });
    await this.submitConnect();
    await expect(this.status).toHaveText(new RegExp(`Connected to ${facts.dnsHostName}`, 'i'));
  }

  treeItem(name: string) {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  /**
   * Opens a container in the tree as a user would: each OU from the top down (a click opens the
   * branch and lists it). The domain itself is already open after connecting.
   */
  async openOu(dn: string, domainDn = dn.slice(dn.search(/(^|,)DC=/i)).replace(/^,/, '')): Promise<void> {
    const path = dn
      .slice(0, Math.max(0, dn.length - domainDn.length))
      .split(',')
      .filter((rdn) => rdn !== '')
      .map((rdn) => rdn.replace(/^[^=]+=/, ''))
      .reverse();
    if (path.length === 0) {
      await this.tree.getByRole('treeitem').first().locator('> div').first().click();
      await this.tree.getByRole('treeitem').first().locator('> div').first().click();
      return;
    }
    for (const name of path) await this.treeItem(name).locator('> div').first().click();
    await expect(this.page.getByRole('heading', { name: path.at(-1), exact: true })).toBeVisible();
  }

  row(name: string) {
    return this.list.getByRole('row').filter({ hasText: name });
  }

  /** Finds an object by name and opens its property sheet. */
  async openProperties(name: string) {
    await this.find(name);
    await this.row(name).dblclick();
    const dialog = this.page.getByRole('dialog', { name: `${name} Properties` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  get changesPanel() {
    return this.page.getByRole('dialog', { name: 'Changes' });
  }

  async openChanges(): Promise<void> {
    await this.page.getByRole('button', { name: 'Changes' }).click();
    await expect(this.changesPanel).toBeVisible();
  }

  /** The panel's entries for one object, newest first. */
  changeItems(objectName: string) {
    return this.changesPanel.locator('li[data-change-id]').filter({ hasText: objectName });
  }

  /** From the connect dialog of a fresh profile: the bundled sample, offline. */
  async openSample(): Promise<void> {
    await this.openConnectDialog();
    await this.connectDialog.getByRole('button', { name: 'Open the sample directory' }).click();
    await expect(this.connectDialog).toBeHidden();
    await expect(this.status).toHaveText(/Sample directory \(offline/);
  }

  async resetSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reset the sample' }).click();
    await expect(this.page.getByText(/The sample directory is as shipped again/)).toBeVisible();
  }

  /** A sheet's tab by name, from the strip or, when it did not fit, from the "more" menu. */
  async openTab(dialog: Locator, name: string): Promise<void> {
    const tab = dialog.getByRole('tab', { name, exact: true });
    if (await tab.isVisible()) return tab.click();
    await dialog.getByRole('tab', { name: /more tabs/ }).click();
    await this.page.getByRole('menuitem', { name, exact: true }).click();
  }

  async find(text: string): Promise<void> {
    await this.page.keyboard.press('Control+f');
    const dialog = this.page.getByRole('dialog', { name: 'Find' });
    await dialog.getByLabel('Name').fill(text);
    await dialog.getByRole('button', { name: 'Find Now' }).click();
    await expect(dialog).toBeHidden();
  }
}
