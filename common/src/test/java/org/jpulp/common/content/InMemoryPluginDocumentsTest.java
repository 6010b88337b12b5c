package org.jpulp.common.content;

class InMemoryPluginDocumentsTest extends PluginDocumentsContract {

    @Override
    protected PluginDocuments documents() {
        return new InMemoryPluginDocuments();
    }
}
