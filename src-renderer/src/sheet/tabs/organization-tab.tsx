import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { valuesOf } from '../../../../src-preload/shared/values.ts';
import { DnList } from '../../components/dn-list.tsx';
import { FieldList } from '../field-list.tsx';
import { ORGANIZATION_FIELDS } from '../aduc-fields.ts';
import type { SheetState } from '../use-sheet.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Title, department, company, manager; direct reports are the manager attribute's back link. */
export function OrganizationTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const reports = valuesOf(state.sheet?.details.attributes ?? {}, 'directReports');
  return (
    <div className={styles.stack}>
      <FieldList fields={ORGANIZATION_FIELDS} state={state} />
      <Text weight="semibold">Direct reports</Text>
      <DnList label="Direct reports" values={reports} emptyText="Nobody reports to this person." />
    </div>
  );
}
