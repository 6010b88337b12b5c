package org.jpulp.common.schema;

import com.mongodb.client.MongoDatabase;

/**
 * One versioned change to the database. {@link #apply} must be idempotent: a beat killed halfway runs it again
 * (the tracker is saved only after it returns), and the embedded server has no transactions to roll it back.
 */
public interface Migration {

    /** 1, 2, 3... within its {@link MigrationPackage}; 0 means "nothing applied". */
    int version();

    /** One line, for the log. */
    String description();

    void apply(MongoDatabase db);
}
