package org.jpulp.common.repository.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.mongo.MongoCriteria;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.DistributorSearch;
import org.jpulp.common.repository.RepositoryDocuments;
import org.jpulp.common.schema.PulpCollections;

/** {@link DistributorSearch} on {@code repo_distributors}. */
public final class MongoDistributorSearch implements DistributorSearch {

    private final MongoDatabase db;

    public MongoDistributorSearch(MongoDatabase db) {
        this.db = db;
    }

    @Override
    public List<Distributor> search(Criteria criteria) {
        try {
            List<Distributor> found = new ArrayList<>();
            MongoCriteria.apply(db.getCollection(PulpCollections.REPO_DISTRIBUTORS)
                            .find(MongoCriteria.filter(criteria, DISTRIBUTOR_FIELDS)), criteria.withoutProjection(),
                    DISTRIBUTOR_FIELDS, List.of()).forEach(d -> found.add(RepositoryDocuments.distributor(d)));
            return found;
        } catch (MongoException e) {
            throw MongoRepositoryStore.criteriaRejected(e);
        }
    }
}
