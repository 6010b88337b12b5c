package org.jpulp.worker.execution;

import jakarta.inject.Inject;
import org.jpulp.common.schedule.ScheduleOutcomes;
import org.jpulp.common.task.TaskEndListener;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskState;

/** Counts a fired task's success or failure against its schedule's {@code failure_threshold}. */
final class ScheduleOutcomeRecorder implements TaskEndListener {

    private final ScheduleOutcomes outcomes;

    @Inject
    ScheduleOutcomeRecorder(ScheduleOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void ended(TaskRecord task, TaskState finalState) {
        if (task.scheduledCallId() != null && finalState != TaskState.CANCELED) {
            outcomes.taskEnded(task.scheduledCallId(), finalState == TaskState.FINISHED);
        }
    }
}
