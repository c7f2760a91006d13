package org.zarrij.ngff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every hierarchy rule is broken by at least one hierarchy test (marked with {@link Breaks}). */
class HierarchyRulesCoverageTest {
    @Test
    void everyHierarchyRuleHasATest() {
        Set<Rule> tested = Stream.of(HierarchyV04Test.class, HierarchyV05Test.class)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(Breaks.class))
                .flatMap(m -> Arrays.stream(m.getAnnotation(Breaks.class).value()))
                .collect(Collectors.toSet());
        Set<Rule> missing = EnumSet.allOf(Rule.class).stream()
                .filter(r -> r.scope() == Rule.Scope.HIERARCHY && !tested.contains(r)).collect(Collectors.toSet());
        assertEquals(Set.of(), missing);
    }
}
