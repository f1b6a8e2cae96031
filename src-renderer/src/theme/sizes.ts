/**
 * Layout sizes Fluent has no token for, named once so every surface agrees and a change is made in
 * one place. Spacing, type and colour always come from Fluent's `tokens`.
 */
export const sizes = {
  /** Property sheets: wide enough for two columns of fields and the conflict table. */
  sheetWidth: 'min(980px, 96vw)',
  /** Every tab of a sheet gets the same body height (ADUC's sheets do not jump between tabs). */
  sheetBodyHeight: 'min(560px, 70vh)',
  /** Secondary dialogs (bulk edit). */
  dialogWidth: 'min(720px, 96vw)',
  /** Scrolling lists inside a form: addresses, names, summaries. */
  listMaxHeight: '220px',
  shortListMaxHeight: '160px',
  formGridMaxHeight: '240px',
  attributeTableMinHeight: '360px',
  attributeTableMaxHeight: '260px',
  /** thumbnailPhoto is shown at the size Exchange and Outlook use (96x96). */
  photoSide: '96px',
} as const;
