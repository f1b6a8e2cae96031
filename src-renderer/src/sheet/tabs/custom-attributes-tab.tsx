import { FieldList } from '../field-list.tsx';
import { CUSTOM_FIELDS } from '../tab-fields.ts';
import type { SheetState } from '../use-sheet.ts';

export function CustomAttributesTab({ state }: { state: SheetState }) {
  return <FieldList fields={CUSTOM_FIELDS} state={state} />;
}
