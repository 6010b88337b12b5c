package org.jpulp.testing.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.Set;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One in-memory {@link EmbeddedMongo} per test class, with a client and a database of a name no other class uses.
 * Injects {@link EmbeddedMongo}, {@link MongoClient} and {@link MongoDatabase} into constructors, lifecycle methods
 * and test methods; all three are the same for every test of the class (nested classes share their outer class's),
 * so a test that needs an empty database drops it in {@code @BeforeEach}. Everything is closed after the class.
 *
 * <pre>{@code
 * @ExtendWith(EmbeddedMongoExtension.class)
 * class RepoStoreTest {
 *     @Test void savesARepo(MongoDatabase db) { ... }
 * }
 * }</pre>
 */
public final class EmbeddedMongoExtension implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(EmbeddedMongoExtension.class);
    private static final Set<Class<?>> SUPPORTED = Set.of(EmbeddedMongo.class, MongoClient.class, MongoDatabase.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).getOrComputeIfAbsent(Fixture.class,
                key -> Fixture.start(context.getRequiredTestClass().getSimpleName()), Fixture.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return SUPPORTED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Fixture fixture = context.getStore(NAMESPACE).get(Fixture.class, Fixture.class);
        if (fixture == null) {
            throw new ParameterResolutionException("EmbeddedMongoExtension has not started a server for "
                    + context.getDisplayName() + "; register it with @ExtendWith on the class");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == EmbeddedMongo.class) {
            return fixture.server();
        }
        return type == MongoClient.class ? fixture.client() : fixture.database();
    }

    private record Fixture(EmbeddedMongo server, MongoClient client, MongoDatabase database) implements AutoCloseable {

        static Fixture start(String testClass) {
            EmbeddedMongo server = new EmbeddedMongo();
            MongoClient client = TestMongoClients.create(server.connectionString());
            return new Fixture(server, client, client.getDatabase(TestMongoClients.uniqueDatabaseName(testClass)));
        }

        @Override
        public void close() {
            try {
                client.close();
            } finally {
                server.close();
            }
        }
    }
}
