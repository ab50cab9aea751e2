package no.fakturaflyt.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without ever locking anyone out for good. Failed logins are counted per user and
 * client address, and per client address alone; after the free attempts each further failure doubles the wait
 * (first delay, then twice that, …, at most the maximum) during which that user from that address, or anyone from
 * that address, is refused without the password being looked at. A right password clears the user's count for that
 * address; an administrator's unlock clears the user's counts everywhere; counts not added to for a while are
 * forgotten. Someone guessing the admin's password from elsewhere therefore slows down himself, not the admin.
 * In memory, per application instance.
 */
@Component
class LoginThrottle {

    private static final int SWEEP_ABOVE = 10_000;

    private final SecurityProperties.LoginThrottle settings;
    private final Map<String, Failures> byUserAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(SecurityProperties properties) {
        this.settings = properties.loginThrottle();
    }

    /** How long from {@code now} this user from this address still has to wait; zero when a try is allowed. */
    Duration waitFor(String user, String address, long now) {
        long pair = remaining(byUserAndAddress.get(key(user, address)), settings.freeAttempts(), now);
        long alone = remaining(byAddress.get(address), settings.addressFreeAttempts(), now);
        return Duration.ofMillis(Math.max(pair, alone));
    }

    void failed(String user, String address, long now) {
        count(byUserAndAddress, key(user, address), now);
        count(byAddress, address, now);
        if (byUserAndAddress.size() > SWEEP_ABOVE || byAddress.size() > SWEEP_ABOVE) {
            sweep(now);
        }
    }

    void succeeded(String user, String address) {
        byUserAndAddress.remove(key(user, address));
    }

    /** An administrator's unlock: the user may try again at once from everywhere. */
    void unlock(String user) {
        String prefix = key(user, "");
        byUserAndAddress.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** Everything forgotten (tests). */
    void clear() {
        byUserAndAddress.clear();
        byAddress.clear();
    }

    private void count(Map<String, Failures> map, String key, long now) {
        map.compute(key, (k, before) -> before == null || now - before.last() > settings.forgetAfter().toMillis()
                || now < before.last() ? new Failures(1, now) : new Failures(before.count() + 1, now));
    }

    private long remaining(Failures failures, int free, long now) {
        if (failures == null || failures.count() <= free || now < failures.last()) {
            return 0;
        }
        long delay = delay(failures.count() - free);
        return Math.max(0, failures.last() + delay - now);
    }

    /** The wait after the n-th failure beyond the free ones: first delay × 2^(n−1), at most the maximum. */
    long delay(int beyondFree) {
        long first = settings.firstDelay().toMillis();
        long max = settings.maxDelay().toMillis();
        int doublings = Math.min(beyondFree - 1, 40);
        long delay = first;
        for (int i = 0; i < doublings && delay < max; i++) {
            delay *= 2;
        }
        return Math.min(delay, max);
    }

    private void sweep(long now) {
        long forget = settings.forgetAfter().toMillis();
        byUserAndAddress.values().removeIf(f -> now - f.last() > forget);
        byAddress.values().removeIf(f -> now - f.last() > forget);
    }

    private static String key(String user, String address) {
        return String.valueOf(user) + '\u0000' + address;
    }

    private record Failures(int count, long last) {
    }
}
