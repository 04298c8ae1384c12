package dev.schemaverify.examples.guard;

import dev.schemaverify.guard.GuardMode;
import dev.schemaverify.guard.GuardOptions;
import dev.schemaverify.guard.GuardResult;
import dev.schemaverify.guard.SchemaGuard;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the start-up guard while the application context is built: a singleton bean that throws stops the
 * context before the web server accepts a request, so an incompatible database means "does not start",
 * with the guard's message (every problem, and what to do) as the cause.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaGuardConfiguration {
    @Bean
    public GuardResult schemaGuard(DataSource dataSource,
            @Value("${notes.schema.required-version}") String requiredVersion,
            @Value("${notes.schema.guard-mode:fail}") String mode) {
        GuardOptions options = GuardOptions.defaults()
                .withClasspathContract("db/schema-contract.yaml")
                .withRequiredVersion(requiredVersion)
                .withMode(GuardMode.parse(mode, "notes.schema.guard-mode"));
        return SchemaGuard.check(dataSource, options);
    }
}
