import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { loadDcFacts } from '../dc/facts.ts';
import { EventGate } from '../support/event-gate.ts';
import { largestOu, type OuSize } from '../support/largest-ou.ts';
import { LIST_PAGE_SIZE } from '../../src-main/directory/browse.ts';

const firstPage = LIST_PAGE_SIZE.toLocaleString('en-US');

const facts = loadDcFacts();
let big: OuSize;

test.beforeAll(async () => {
  big = await largestOu(facts);
});

test.describe('the object list', () => {
  test('shows the first page of a big OU before the load ends, counts up, then shows them all', async ({
    appPage,
  }) => {
    const gate = await EventGate.install(appPage);
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    gate.holdListPagesAfter(1);
    await app.openOu(big.dn);
    // One page is in, the rest is held back: rows are on screen while the load runs.
    await expect(app.countStatus).toHaveText(`${firstPage} so far…`);
    await expect(app.list.getByRole('row').nth(1)).toBeVisible();
    await expect(appPage.getByRole('button', { name: 'Stop' })).toBeVisible();
    gate.release();
    const all = big.count.toLocaleString('en-US');
    await expect(app.countStatus).toHaveText(`${all} objects`);
    await expect(appPage.getByRole('button', { name: 'Stop' })).toHaveCount(0);

    // Listed once, the OU is in the cache: F5 paints all of it from there at once while the DC's
    // pages (held back here, a slow DC) confirm it.
    gate.holdLivePages();
    await appPage.keyboard.press('F5');
    await expect(app.countStatus).toHaveText(`${all} from the cache, 0 checked with the DC so far…`);
    gate.release();
    await expect(app.countStatus).toHaveText(`${all} objects`);
  });

  // That main stops reading is asserted in list-stream.int.test.ts; here, what the user sees.
  test('Stop ends the load where it is', async ({ appPage }) => {
    const gate = await EventGate.install(appPage);
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    gate.holdListPagesAfter(1);
    await app.openOu(big.dn);
    await expect(app.countStatus).toHaveText(`${firstPage} so far…`);
    await appPage.getByRole('button', { name: 'Stop' }).click();
    await expect(app.countStatus).toHaveText(`${firstPage} objects (stopped)`);
    gate.release();
    // Whatever main had read meanwhile does not creep into the stopped list.
    await expect(app.countStatus).toHaveText(`${firstPage} objects (stopped)`);
    await expect(app.list.getByRole('row')).not.toHaveCount(0);
  });

  test('the first ArrowDown selects the first row, and no row is outlined before the list has focus', async ({
    appPage,
  }) => {
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(facts.seed.corpOuDn);
    const firstRow = app.list.getByRole('row').nth(1);
    await expect(firstRow).toBeVisible();
    // The rings are drawn on ::after layers above the cells (see virtual-table.styles.ts).
    const ringed = () =>
      appPage.evaluate(
        `[...document.querySelectorAll('[role=grid] [role=row]')].filter((r) => getComputedStyle(r, '::after').borderTopStyle === 'dashed').length`,
      );
    expect(await ringed()).toBe(0);
    await app.list.focus();
    await appPage.keyboard.press('ArrowDown');
    await expect(firstRow).toHaveAttribute('aria-selected', 'true');
    expect(await ringed()).toBe(1);
    expect(await app.ringSides(firstRow)).toEqual(['dashed', 'dashed', 'dashed', 'dashed']);
  });

  test('Escape from a row’s context menu gives focus back to the list, whose ring shows on all four sides', async ({
    appPage,
  }) => {
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(facts.seed.corpOuDn);
    const firstRow = app.list.getByRole('row').nth(1);
    await firstRow.click({ button: 'right' });
    await expect(appPage.getByRole('menu')).toBeVisible();
    await appPage.keyboard.press('Escape');
    await expect(appPage.getByRole('menu')).toHaveCount(0);
    await expect(app.list).toBeFocused();
    // The keyboard user is back where they were: the next key acts on the list.
    await appPage.keyboard.press('ArrowDown');
    await expect(app.list.getByRole('row').nth(2)).toHaveAttribute('aria-selected', 'true');
    // The ring sits above the sticky header and the rows, so no side is painted over.
    expect(await app.ringSides(app.list)).toEqual(['solid', 'solid', 'solid', 'solid']);
    const [ring, header] = await app.list.evaluate((grid) => [
      Number(getComputedStyle(grid, '::after').zIndex),
      Number(getComputedStyle(grid.querySelector('[role=row]')!).zIndex),
    ]);
    expect(ring).toBeGreaterThan(header);
  });

  test('types are named in words and long cells show their full text as a tooltip', async ({ appPage }) => {
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(facts.domainDn);
    await expect(app.row('Builtin')).toContainText('Builtin domain');
    await expect(app.row('Corp')).toContainText('Organizational unit');
    const description = app.row('Corp').getByRole('gridcell').nth(2);
    const text = (await description.textContent()) ?? '';
    expect(text.length).toBeGreaterThan(0);
    await expect(description).toHaveAttribute('title', text);
  });

  test('columns: drag an edge or use the arrow keys to resize, add any attribute from the header menu, kept after a reload', async ({
    appPage,
  }) => {
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.find('Zoë Müller');
    const header = app.list.getByRole('columnheader', { name: 'Name', exact: true });
    const before = (await header.boundingBox())?.width ?? 0;
    const edge = app.list.getByRole('separator', { name: 'Resize Name' });
    const box = await edge.boundingBox();
    if (!box) throw new Error('no resize handle');
    await appPage.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await appPage.mouse.down();
    await appPage.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 5 });
    await appPage.mouse.up();
    const dragged = (await header.boundingBox())?.width ?? 0;
    expect(dragged - before).toBeGreaterThan(80);
    // The keyboard does the same: the edge is a stop of its own, arrows resize in 16-pixel steps.
    await edge.focus();
    await appPage.keyboard.press('ArrowRight');
    await appPage.keyboard.press('ArrowRight');
    await appPage.keyboard.press('ArrowLeft');
    const after = (await header.boundingBox())?.width ?? 0;
    expect(Math.round(after - dragged)).toBe(16);
    await expect(edge).toBeFocused();

    await header.click({ button: 'right' });
    await appPage.getByRole('menuitem', { name: 'Add column…' }).click();
    const dialog = appPage.getByRole('dialog', { name: 'Add column' });
    // The chooser offers the schema's attributes (Samba's has over a thousand), Exchange's included.
    const offered = dialog.locator('datalist option');
    await expect.poll(() => offered.count()).toBeGreaterThan(500);
    await expect(dialog.locator('datalist option[value="msExchRecipientTypeDetails"]')).toHaveCount(1);
    await dialog.getByLabel('Attribute').fill('department');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect(app.list.getByRole('columnheader', { name: 'department', exact: true })).toBeVisible();
    await expect(app.row('Zoë Müller')).toContainText('Sales');

    await appPage.reload();
    await expect(appPage.locator('[data-app-state="ready"]')).toBeVisible();
    // Main kept its session over the reload, and the frame comes back in that state.
    await expect(app.status).toHaveText(/Connected/);
    await app.find('Zoë Müller');
    await expect(app.list.getByRole('columnheader', { name: 'department', exact: true })).toBeVisible();
    await expect(app.row('Zoë Müller')).toContainText('Sales');
    const kept =
      (await app.list.getByRole('columnheader', { name: 'Name', exact: true }).boundingBox())?.width ?? 0;
    expect(Math.abs(kept - after)).toBeLessThan(2);
  });

  test('Find matches a name typed without diacritics and says where each result lives', async ({
    appPage,
  }) => {
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.find('zoe mu');
    const row = app.row('Zoë Müller');
    await expect(row).toHaveCount(1);
    await expect(app.list.getByRole('columnheader', { name: 'Location', exact: true })).toBeVisible();
    await expect(row).toContainText(`${facts.realm.toLowerCase()}/Corp/Sales`);
  });
});
