package no.fakturaflyt.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Issue 16, found running the walkthroughs one after another: a payment registered while the job executor moved the
 * invoice's follow-up answered 500 (the engine's OptimisticLockingException on correlating "settled"). The rolled-back
 * call is made again; if the process keeps moving, the answer is a 409 that says to send it again, never a 500.
 */
class ProcessRaceTest {

    @Test
    void aCallThatLostTheRaceIsMadeAgainAndItsAnswerReturned() {
        AtomicInteger calls = new AtomicInteger();

        String answer = ProcessRace.retried(() -> {
            if (calls.incrementAndGet() < ProcessRace.ATTEMPTS) {
                throw new OptimisticLockingException("DELETE MessageEntity failed");
            }
            return "booked";
        });

        assertThat(answer).isEqualTo("booked");
        assertThat(calls).hasValue(ProcessRace.ATTEMPTS);
    }

    @Test
    void aProcessThatKeepsMovingGivesUpAfterTheLastAttemptWithA409() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> ProcessRace.retried(() -> {
            calls.incrementAndGet();
            throw new OptimisticLockingException("busy");
        })).isInstanceOf(OptimisticLockingException.class);
        assertThat(calls).hasValue(ProcessRace.ATTEMPTS);

        ProblemDetail problem = new ApiExceptionHandler().processMovedMeanwhile(new OptimisticLockingException("busy"));
        assertThat(problem.getStatus()).isEqualTo(HttpStatus.CONFLICT.value());
        assertThat(problem.getDetail()).contains("nothing was saved").contains("send the same request again");
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> ProcessRace.retried(() -> {
            calls.incrementAndGet();
            throw new ConflictException("Nothing is open");
        })).isInstanceOf(ConflictException.class);
        assertThat(calls).hasValue(1);
    }
}
