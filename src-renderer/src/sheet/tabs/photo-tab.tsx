import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { getApi } from '../../api/api.ts';
import type { SheetState } from '../use-sheet.ts';
import { allowedName, valuesOf } from './sheet-values.ts';
import {
  base64ByteLength,
  base64FromDataUrl,
  formatBytes,
  PHOTO_LIMIT_BYTES,
  photoDataUrl,
} from './photo-values.ts';
import { sizes } from '../../theme/sizes.ts';

const useStyles = makeStyles({
  layout: { display: 'flex', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start' },
  frame: {
    width: sizes.photoSide,
    height: sizes.photoSide,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
  },
  image: { width: '100%', height: '100%', objectFit: 'cover' },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flexGrow: 1 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
});

// objects.preparePhoto accepts up to 30,000,000 base64 characters: about 22 MB of file.
const MAX_FILE_BYTES = 22_000_000;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(base64FromDataUrl(String(reader.result)));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** thumbnailPhoto: the picture Outlook and Teams show; imported images become a 96x96 JPEG. */
export function PhotoTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const file = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const attr = allowedName(state.sheet?.allowed ?? [], 'thumbnailPhoto') ?? 'thumbnailPhoto';
  const photo = valuesOf(state.draft, attr)[0];
  const readOnly = !state.canWrite(attr);
  const bytes = photo ? base64ByteLength(photo) : 0;
  const changed = photo !== valuesOf(state.base, attr)[0];
  const name = state.sheet?.details.row.name ?? 'this object';

  async function importFile(chosen: File) {
    setError(null);
    if (chosen.size > MAX_FILE_BYTES) {
      setError(`${chosen.name} is ${formatBytes(chosen.size)}: choose an image under 20 MB.`);
      return;
    }
    setBusy(true);
    try {
      const result = await getApi()['objects.preparePhoto']({ imageBase64: await readAsBase64(chosen) });
      if (result.ok) state.setValues(attr, [result.value.jpegBase64]);
      else setError(result.error.message);
    } catch (cause) {
      setError(`${chosen.name} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.layout}>
      <div className={styles.frame}>
        {photo ? (
          <img className={styles.image} src={photoDataUrl(photo)} alt={`Photo of ${name}`} />
        ) : (
          <Text>No photo</Text>
        )}
      </div>
      <div className={styles.side}>
        <Text>
          {photo ? `Size: ${formatBytes(bytes)}` : 'No photo.'}
          {changed && ' Not saved yet: OK or Apply writes it.'}
        </Text>
        {bytes > PHOTO_LIMIT_BYTES && (
          <MessageBar intent="warning">
            <MessageBarBody>
              This photo is larger than 100 KB ({formatBytes(PHOTO_LIMIT_BYTES)}), the most thumbnailPhoto may
              hold: Entra Connect reports it as a large-object export error. Import it again to shrink it.
            </MessageBarBody>
          </MessageBar>
        )}
        <input
          ref={file}
          className={styles.hidden}
          type="file"
          accept="image/jpeg,image/png"
          aria-label="Photo file to import"
          tabIndex={-1}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = ''; // choosing the same file again must fire onChange again
            if (chosen) void importFile(chosen);
          }}
        />
        <div className={styles.buttons}>
          <Button disabled={readOnly || busy} onClick={() => file.current?.click()}>
            Import…
          </Button>
          <Button disabled={readOnly || busy || !photo} onClick={() => state.setValues(attr, [])}>
            Remove
          </Button>
          {busy && <Spinner size="tiny" label="Preparing the photo…" />}
        </div>
        <Text size={200}>JPEG or PNG; it is cropped to a square and resized to 96 × 96 pixels.</Text>
        {readOnly && <Text size={200}>You may not change the photo of {name}.</Text>}
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
