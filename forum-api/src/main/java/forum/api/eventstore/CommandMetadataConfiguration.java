package forum.api.eventstore;

import forum.api.security.CurrentUser;
import forum.core.shared.TenantCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.Map;

/**
 * Every command gets the tenant it names and the signed-in user as metadata when it is sent; the
 * correlation data providers copy those, and the correlation id, onto every event it causes.
 */
@Configuration
class CommandMetadataConfiguration {

    @Bean
    CorrelationDataProvider tenantAndActorCorrelation() {
        return new SimpleCorrelationDataProvider(EventMetadata.TENANT, EventMetadata.ACTOR);
    }

    @Bean
    CorrelationDataProvider messageOriginCorrelation() {
        return new MessageOriginProvider();
    }

    /** Axon registers dispatch interceptor beans on the command gateway. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> commandMetadata() {
        return messages -> (index, command) -> command.andMetaData(metadataOf(command));
    }

    private static Map<String, Object> metadataOf(CommandMessage<?> command) {
        Map<String, Object> metadata = new HashMap<>();
        if (command.getPayload() instanceof TenantCommand tenantCommand) {
            metadata.put(EventMetadata.TENANT, tenantCommand.tenantId().toString());
        }
        metadata.put(EventMetadata.ACTOR, CurrentUser.actorId());
        return metadata;
    }
}
