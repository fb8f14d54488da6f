package forum.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Request bodies read strictly: an empty string is not a value for an id, a date, a number, a yes/no or an enum.
 * Jackson would take it as "none" ({@code "recommendationId": ""} would record a decision on no recommendation); here
 * it is a malformed body naming the field. Only the HTTP bodies' mapper: events and messages keep the application's.
 */
@Configuration
class StrictJsonBodies implements WebMvcConfigurer {

    private static final List<LogicalType> NOT_TEXT = List.of(LogicalType.OtherScalar, LogicalType.DateTime,
            LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Enum);

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(strict(converter.getObjectMapper())));
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy();
        NOT_TEXT.forEach(type -> strict.coercionConfigFor(type)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        return strict;
    }
}
