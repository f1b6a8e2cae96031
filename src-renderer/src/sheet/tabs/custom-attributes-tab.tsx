import { FieldList } from '../field-list.tsx';
import type { FieldSpec } from '../field-spec.ts';
import type { SheetState } from '../use-sheet.ts';

const FIELDS: FieldSpec[] = [
  ...Array.from({ length: 15 }, (_, i): FieldSpec => ({
    attr: `extensionAttribute${i + 1}`,
    label: `Custom attribute ${i + 1}`,
  })),
  ...Array.from({ length: 5 }, (_, i): FieldSpec => ({
    attr: `msExchExtensionCustomAttribute${i + 1}`,
    label: `Extension custom attribute ${i + 1}`,
    type: 'lines',
    hint: 'One value per line',
  })),
];

export function CustomAttributesTab({ state }: { state: SheetState }) {
  return <FieldList fields={FIELDS} state={state} />;
}
