import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { EventGate } from '../support/event-gate.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

// Online, a container listed before paints from the local cache at once, while the DC prepares
// its answer (held back here: a slow DC); when the DC's rows arrive they replace the cached ones,
// so what another admin changed meanwhile shows, and what they deleted leaves the list.
test.describe('the list of a container seen before', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(loadDcFacts());
    await scratch.client();
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  test('paints from the cache before the DC answers, then shows the DC’s changes, additions and deletions', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const tag = scratch.ouName.slice(-4);
    const [ann, ben, cid] = ['Ann', 'Ben', 'Cid'].map((first) => `${first} Cached${tag}`) as [
      string,
      string,
      string,
    ];
    await scratch.createUser(ann, { description: 'as it was' });
    const benDn = await scratch.createUser(ben, { description: 'as it was' });
    const cidDn = await scratch.createUser(cid, { description: 'as it was' });
    const gate = await EventGate.install(appPage);
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(scratch.ouDn);
    await expect(app.countStatus).toHaveText('3 objects');
    await app.openOu(facts.seed.corpOuDn);
    await expect(app.countStatus).not.toHaveText(/so far/);

    // Another admin, meanwhile: one deleted, one changed, one added.
    const client = await scratch.client();
    await client.del(benDn);
    await scratch.replace(cidDn, 'description', ['changed elsewhere']);
    const dee = `Dee Cached${tag}`;
    await scratch.createUser(dee, { description: 'new' });

    gate.holdLivePages();
    await app.openOu(scratch.ouDn);
    await expect(app.countStatus).toHaveText('3 from the cache, 0 checked with the DC so far…');
    for (const name of [ann, ben, cid]) await expect(app.row(name)).toBeVisible();
    await expect(app.row(cid)).toContainText('as it was');
    await expect(app.row(dee)).toHaveCount(0);

    gate.release();
    await expect(app.countStatus).toHaveText('3 objects');
    await expect(app.row(ben)).toHaveCount(0);
    await expect(app.row(cid)).toContainText('changed elsewhere');
    await expect(app.row(dee)).toBeVisible();
    await expect(app.row(ann)).toBeVisible();
  });
});
