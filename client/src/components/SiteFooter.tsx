import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';

export function SiteFooter() {
  const status = useQuery({
    queryKey: queryKeys.health,
    // Loaded with the request, not the page: the first paint needs no API code.
    queryFn: ({ signal }) => import('../api/health').then((api) => api.health(signal)),
    staleTime: 60_000,
  });
  const degraded = status.data?.status === 'unavailable';
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>
          <strong>Coalition Workspace</strong> — the online space of the Dynamic Coalition on Child Online
          Safety at the Internet Governance Forum.
        </p>
        <ul className="site-footer__links">
          <li>
            <Link to="/meetings">Meetings</Link>
          </li>
          <li>
            <Link to="/members">Member directory</Link>
          </li>
          <li>
            <a href="/api/docs">API documentation</a>
          </li>
        </ul>
        {degraded && (
          <p className="site-footer__status" role="status">
            The workspace cannot reach its database right now. Some pages may not load; try again shortly.
          </p>
        )}
      </div>
    </footer>
  );
}
