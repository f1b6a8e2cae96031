import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { editorFor, isWide, type FieldSpec } from './field-spec.ts';
import { FieldView } from './field-view.tsx';
import type { SheetState } from './use-sheet.ts';

export { issueFor } from './field-view.tsx';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'start',
  },
  wide: { gridColumn: '1 / -1' },
});

/**
 * A tab's fields from their specs. A field shows only where the object may hold its attribute
 * (allowedAttributes), the way ADUC leaves out what a class does not have; the editor comes from
 * the spec or, where it names none, from the attribute's schema facts.
 */
export function FieldList({ fields, state }: { fields: readonly FieldSpec[]; state: SheetState }) {
  const styles = useStyles();
  const facts = new Map((state.sheet?.allowed ?? []).map((a) => [a.name.toLowerCase(), a]));
  return (
    <div className={styles.list}>
      {fields.flatMap((field) => {
        const fact = facts.get(field.attr.toLowerCase());
        if (!fact) return [];
        const spec = editorFor(field, fact);
        return [
          <div key={fact.name} className={mergeClasses(isWide(spec) && styles.wide)}>
            <FieldView spec={spec} facts={fact} state={state} />
          </div>,
        ];
      })}
    </div>
  );
}
