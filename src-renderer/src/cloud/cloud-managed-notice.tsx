import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { AD_EDIT_WILL_NOT_FLOW } from '../../../src-preload/shared/cloud/source-of-authority-rules.ts';
import type { CloudViewEntry } from '../store/cloud-slice.ts';

/**
 * Said on the sheet before Apply while the admin has an edit and Microsoft 365 owns the object's
 * attributes (onPremisesSyncBehavior.isCloudManaged): the edit is saved in AD but will not flow.
 * A warning only: AD is still the admin's to edit, so Apply stays enabled.
 */
export function CloudManagedNotice({ dirty, cloud }: { dirty: boolean; cloud: CloudViewEntry | null }) {
  if (!dirty || cloud?.view?.cloudManaged !== true) return null;
  return (
    <MessageBar intent="warning" data-testid="cloud-managed-edit">
      <MessageBarBody>{AD_EDIT_WILL_NOT_FLOW}</MessageBarBody>
    </MessageBar>
  );
}
