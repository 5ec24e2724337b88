package io.actorgraph.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;

/**
 * The Spring Boot application of {@code actorgraph serve}. Started only by {@link WebServer},
 * which hands it the store, the question service and the driver as beans.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = WebApplication.class)
@EnableNeo4jRepositories(basePackageClasses = WebApplication.class)
public class WebApplication {
}
