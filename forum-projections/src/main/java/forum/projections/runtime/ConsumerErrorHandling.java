package forum.projections.runtime;

import forum.projections.contract.MalformedEventException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What a consumer does with a record it cannot apply. A broken record (unreadable, or refused by the
 * read model) goes to the dead-letter topic with the error in its headers, and the stream goes on, its
 * aggregate's too (DeadLetters).
 * Anything else (the database away, a lost connection, an event whose predecessor is missing) is retried
 * without end: skipping it would leave the read model behind the event store for good.
 */
@Configuration
class ConsumerErrorHandling {

    @Bean
    CommonErrorHandler consumerErrorHandler(KafkaOperations<Object, Object> kafka,
                                            @Value("${forum.kafka.topics.dead-letters:forum.domain-events.dead-letters}")
                                            String deadLetters, DeadLetters setAside) {
        var toTopic = new DeadLetterPublishingRecoverer(kafka,
                (record, error) -> new TopicPartition(deadLetters, record.partition()));
        ConsumerRecordRecoverer recoverer = (record, error) -> {
            toTopic.accept(record, error);
            setAside.setAside(record, error);
        };
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, 2));
        handler.setBackOffFunction((record, error) -> isOutage(error) || isGap(error) ? retryForever() : null);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    /** The database or the connection is away: the record itself is fine and must wait, not be skipped. */
    private static boolean isOutage(Exception error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /** The record is held until its aggregate's missing event is applied (SequenceGaps tells). */
    private static boolean isGap(Exception error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SequenceGapException) {
                return true;
            }
        }
        return false;
    }

    private static BackOff retryForever() {
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(10_000);
        return backOff;
    }
}
