package no.fakturaflyt.common;

import java.beans.PropertyDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/**
 * The readable properties of a settings object as text, taken before and after a change, and the
 * {@link RecordedChange} naming those that differ with their values before and after.
 */
public final class PropertyChanges {

    private static final String CLASS = "class";

    private PropertyChanges() {
    }

    /** Each readable property but {@code leftOut} as text; empty for {@code null} (settings not set up yet). */
    public static Map<String, String> snapshot(Object bean, Set<String> leftOut) {
        Map<String, String> values = new TreeMap<>();
        if (bean == null) {
            return values;
        }
        BeanWrapper wrapper = new BeanWrapperImpl(bean);
        for (PropertyDescriptor property : wrapper.getPropertyDescriptors()) {
            String name = property.getName();
            if (property.getReadMethod() != null && !CLASS.equals(name) && !leftOut.contains(name)) {
                values.put(name, String.valueOf(wrapper.getPropertyValue(name)));
            }
        }
        return values;
    }

    /**
     * The record of the properties that differ ({@code Create} when there was nothing before, else {@code Update}),
     * by the logged-in user or {@code user}; empty when nothing differs.
     */
    public static Optional<RecordedChange> between(String user, String entityType, Map<String, String> before,
            Map<String, String> after) {
        List<String> changed = after.keySet().stream().filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .toList();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        boolean created = before.isEmpty();
        return Optional.of(new RecordedChange(user, entityType, null,
                created ? RecordedChange.CREATE : RecordedChange.UPDATE, String.join(", ", changed),
                created ? null : values(changed, before), values(changed, after)));
    }

    private static String values(List<String> names, Map<String, String> values) {
        return names.stream().map(n -> n + "=" + values.get(n)).collect(Collectors.joining("; "));
    }
}
