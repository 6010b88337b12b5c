package org.jpulp.plugin.rpm;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.jpulp.common.content.mongo.UnitCollections;
import org.jpulp.common.schema.Migration;
import org.jpulp.common.schema.MigrationPackage;

/** The plugin's schema, tracked as {@value #TRACKER}: one {@code units_<type>} collection per yum unit type. */
public final class RpmMigrations {

    public static final String TRACKER = "jpulp.plugin.rpm";

    private RpmMigrations() {
    }

    public static MigrationPackage migrations() {
        return new MigrationPackage(TRACKER, List.of(new UnitsCollections()));
    }

    static final class UnitsCollections implements Migration {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public String description() {
            return "units_<type> for every yum unit type, unique on the unit key, indexed on the search fields";
        }

        @Override
        public void apply(MongoDatabase db) {
            RpmUnits.ALL.forEach(type -> UnitCollections.spec(type).ensure(db));
        }
    }
}
