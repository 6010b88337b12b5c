package org.jpulp.common.config;

/** The whole validated configuration of one process. */
public record JpulpConfig(DatabaseConfig database, ServerConfig server, TasksConfig tasks, BrokerConfig broker,
                          RestConfig rest, SecurityConfig security) {
}
