import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { isAbortError, type UploadOptions, type UploadProgress } from '../api/upload';

/**
 * Runs one upload at a time with its progress and a way to cancel it. `send` gets the upload
 * options (progress callback and abort signal) to pass on to the API function. An upload still
 * running when the component unmounts is aborted.
 */
export function useUpload<TArgs, TResult>(
  send: (args: TArgs, options: UploadOptions) => Promise<TResult>,
  { onSuccess }: { onSuccess?: (result: TResult) => void } = {},
) {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => () => controllerRef.current?.abort(), []);

  const mutation = useMutation({
    mutationFn: (args: TArgs) => {
      const controller = new AbortController();
      controllerRef.current = controller;
      setProgress({ loaded: 0, total: 0 });
      return send(args, { signal: controller.signal, onProgress: setProgress });
    },
    onSuccess: (result) => onSuccess?.(result),
    onSettled: () => {
      controllerRef.current = null;
    },
  });

  const percent =
    progress && progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  return {
    start: mutation.mutate,
    /** Aborts the running upload, if any. */
    cancel: () => controllerRef.current?.abort(),
    reset: () => {
      mutation.reset();
      setProgress(null);
    },
    isUploading: mutation.isPending,
    /** Every byte is sent; the server is still storing and checking the file. */
    isProcessing: mutation.isPending && progress !== null && progress.total > 0 && percent === 100,
    percent,
    progress,
    /** The failure, unless the upload was cancelled on purpose. */
    error: mutation.isError && !isAbortError(mutation.error) ? mutation.error : null,
    wasCancelled: mutation.isError && isAbortError(mutation.error),
  };
}
