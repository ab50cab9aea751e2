package no.fakturaflyt.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's identity service with {@link LoginThrottle} in front of every password check. Every door checks
 * passwords here: our API's HTTP Basic, engine REST's HTTP Basic and the webapps' login page. The client address is
 * the one of the HTTP request being served (behind a proxy: the forwarded address, see
 * {@code server.forward-headers-strategy}). The engine's own lock (for good after ten failures) is switched off by
 * {@link LoginThrottlePlugin}.
 */
class ThrottledIdentityService extends IdentityServiceImpl {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledIdentityService.class);
    static final String NO_REQUEST = "local";
    private static final String MEMO = ThrottledIdentityService.class.getName() + ".checked:";

    private final LoginThrottle throttle;

    ThrottledIdentityService(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        HttpServletRequest request = ClientRequestFilter.current().orElse(null);
        // one request checks one login once: Spring Security and engine REST's own filter may both ask, and so may
        // the error page after a refusal; each failed login counts once
        String memo = MEMO + userId + '\u0000' + (password == null ? 0 : password.hashCode());
        if (request != null && request.getAttribute(memo) instanceof Boolean earlier) {
            return earlier;
        }
        boolean result = check(userId, password, request == null ? NO_REQUEST : request.getRemoteAddr());
        if (request != null) {
            request.setAttribute(memo, result);
        }
        return result;
    }

    private boolean check(String userId, String password, String address) {
        long now = ClockUtil.getCurrentTime().getTime();
        var wait = throttle.waitFor(userId, address, now);
        if (!wait.isZero()) {
            LOG.info("Login of '{}' from {} refused unchecked: {} s to wait after failed logins", userId, address,
                    wait.toSeconds());
            return false;
        }
        boolean right = super.checkPassword(userId, password);
        if (right) {
            throttle.succeeded(userId, address);
        } else {
            throttle.failed(userId, address, now);
        }
        return right;
    }

    @Override
    public void unlockUser(String userId) {
        super.unlockUser(userId);   // only for an administrator: throws for anyone else
        throttle.unlock(userId);
    }

}
