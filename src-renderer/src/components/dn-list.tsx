import { Button, Field, Input } from '@fluentui/react-components';
import { Delete16Regular } from '@fluentui/react-icons';
import { useMemo, useState, type ReactNode } from 'react';
import type { ObjectRef } from '../../../src-preload/contract/index.ts';
import { firstRdnValue, parentDn } from './dn-name.ts';
import { sortAndFilterDns } from './dn-values.ts';
import { useDnListStyles } from './dn-list.styles.ts';
import { ObjectPicker, type PickKinds } from './object-picker.tsx';

export interface DnListProps {
  /** Names the list for screen readers and heads it. */
  label: string;
  values: readonly string[];
  emptyText: string;
  /** Without onRemove / onAdd the list is read-only. */
  onRemove?(dn: string): void;
  onAdd?(ref: ObjectRef): void;
  disabled?: boolean;
  pickLabel?: string;
  pickKinds?: PickKinds;
  pickHint?: string;
  /** Extra words after a name, e.g. which attribute holds it. */
  note?(dn: string): ReactNode;
}

// A group may have thousands of members: rendering them all would freeze the sheet, so beyond this
// the list asks for a filter instead.
const RENDER_CAP = 200;
const FILTER_FROM = 15;

/** A DN-valued attribute as a list of names with Remove buttons, and a picker to add. */
export function DnList(props: DnListProps) {
  const styles = useDnListStyles();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => sortAndFilterDns(props.values, filter), [props.values, filter]);
  const rendered = shown.slice(0, RENDER_CAP);
  return (
    <div className={styles.stack}>
      {props.values.length > FILTER_FROM && (
        <Field label={`Filter ${props.label.toLowerCase()}`}>
          <Input value={filter} onChange={(_e, d) => setFilter(d.value)} placeholder="Part of a name" />
        </Field>
      )}
      <ul className={styles.list} aria-label={props.label}>
        {props.values.length === 0 && <li className={styles.empty}>{props.emptyText}</li>}
        {props.values.length > 0 && shown.length === 0 && (
          <li className={styles.empty}>No name matches the filter.</li>
        )}
        {rendered.map((dn) => {
          const name = firstRdnValue(dn);
          return (
            <li key={dn} className={styles.item} data-dn={dn} title={dn}>
              <span className={styles.text}>
                <span className={styles.name}>
                  {name}
                  {props.note && <span className={styles.note}> {props.note(dn)}</span>}
                </span>{' '}
                <span className={styles.where}>{parentDn(dn)}</span>
              </span>
              {props.onRemove && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete16Regular />}
                  aria-label={`Remove ${name}`}
                  disabled={props.disabled}
                  onClick={() => props.onRemove?.(dn)}
                />
              )}
            </li>
          );
        })}
      </ul>
      <span className={styles.note} aria-live="polite">
        {shown.length > RENDER_CAP
          ? `Showing ${RENDER_CAP} of ${shown.length.toLocaleString('en-US')}: type in the filter to narrow the list.`
          : props.values.length > 0
            ? `${props.values.length.toLocaleString('en-US')} in all`
            : ''}
      </span>
      {props.onAdd && (
        <ObjectPicker
          label={props.pickLabel ?? 'Add'}
          kinds={props.pickKinds ?? 'all'}
          hint={props.pickHint}
          disabled={props.disabled}
          exclude={props.values}
          onPick={(ref) => props.onAdd?.(ref)}
        />
      )}
    </div>
  );
}
