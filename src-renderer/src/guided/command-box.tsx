import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons';
import { useState } from 'react';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  code: { fontFamily: tokens.fontFamilyMonospace },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** A command to run elsewhere (the Entra Connect server, Exchange Online), whole and copyable. */
export function CommandBox({ label, command }: { label: string; command: string }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const lines = command.split('\n').length;
  async function copy() {
    try {
      await navigator.clipboard.writeText(command);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }
  return (
    <div className={styles.box}>
      <Field label={label}>
        <Textarea
          readOnly
          appearance="filled-darker"
          className={styles.code}
          value={command}
          rows={Math.min(Math.max(lines, 1), 8)}
          resize="vertical"
        />
      </Field>
      <div className={styles.row}>
        <Button size="small" icon={<Copy20Regular />} onClick={() => void copy()}>
          Copy
        </Button>
        {copied === 'yes' && <Text size={200}>Copied to the clipboard.</Text>}
        {copied === 'no' && (
          <Text size={200}>The clipboard is not available here: select the text and copy it.</Text>
        )}
      </div>
    </div>
  );
}
