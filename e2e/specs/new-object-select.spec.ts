import { randomBytes } from 'node:crypto';
import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

const facts = loadDcFacts();

// As ADUC does after New: the object just created is the selected row, scrolled into view, and the
// details pane shows it, all from main's push (the page reads nothing after create).
test.describe('After Finish in a New Object wizard', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(facts);
    await scratch.client();
  });
  test.afterEach(async () => {
    await scratch.dispose();
  });

  test('the new object is selected in the list and scrolled into view', async ({ appPage }) => {
    const tag = randomBytes(3).toString('hex');
    // More rows than the list shows at once; the new one sorts last, below the fold.
    for (let i = 0; i < 60; i++) await scratch.createUser(`Aaron ${tag} ${String(i).padStart(2, '0')}`);
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(scratch.ouDn);
    // The list renders only the rows in view: the last ones are not on the page until scrolled to.
    await expect(app.row(`Aaron ${tag} 00`)).toHaveCount(1);
    await expect(app.row(`Aaron ${tag} 59`)).toHaveCount(0);
    await app.row(`Aaron ${tag} 00`).click();
    await expect(app.row(`Aaron ${tag} 00`)).toHaveAttribute('aria-selected', 'true');

    await app.newFromToolbar('Mail contact');
    const wizard = app.newObjectWizard;
    await wizard.getByLabel('First name').fill('Zoe');
    await wizard.getByLabel('Last name').fill(`Young${tag}`);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByLabel('External e-mail address').fill(`zoe.young${tag}@fabrikam.com`);
    const calls: string[] = [];
    await app.finishWizard({
      beforeFinish: () =>
        appPage.on('request', (request) => {
          const method = /\/api\/call\/(.+)$/.exec(new URL(request.url()).pathname)?.[1];
          if (method) calls.push(method);
        }),
    });

    const created = app.row(`Zoe Young${tag}`);
    await expect(created).toHaveAttribute('aria-selected', 'true');
    await expect(created).toBeInViewport();
    // Scrolled to the end (the first rows left the page), and the earlier selection gave way.
    await expect(app.row(`Aaron ${tag} 00`)).toHaveCount(0);
    await expect(app.list.getByRole('row', { selected: true })).toHaveCount(1);
    const details = appPage.getByTestId('details-pane');
    await expect(details).toContainText(`Zoe Young${tag}`);
    await expect(details).toContainText(`zoe.young${tag}@fabrikam.com`);
    expect(calls).toEqual(['recipients.create']);
  });
});
