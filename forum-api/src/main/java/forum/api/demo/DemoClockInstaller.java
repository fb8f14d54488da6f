package forum.api.demo;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * In a run with the demo, wraps the application's clock in a {@link DemoClock}; it reads the real time except on
 * the thread that creates the demo's history. A run without the demo has no such bean and keeps its clock as is.
 */
@Component
@DemoEnabled
class DemoClockInstaller implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Clock clock && !(bean instanceof DemoClock) ? new DemoClock(clock) : bean;
    }
}
