package vn.phoihop.messaging;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/**
 * A service of the smallest kind: it appends events and records what it handles in {@code handled_event}. It
 * lives in messaging's package, so its scan leaves out the dead-letter endpoints, which a real service's scan
 * never reaches: the auto-configuration registers them, and only where they can work.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = { @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = DeadLetterController.class) })
class MessagingTestApplication {

}
