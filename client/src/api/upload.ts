import type { z } from 'zod';
import { ApiError, apiErrorFrom, networkMessage, unexpectedAnswerMessage } from './client';
import { i18n } from '../i18n';

/** How far an upload has got, in bytes; `total` is 0 while the browser does not know it yet. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  /** Aborting it aborts the request (the promise rejects with an AbortError DOMException). */
  signal?: AbortSignal;
}

/** The catalogue keys of the messages for answers whose body is not our JSON error (a proxy's HTML page). */
const FALLBACK_MESSAGES: Record<number, string> = {
  413: 'common:error.fileTooLarge',
  415: 'common:error.fileTypeRefused',
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * POSTs multipart form data to the API with the session cookie, reporting upload progress.
 * XMLHttpRequest rather than fetch: only XHR reports how many bytes of the request body were sent.
 * Success bodies are parsed with `schema`; failures reject with an ApiError like apiFetch does.
 */
export function apiUpload<T>(
  path: string,
  form: FormData,
  { schema, onProgress, signal }: UploadOptions & { schema: z.ZodType<T> },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const aborted = () => new DOMException(i18n.t('common:error.uploadCancelled'), 'AbortError');
    if (signal?.aborted) return reject(aborted());

    const xhr = new XMLHttpRequest();
    const onAbortSignal = () => xhr.abort();
    const cleanUp = () => signal?.removeEventListener('abort', onAbortSignal);

    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) =>
      onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
    xhr.upload.onload = (e) => onProgress?.({ loaded: e.total || e.loaded, total: e.total || e.loaded });

    xhr.onload = () => {
      cleanUp();
      const body = parseJson(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        const error = apiErrorFrom(xhr.status, body);
        const fallback = FALLBACK_MESSAGES[xhr.status];
        if (error.code === 'http_error' && fallback)
          return reject(new ApiError(xhr.status, 'http_error', i18n.t(fallback)));
        return reject(error);
      }
      const parsed = schema.safeParse(body);
      if (!parsed.success)
        return reject(new ApiError(xhr.status, 'invalid_response', unexpectedAnswerMessage()));
      resolve(parsed.data);
    };
    xhr.onerror = () => {
      cleanUp();
      reject(new ApiError(0, 'network_error', networkMessage()));
    };
    xhr.onabort = () => {
      cleanUp();
      reject(aborted());
    };

    signal?.addEventListener('abort', onAbortSignal, { once: true });
    xhr.send(form);
  });
}

/** Whether an error means the upload was cancelled on purpose. */
export const isAbortError = (err: unknown): boolean =>
  err instanceof DOMException && err.name === 'AbortError';
