package org.jpulp.common.task;

import java.time.Clock;
import java.util.UUID;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.messaging.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the task as {@code waiting}, then tells the resource manager. The record comes first, so a lost or
 * failed message only delays the task: beat re-drives unplaced waiting tasks.
 */
public final class QueuedTaskDispatcher implements TaskDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedTaskDispatcher.class);

    private final TaskStore tasks;
    private final Messaging messaging;
    private final Clock clock;

    public QueuedTaskDispatcher(TaskStore tasks, Messaging messaging, Clock clock) {
        this.tasks = tasks;
        this.messaging = messaging;
        this.clock = clock;
    }

    @Override
    public String dispatch(TaskRequest request) {
        String taskId = UUID.randomUUID().toString();
        long sequence = tasks.nextSequence();
        tasks.insert(new NewTask(taskId, request, sequence, clock.instant()));
        try {
            messaging.signal(TaskQueues.RESOURCE_MANAGER,
                    ResourceManagerEvent.submitted(taskId, request.resources(), sequence, 0));
        } catch (MessagingException e) {
            LOG.warn("task {} recorded but the resource manager was not told ({}); beat will re-drive it",
                    taskId, e.getMessage());
        }
        return taskId;
    }
}
