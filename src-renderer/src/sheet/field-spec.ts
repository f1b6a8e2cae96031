/** A form field described as data: which attribute, how to edit it. The schema adds the limits. */
export interface FieldSpec {
  attr: string;
  label: string;
  /** text: one value; lines: a multi-valued attribute, one value per line; bool: TRUE/FALSE/absent. */
  type?: 'text' | 'lines';
  hint?: string;
}
