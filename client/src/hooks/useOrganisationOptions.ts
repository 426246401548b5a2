import { useQuery } from '@tanstack/react-query';
import { listAllOrganisations } from '../api/organisations';
import { queryKeys } from '../api/queryKeys';

/** Every organisation, sorted by name, for organisation selects. */
export function useOrganisationOptions() {
  return useQuery({
    queryKey: queryKeys.organisationOptions,
    queryFn: ({ signal }) => listAllOrganisations(signal),
    staleTime: 5 * 60_000,
  });
}
