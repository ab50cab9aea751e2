package no.fakturaflyt.platform;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The only Spring beans a model may name: our own delegates and listeners, that is every bean of the application (a
 * class under {@code no.fakturaflyt}) that is a {@link JavaDelegate}, {@link TaskListener} or {@link ExecutionListener}.
 * The list is read from the application context, so a new delegate is usable in a model as soon as it is a bean, and
 * nothing else ever is: not the engine's services, not the data source, not the environment.
 */
@Component
class ModelBeans {

    /** What a model may use a bean as. */
    enum Kind {
        DELEGATE(JavaDelegate.class), TASK_LISTENER(TaskListener.class), EXECUTION_LISTENER(ExecutionListener.class);

        private final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }
    }

    private static final String OUR_PACKAGE = "no.fakturaflyt.";

    private final ListableBeanFactory beanFactory;
    private volatile Map<String, Set<Kind>> kinds;

    ModelBeans(ListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    /** The names of the beans models may use, and as what. */
    Map<String, Set<Kind>> kinds() {
        Map<String, Set<Kind>> known = kinds;
        if (known == null) {
            Map<String, Set<Kind>> found = new LinkedHashMap<>();
            for (Kind kind : Kind.values()) {
                // without initialising anything: the engine asks while the context is still being built
                for (String name : beanFactory.getBeanNamesForType(kind.type, false, false)) {
                    Class<?> type = beanFactory.getType(name, false);
                    if (type != null && type.getName().startsWith(OUR_PACKAGE)) {
                        found.computeIfAbsent(name, n -> EnumSet.noneOf(Kind.class)).add(kind);
                    }
                }
            }
            known = Collections.unmodifiableMap(found);
            kinds = known;
        }
        return known;
    }

    boolean isModelBean(String name) {
        return kinds().containsKey(name);
    }

    boolean isModelBean(String name, Kind kind) {
        return kinds().getOrDefault(name, Set.of()).contains(kind);
    }

    /** Any bean of the context (or an alias), whether models may use it or not. */
    boolean isBean(String name) {
        return beanFactory.containsBean(name);
    }

    /** The bean itself, for the expressions that name it; null for any other name. */
    Object bean(String name) {
        return isModelBean(name) ? beanFactory.getBean(name) : null;
    }
}
