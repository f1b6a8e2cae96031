import { valuesOf } from './values.ts';

/**
 * How a list cell shows an attribute's values (the column chooser's columns): main fills rows this
 * way, and the renderer refreshes a row's extra columns the same way from a pushed object.
 */
export function columnText(values: readonly string[]): string {
  return values.join('; ');
}

/** A row's extra columns from an object's attribute values (as text, binary values decoded). */
export function extraColumns(
  attributes: Record<string, string[]>,
  columns: readonly string[],
): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const column of columns) extra[column] = columnText(valuesOf(attributes, column));
  return extra;
}
