package no.fakturaflyt.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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

    /**
     * The history auditors read, without the rows nobody reads ({@link AuditorHistoryEventHandler}); off with
     * {@code fakturaflyt.history.auditor-handler=false} (the engine's own handler, level full as configured).
     */
    @Bean
    @ConditionalOnProperty(name = "fakturaflyt.history.auditor-handler", havingValue = "true", matchIfMissing = true)
    AbstractProcessEnginePlugin auditorHistoryPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setEnableDefaultDbHistoryEventHandler(false);
                // first ours, then any a plugin registered before; a list others may still add to
                List<HistoryEventHandler> handlers = new ArrayList<>(List.of(new AuditorHistoryEventHandler()));
                if (configuration.getCustomHistoryEventHandlers() != null) {
                    handlers.addAll(configuration.getCustomHistoryEventHandlers());
                }
                configuration.setCustomHistoryEventHandlers(handlers);
            }
        };
    }
}
