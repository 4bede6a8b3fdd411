import { Navigate, useParams } from 'react-router';

/** The first LA page lived at /caseload/requests/:id; bookmarks and emails may still point there. */
export function OldCaseAddress() {
  const { requestId = '' } = useParams();
  return <Navigate to={`/cases/${requestId}`} replace />;
}
