package forum.api.eventstore;

import forum.projections.personaldata.PersonalFields;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts PersonalDataSerializer in place of the event serializer that Axon's auto-configuration builds, so that every
 * user of it (the storage engine, the publisher, Axon itself) seals and opens alike. A post-processor rather than a
 * bean of our own: a second Serializer bean would switch off Axon's conditional serializer beans.
 */
@Configuration
class PersonalDataConfiguration {

    static final String EVENT_SERIALIZER = "eventSerializer";

    @Bean
    static BeanPostProcessor sealingEventSerializer(ObjectProvider<PersonalFields> fields) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (EVENT_SERIALIZER.equals(name)) {
                    if (!(bean instanceof JacksonSerializer jackson)) {
                        throw new IllegalStateException("The event serializer is expected to be Jackson (axon.serializer"
                                + ".events), not " + bean.getClass().getName());
                    }
                    return new PersonalDataSerializer(jackson, fields);
                }
                return bean;
            }
        };
    }
}
