package no.fakturaflyt.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's login lock (a user locked for good after ten failed logins, by anyone from anywhere) with
 * {@link LoginThrottle}: the engine's identity service becomes {@link ThrottledIdentityService}, and the engine's own
 * attempt counter never locks (no limit, no delay).
 */
@Component
class LoginThrottlePlugin extends AbstractProcessEnginePlugin {

    private final LoginThrottle throttle;

    LoginThrottlePlugin(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityService(new ThrottledIdentityService(throttle));
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayMaxTime(0);
    }
}
