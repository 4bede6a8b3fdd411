import {
  Button,
  DateInput,
  ErrorSummary,
  Select,
  Table,
  Tag,
  TextInput,
  type DateInputValue,
} from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { dateFromParts, emptyDate } from '../../../app/date-parts';
import { SuccessBanner, type Flash } from '../../../app/flash';
import { formErrors } from '../../../app/form-errors';
import { formatDate, formatDateTime } from '../../../app/format';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { useTRPC } from '../../../trpc';
import { useCaseworkers } from '../use-caseworkers';
import { useInvalidateCasework } from '../use-invalidate';
import { childNameOf, useCaseFile } from './use-case';

export function CaseTasksTab() {
  const c = useCaseFile();
  const trpc = useTRPC();
  const invalidate = useInvalidateCasework();
  const { canWorkCases, userId } = useLaRole();
  const caseworkers = useCaseworkers();
  const [done, setDone] = useState<Flash | null>(null);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState<DateInputValue>(emptyDate);
  const [assignedTo, setAssignedTo] = useState('');
  const add = useMutation(
    trpc.casework.addTask.mutationOptions({
      onSuccess: async (_task, input) => {
        await invalidate();
        setTitle('');
        setDueOn(emptyDate);
        setAssignedTo('');
        complete.reset();
        setDone({ heading: `Task added: ${input.title}` });
      },
    }),
  );
  const complete = useMutation(
    trpc.casework.completeTask.mutationOptions({
      onSuccess: async (_result, input) => {
        await invalidate();
        add.reset();
        setDone({ heading: `Task done: ${c.tasks.find((t) => t.id === input.taskId)?.title ?? ''}` });
      },
    }),
  );
  const errors = formErrors(add.error, {
    title: 'taskTitle',
    dueOn: 'taskDueOn-day',
    assignedTo: 'taskAssignedTo',
  });
  const completeErrors = formErrors(complete.error);
  usePageTitle(`Tasks – ${childNameOf(c)}`, errors.hasErrors || completeErrors.hasErrors);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    add.mutate({
      requestId: c.id,
      title,
      dueOn: dateFromParts(dueOn),
      ...(assignedTo ? { assignedTo } : {}),
    });
  };
  const me = caseworkers.data?.find((w) => w.id === userId);

  return (
    <>
      <SuccessBanner flash={done} />
      <ErrorSummary errors={[...completeErrors.summary, ...errors.summary]} />
      <h2 className="govuk-heading-m">Tasks</h2>
      {c.tasks.length === 0 ? (
        <p className="govuk-body">There are no tasks for this case.</p>
      ) : (
        <Table
          caption="Tasks for this case"
          head={[
            'Task',
            'Due',
            'Assigned to',
            'Status',
            ...(canWorkCases ? [{ content: <span className="govuk-visually-hidden">Action</span> }] : []),
          ]}
          rows={c.tasks.map((t) => ({
            key: t.id,
            cells: [
              t.title,
              <span className="app-nowrap">{formatDate(t.dueOn)}</span>,
              t.assignedTo?.name ?? 'No one',
              t.completedAt ? (
                <>
                  <Tag colour="green">Done</Tag>
                  <br />
                  <span className="govuk-body-s">{formatDateTime(t.completedAt)}</span>
                </>
              ) : t.isOverdue ? (
                <Tag colour="red">Overdue</Tag>
              ) : (
                <Tag colour="grey">To do</Tag>
              ),
              ...(canWorkCases
                ? [
                    t.completedAt ? (
                      ''
                    ) : (
                      <button
                        type="button"
                        className="govuk-link app-link-button"
                        onClick={() => complete.mutate({ taskId: t.id })}
                        disabled={complete.isPending}
                      >
                        Mark as done<span className="govuk-visually-hidden"> ({t.title})</span>
                      </button>
                    ),
                  ]
                : []),
            ],
          }))}
        />
      )}
      {canWorkCases && (
        <form onSubmit={submit} noValidate className="govuk-!-margin-top-6">
          <h2 className="govuk-heading-m">Add a task</h2>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <TextInput
                id="taskTitle"
                name="title"
                label="What needs doing?"
                labelSize="s"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                error={errors.byField.title}
              />
              <DateInput
                id="taskDueOn"
                legend="When is it due?"
                legendSize="s"
                hint="For example, 27 3 2027"
                value={dueOn}
                onChange={setDueOn}
                error={errors.byField.dueOn}
              />
              <Select
                id="taskAssignedTo"
                name="assignedTo"
                label="Who will do it?"
                labelSize="s"
                value={assignedTo}
                onChange={(e) => setAssignedTo(e.target.value)}
                error={errors.byField.assignedTo}
                options={[
                  { value: '', text: me ? `Me (${me.name})` : 'Me' },
                  ...(caseworkers.data ?? [])
                    .filter((w) => w.id !== userId)
                    .map((w) => ({ value: w.id, text: w.name })),
                ]}
              />
              <Button type="submit" variant="secondary" isPending={add.isPending}>
                Add task
              </Button>
            </div>
          </div>
        </form>
      )}
    </>
  );
}
