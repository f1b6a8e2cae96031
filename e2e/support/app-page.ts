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
    // The toolbar's (a first start also offers one in the empty tree).
    await this.page
      .getByRole('toolbar', { name: 'Main toolbar' })
      .getByRole('button', { name: 'Connect…' })
      .click();
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

  /** The notice bar over the list: what an action from a menu came to. */
  get notice() {
    return this.page.getByRole('main', { name: 'Objects' }).locator('.fui-MessageBar');
  }

  /** Right-clicks a row of the list and picks an item of its context menu. */
  async objectMenu(rowName: string, item: string | RegExp): Promise<void> {
    await this.row(rowName).click({ button: 'right' });
    await this.page.getByRole('menu').getByRole('menuitem', { name: item }).click();
  }

  /** The Account state column's text of a row ('' for an account simply in use). */
  accountState(rowName: string) {
    return this.row(rowName).getByRole('gridcell').nth(6);
  }

  /** Finds an object by name and opens its property sheet. */
  async openProperties(name: string) {
    await this.find(name);
    await this.row(name).dblclick();
    const dialog = this.page.getByRole('dialog', { name: `${name} Properties` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** The border style of each side (top, right, bottom, left) of the focus ring drawn on `el`'s ::after. */
  ringSides(el: Locator): Promise<string[]> {
    return el.evaluate((node) => {
      const ring = getComputedStyle(node, '::after');
      return [ring.borderTopStyle, ring.borderRightStyle, ring.borderBottomStyle, ring.borderLeftStyle];
    });
  }

  /** A sheet's tab by name, from the strip or, when it did not fit, from the "more" menu. */
  async openTab(sheet: Locator, name: string): Promise<void> {
    const tab = sheet.getByRole('tab', { name, exact: true });
    if (await tab.isVisible()) return tab.click();
    await sheet.getByRole('tab', { name: /more tabs/ }).click();
    await this.page.getByRole('menuitem', { name, exact: true }).click();
  }

  /** Every tab the sheet offers, in order: those in the strip and those in the "more" menu. */
  async tabNames(sheet: Locator): Promise<string[]> {
    const inStrip = (await sheet.getByRole('tab').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    const more = sheet.getByRole('tab', { name: /more tabs/ });
    if (!(await more.isVisible())) return inStrip;
    await more.click();
    const inMenu = (await this.page.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
    await this.page.keyboard.press('Escape');
    return [...inStrip, ...inMenu];
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

  async find(text: string): Promise<void> {
    await this.page.keyboard.press('Control+f');
    const dialog = this.page.getByRole('dialog', { name: 'Find' });
    await dialog.getByLabel('Name').fill(text);
    await dialog.getByRole('button', { name: 'Find Now' }).click();
    await expect(dialog).toBeHidden();
  }

  get cloudDialog() {
    return this.page.getByRole('dialog', { name: 'Microsoft 365' });
  }

  /**
   * Microsoft 365 sign-in with a device code: `enterCode` plays the admin who types the code shown
   * at the verification page; returns once the dialog says who is signed in.
   */
  async signInToCloud(tenant: string, enterCode: (userCode: string) => void): Promise<void> {
    await this.page.getByRole('button', { name: /^Microsoft 365/ }).click();
    await expect(this.cloudDialog).toBeVisible();
    await this.cloudDialog.getByLabel('Tenant').fill(tenant);
    await this.cloudDialog.getByRole('button', { name: 'Sign in with a device code' }).click();
    const code = this.cloudDialog.getByTestId('device-code-value');
    await expect(code).toHaveText(/\w{6,}/);
    enterCode((await code.textContent()) ?? '');
    await expect(this.cloudDialog.getByTestId('cloud-account')).toBeVisible();
  }

  /** The New Object wizard, whatever kind it creates. */
  get newObjectWizard() {
    return this.page.getByRole('dialog', { name: /^New Object/ });
  }

  /** Tree node → New ▸ <kind>: the wizard opens for that container. */
  async newFromTree(ouName: string, kindLabel: string): Promise<void> {
    await this.treeItem(ouName).locator('> div').first().click({ button: 'right' });
    await this.page.getByRole('menuitem', { name: 'New', exact: true }).hover();
    await this.page.getByRole('menuitem', { name: `${kindLabel}…`, exact: true }).click();
    await expect(this.newObjectWizard).toBeVisible();
  }

  /** Toolbar New → <kind>: the wizard opens for the container on screen. */
  async newFromToolbar(kindLabel: string): Promise<void> {
    await this.page.getByRole('toolbar').getByRole('button', { name: 'New', exact: true }).click();
    await this.page.getByRole('menuitem', { name: `${kindLabel}…`, exact: true }).click();
    await expect(this.newObjectWizard).toBeVisible();
  }

  /** Next until the last page (What will be written), then Finish once the preflight allows it. */
  async finishWizard(options: { beforeFinish?: () => void } = {}): Promise<void> {
    const wizard = this.newObjectWizard;
    while (await wizard.getByRole('button', { name: 'Next' }).isVisible()) {
      const step = await wizard.getByText(/^Step \d+ of \d+/).innerText();
      await wizard.getByRole('button', { name: 'Next' }).click();
      await expect(wizard.getByText(/^Step \d+ of \d+/)).not.toHaveText(step);
    }
    await expect(wizard.getByRole('table', { name: 'Attributes to be written' })).toBeVisible();
    await expect(wizard.getByRole('button', { name: 'Finish' })).toBeEnabled();
    options.beforeFinish?.();
    await wizard.getByRole('button', { name: 'Finish' }).click();
    await expect(wizard).toBeHidden();
  }
}
