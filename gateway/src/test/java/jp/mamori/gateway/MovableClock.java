package jp.mamori.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The gateway's clock, set back or forward by a test: orders screened "a year ago" without waiting a year. It runs on
 * from where it is set, so what a test does in one setting is ordered in time as it happened. Add {@link Setup} to
 * the gateway's configurations and take the clock with {@code gateway.bean(MovableClock.class)}.
 */
public final class MovableClock extends Clock {

    /** Puts the clock in the gateway in place of the system's. */
    @Configuration(proxyBeanMethods = false)
    public static class Setup {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    private volatile Duration offset = Duration.ZERO;

    /** From now on, the time is {@code fromNow} away from the system's: negative for the past. */
    public void set(Duration fromNow) {
        offset = fromNow;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the gateway keeps its time in UTC");
    }
}
