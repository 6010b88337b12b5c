package org.jpulp.common.repository;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.FieldMap;

/** {@code /distributors/search/}: distributors of every repository by generic criteria. */
public interface DistributorSearch {

    /** External names: a distributor's {@code id} is stored as {@code distributor_id}; {@code _id} is an ObjectId. */
    FieldMap DISTRIBUTOR_FIELDS = new FieldMap(Map.of("id", "distributor_id"), Set.of("_id"), Set.of());

    /** Distributors matching validated criteria in {@link #DISTRIBUTOR_FIELDS} names; projection is not applied. */
    List<Distributor> search(Criteria criteria);
}
