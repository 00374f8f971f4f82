import { PHOTO_MAX_BYTES } from '@asskomm/contracts';
import { useEffect, useState } from 'react';
import { FieldError } from '../../components/FormField.tsx';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif,image/heic,image/heif';

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 });
}

/** Why a chosen file cannot be sent (the server checks the same, this only saves a useless upload). */
export function photoProblem(file: File | null): string | null {
  if (!file) return null;
  // Some phones send HEIC photos without a type; the server recognises them by their first bytes.
  if (file.type && !file.type.startsWith('image/'))
    return `„${file.name}“ ist kein Foto. Erlaubt sind Bilder im Format JPEG, PNG, WebP, GIF, AVIF oder HEIC.`;
  if (file.size > PHOTO_MAX_BYTES)
    return `Das Foto „${file.name}“ ist ${megabytes(file.size)} MB groß; erlaubt sind höchstens ${megabytes(PHOTO_MAX_BYTES)} MB.`;
  return null;
}

interface PhotoFieldProps {
  id: string;
  maxMegabytes: number;
  file: File | null;
  error?: string;
  onChange: (file: File | null) => void;
}

/** An optional photo with a preview; on a phone `accept` offers the camera. */
export function PhotoField({ id, maxMegabytes, file, error, onChange }: PhotoFieldProps) {
  const [preview, setPreview] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  useEffect(() => {
    if (!file || photoProblem(file)) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  return (
    <div className="app-section">
      <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={id}>
          Foto <span className="kern-label__optional"> – optional</span>
        </label>
        <div className="kern-hint" id={`${id}-hint`}>
          Ein Bild (JPEG, PNG, WebP, HEIC …) bis {maxMegabytes} MB. Standortdaten und andere Metadaten werden
          entfernt; öffentlich sichtbar wird das Foto erst, nachdem die Kommune es geprüft hat.
        </div>
        <input
          key={inputKey}
          id={id}
          name={id}
          type="file"
          accept={ACCEPT}
          className="kern-form-input__input app-file"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
        {error ? <FieldError id={id} message={error} /> : null}
      </div>
      {file ? (
        <div className="app-photo-choice">
          {preview ? <img src={preview} alt="Vorschau des gewählten Fotos" className="app-photo" /> : null}
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            onClick={() => {
              onChange(null);
              setInputKey((n) => n + 1);
            }}
          >
            <span className="kern-label">Foto entfernen</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
