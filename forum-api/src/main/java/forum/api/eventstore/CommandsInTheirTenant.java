package forum.api.eventstore;

import forum.projections.runtime.TenantScope;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Enters the command's tenant in its transaction before the handler loads the aggregate: row-level security lets a
 * command read and append only its own tenant's events (and a national network's). The tenant is the command's
 * metadata, which the gateway copies from the command's own tenant field (CommandMetadataConfiguration).
 */
@Component
class CommandsInTheirTenant implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final TenantScope tenantScope;

    CommandsInTheirTenant(CommandBus commandBus, TenantScope tenantScope) {
        this.tenantScope = tenantScope;
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object tenant = unitOfWork.getMessage().getMetaData().get(EventMetadata.TENANT);
        tenantScope.enter(tenant == null ? null : UUID.fromString(tenant.toString()));
        return chain.proceed();
    }
}
