package forum.api.sanction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import forum.core.sanction.PointStandings;
import forum.core.sanction.SanctionRuleBook;

/** Reads and checks the rule sets as the application starts: a rule set that cannot be read stops the start. */
@Configuration(proxyBeanMethods = false)
class SanctionRulesConfiguration {

    @Bean
    SanctionRuleBook sanctionRuleBook() {
        return SanctionRuleBook.standard();
    }

    @Bean
    PointStandings pointStandings(SanctionRuleBook rules) {
        return new PointStandings(rules);
    }
}
