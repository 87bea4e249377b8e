package io.labwatch.domain.account;

import java.time.Duration;

/**
 * How failed sign-ins slow an attacker down: the first {@code freeFailures} cost nothing; each one after waits twice
 * as long as the one before (2 s, 4 s, 8 s, ...) up to {@code maxDelay}; a key that has been quiet for
 * {@code quietPeriod} starts again. Per account the free failures are few (a person mistypes a few times); per
 * client address they are more (an office shares one address).
 */
public record ThrottlePolicy(int freeFailures, Duration maxDelay, Duration quietPeriod) {

    public static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofHours(1));
    public static final ThrottlePolicy ADDRESS = new ThrottlePolicy(30, Duration.ofMinutes(15), Duration.ofHours(1));

    /** How long sign-ins for a key are refused after its {@code failures}-th failure in a row. */
    public Duration delayAfter(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        // 2^over seconds; past 2^20 s the cap has long been reached, and the shift must not overflow.
        long seconds = over >= 20 ? Long.MAX_VALUE : 1L << over;
        return seconds >= maxDelay.toSeconds() ? maxDelay : Duration.ofSeconds(seconds);
    }
}
