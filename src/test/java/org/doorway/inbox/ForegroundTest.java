package org.doorway.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Background work gives way while a request is being acked, and never for longer than allowed. */
class ForegroundTest {

    @Test
    void with_nothing_in_flight_background_work_goes_straight_on() {
        Foreground foreground = new Foreground(Duration.ofSeconds(30));

        CompletableFuture.runAsync(foreground::giveWay).orTimeout(5, TimeUnit.SECONDS).join();
    }

    @Test
    void background_work_waits_until_the_request_in_flight_is_answered() throws Exception {
        Foreground foreground = new Foreground(Duration.ofSeconds(30));
        foreground.enter();
        CompletableFuture<Void> background = CompletableFuture.runAsync(foreground::giveWay);

        Thread.sleep(100);
        assertThat(background).as("still giving way").isNotDone();
        foreground.leave();

        background.orTimeout(5, TimeUnit.SECONDS).join();
        assertThat(foreground.inFlight()).isZero();
    }

    @Test
    void a_request_that_never_ends_holds_background_work_up_only_for_the_longest_wait() {
        Foreground foreground = new Foreground(Duration.ofMillis(50));
        foreground.enter();

        CompletableFuture.runAsync(foreground::giveWay).orTimeout(5, TimeUnit.SECONDS).join();
    }

    @Test
    void none_never_waits() {
        Foreground foreground = Foreground.none();
        foreground.enter();

        CompletableFuture.runAsync(foreground::giveWay).orTimeout(5, TimeUnit.SECONDS).join();
    }
}
