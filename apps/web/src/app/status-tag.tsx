import { requestStatusColours, requestStatusLabels, type RequestStatus } from '@casework/domain';
import { Tag } from '@casework/ui';

export function RequestStatusTag({ status }: { status: RequestStatus }) {
  return <Tag colour={requestStatusColours[status]}>{requestStatusLabels[status]}</Tag>;
}
