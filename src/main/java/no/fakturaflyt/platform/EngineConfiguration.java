package no.fakturaflyt.platform;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Process-engine settings that the Spring Boot properties cannot express. */
@Configuration
class EngineConfiguration {

    /** Members of the admins group (and Camunda's own camunda-admin) are engine administrators. */
    @Bean
    AbstractProcessEnginePlugin adminGroupsPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setAdminGroups(List.of("camunda-admin", "admins"));
            }
        };
    }
}
