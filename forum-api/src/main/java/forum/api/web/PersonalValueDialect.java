package forum.api.web;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardTextTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

import java.util.Set;

/**
 * {@code forum:personal="${member.personName}"}: the element's text is the personal value, as {@code th:text} puts
 * it, or, for an erased value, the word {@code personal.erased} in the page's language with the class
 * {@code erased} (muted, italic). Its text is what a screen reader reads too: the word, never the marker.
 */
@Component
class PersonalValueDialect extends AbstractProcessorDialect {

    static final String PREFIX = "forum";
    static final String ERASED_CLASS = "erased";

    PersonalValueDialect() {
        super("Forum personal values", PREFIX, StandardTextTagProcessor.PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new PersonalValueProcessor(dialectPrefix));
    }

    private static final class PersonalValueProcessor extends AbstractStandardExpressionAttributeTagProcessor {

        PersonalValueProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, "personal", StandardTextTagProcessor.PRECEDENCE, true, false);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, Object value, IElementTagStructureHandler structure) {
            if (PersonalValues.erased(value)) {
                String word = context.getMessage(PersonalValueDialect.class, PersonalValues.ERASED_KEY, new Object[0],
                        true);
                String classes = tag.getAttributeValue("class");
                structure.setAttribute("class", classes == null || classes.isBlank() ? ERASED_CLASS
                        : classes + " " + ERASED_CLASS);
                structure.setBody(HtmlEscape.escapeHtml4Xml(word), false);
            } else {
                structure.setBody(value == null ? "" : HtmlEscape.escapeHtml4Xml(value.toString()), false);
            }
        }
    }
}
