package org.jpulp.plugin.iso;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.jpulp.common.content.mongo.UnitCollections;
import org.jpulp.common.schema.Migration;
import org.jpulp.common.schema.MigrationPackage;

/** The plugin's schema, tracked as {@value #TRACKER}: the {@code units_iso} collection with its unique key index. */
public final class IsoMigrations {

    public static final String TRACKER = "jpulp.plugin.iso";

    private IsoMigrations() {
    }

    public static MigrationPackage migrations() {
        return new MigrationPackage(TRACKER, List.of(new UnitsCollection()));
    }

    static final class UnitsCollection implements Migration {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public String description() {
            return "units_iso with a unique index on name, checksum and size";
        }

        @Override
        public void apply(MongoDatabase db) {
            UnitCollections.spec(IsoUnits.TYPE).ensure(db);
        }
    }
}
