import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's filters kept in the URL (shareable, survive a reload): the current search params, and a
 * setter that changes one of them (an empty value removes it) without adding a history entry.
 */
export function useUrlFilters<Name extends string = string>() {
  const [params, setParams] = useSearchParams();
  const setParam = useCallback(
    (name: Name, value: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { params, setParams, setParam };
}
