package org.jpulp.common.plugin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.UnitStore;

/** A {@link PluginContext} that hands every call to another one; subclasses add or change what they need. */
public abstract class ForwardingPluginContext implements PluginContext {

    private final PluginContext delegate;

    protected ForwardingPluginContext(PluginContext delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public String repoId() {
        return delegate.repoId();
    }

    @Override
    public PluginConfig config() {
        return delegate.config();
    }

    @Override
    public Path workingDirectory() {
        return delegate.workingDirectory();
    }

    @Override
    public ContentStore contentStore() {
        return delegate.contentStore();
    }

    @Override
    public UnitStore units() {
        return delegate.units();
    }

    @Override
    public RepoContentUnits associations() {
        return delegate.associations();
    }

    @Override
    public Clock clock() {
        return delegate.clock();
    }

    @Override
    public PluginDocuments documents() {
        return delegate.documents();
    }

    @Override
    public void reportProgress(Object report) {
        delegate.reportProgress(report);
    }

    @Override
    public void checkCanceled() {
        delegate.checkCanceled();
    }

    @Override
    public boolean isCanceled() {
        return delegate.isCanceled();
    }
}
