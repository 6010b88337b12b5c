package org.jpulp.worker.unit;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import org.jpulp.common.content.ContentSearchModule;
import org.jpulp.common.task.TaskType;

/**
 * Copy, unassociate and orphan removal task types. Uses the {@link org.jpulp.common.plugin.PluginServices} and
 * stores the repository task module binds.
 */
public final class UnitTaskModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new ContentSearchModule());
        Multibinder<TaskType> types = Multibinder.newSetBinder(binder(), TaskType.class);
        types.addBinding().to(AssociateTask.class);
        types.addBinding().to(UnassociateTask.class);
    }

    @ProvidesIntoSet
    TaskType deleteAll(DeleteOrphansTasks orphans) {
        return orphans.types().get(0);
    }

    @ProvidesIntoSet
    TaskType deleteByType(DeleteOrphansTasks orphans) {
        return orphans.types().get(1);
    }

    @ProvidesIntoSet
    TaskType deleteById(DeleteOrphansTasks orphans) {
        return orphans.types().get(2);
    }
}
