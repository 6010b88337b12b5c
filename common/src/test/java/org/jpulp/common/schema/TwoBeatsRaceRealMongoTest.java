package org.jpulp.common.schema;

import org.jpulp.testing.mongo.RealMongo;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link TwoBeatsRaceContract} on real MongoDB ({@value RealMongo#IMAGE}); skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class TwoBeatsRaceRealMongoTest extends TwoBeatsRaceContract {

    @Override
    protected String connectionString() {
        return RealMongo.connectionString();
    }
}
