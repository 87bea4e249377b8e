package io.labwatch.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    @Test
    void freeFailuresCostNothingThenTheDelayDoublesUpToTheCap() {
        ThrottlePolicy p = ThrottlePolicy.ACCOUNT;
        assertThat(p.delayAfter(0)).isZero();
        assertThat(p.delayAfter(p.freeFailures())).isZero();
        assertThat(p.delayAfter(p.freeFailures() + 1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.delayAfter(p.freeFailures() + 2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(p.delayAfter(p.freeFailures() + 9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(p.delayAfter(p.freeFailures() + 10)).isEqualTo(p.maxDelay());
        assertThat(p.delayAfter(Integer.MAX_VALUE)).isEqualTo(p.maxDelay());
    }

    @Test
    void anAddressGetsMoreFreeFailuresThanAnAccount() {
        assertThat(ThrottlePolicy.ADDRESS.freeFailures()).isGreaterThan(ThrottlePolicy.ACCOUNT.freeFailures());
    }
}
