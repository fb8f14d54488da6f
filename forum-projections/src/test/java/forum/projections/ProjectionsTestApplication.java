package forum.projections;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The projections module on its own, for its tests: consumers, projections and queries on real servers. */
@SpringBootApplication
public class ProjectionsTestApplication {
}
