package org.jpulp.common.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-memory twin of {@link org.jpulp.common.task.mongo.MongoReservationStore}. */
public final class InMemoryReservationStore implements ReservationStore {

    private final Map<String, String> holders = new HashMap<>();

    @Override
    public synchronized boolean reserve(String taskId, String worker, Collection<String> resources) {
        List<String> taken = new ArrayList<>();
        for (String r : resources) {
            String holder = holders.putIfAbsent(r, taskId);
            if (holder != null && !holder.equals(taskId)) {
                taken.forEach(holders::remove);
                return false;
            }
            if (holder == null) {
                taken.add(r);
            }
        }
        return true;
    }

    @Override
    public synchronized void release(String taskId, Collection<String> resources) {
        resources.forEach(r -> holders.remove(r, taskId));
    }

    @Override
    public void moveTo(String taskId, String worker, Collection<String> resources) {
        // the in-memory twin does not record workers
    }

    @Override
    public synchronized Map<String, String> holders() {
        return Map.copyOf(holders);
    }
}
