package org.zarrij.ngff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of "axes": how many, of which types, in which order, with unique names and known units. */
final class AxesRules {
    static final Set<String> SPACE_UNITS = Set.of("angstrom", "attometer", "centimeter", "decimeter", "exameter",
            "femtometer", "foot", "gigameter", "hectometer", "inch", "kilometer", "megameter", "meter", "micrometer",
            "mile", "millimeter", "nanometer", "parsec", "petameter", "picometer", "terameter", "yard", "yoctometer",
            "yottameter", "zeptometer", "zettameter");
    static final Set<String> TIME_UNITS = Set.of("attosecond", "centisecond", "day", "decisecond", "exasecond",
            "femtosecond", "gigasecond", "hectosecond", "hour", "kilosecond", "megasecond", "microsecond",
            "millisecond", "minute", "nanosecond", "petasecond", "picosecond", "second", "terasecond", "yoctosecond",
            "yottasecond", "zeptosecond", "zettasecond");

    private AxesRules() {
    }

    /** Checks {@code axes} found at pointer {@code at}. */
    static void check(List<Axis> axes, String at, Issues out) {
        if (axes.size() < 2 || axes.size() > 5) {
            out.add(Rule.AXES_COUNT, at, "expected 2 to 5 axes, found " + axes.size());
        }
        checkNames(axes, at, out);
        checkKinds(axes, at, out);
        for (int i = 0; i < axes.size(); i++) {
            checkAxis(axes.get(i), Pointer.index(at, i), out);
        }
    }

    private static void checkNames(List<Axis> axes, String at, Issues out) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < axes.size(); i++) {
            String name = axes.get(i).name();
            if (name == null) {
                continue;
            }
            Integer previous = first.putIfAbsent(name, i);
            if (previous != null) {
                out.add(Rule.AXES_NAME_UNIQUE, Pointer.child(Pointer.index(at, i), "name"),
                        "expected unique axis names, found \"" + name + "\" again (first at axes/" + previous + ")");
            }
        }
    }

    private static void checkKinds(List<Axis> axes, String at, Issues out) {
        int space = 0;
        int time = 0;
        int channel = 0;
        for (Axis a : axes) {
            switch (a.kind()) {
                case SPACE -> space++;
                case TIME -> time++;
                case CHANNEL, CUSTOM -> channel++;
            }
        }
        if (space < 2 || space > 3) {
            out.add(Rule.AXES_SPACE_COUNT, at, "expected 2 or 3 axes of type \"space\", found " + space);
        }
        if (time > 1) {
            out.add(Rule.AXES_TIME_COUNT, at, "expected at most one axis of type \"time\", found " + time);
        }
        if (channel > 1) {
            out.add(Rule.AXES_CHANNEL_COUNT, at, "expected at most one axis of type \"channel\" or a custom or no type, "
                    + "found " + channel + " (" + describe(axes) + ")");
        }
        for (int i = 1; i < axes.size(); i++) {
            if (axes.get(i).kind().order() < axes.get(i - 1).kind().order()) {
                out.add(Rule.AXES_ORDER, Pointer.index(at, i), "expected axes ordered time, then channel or custom, "
                        + "then space, found " + describe(axes));
                break;
            }
        }
        checkZyx(axes, at, out);
    }

    /** Three space axes named x, y and z SHOULD be ordered z, y, x. */
    private static void checkZyx(List<Axis> axes, String at, Issues out) {
        List<String> space = axes.stream().filter(a -> a.kind() == Axis.Kind.SPACE && a.name() != null)
                .map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).toList();
        if (space.size() == 3 && Set.copyOf(space).equals(Set.of("x", "y", "z")) && !space.equals(List.of("z", "y", "x"))) {
            out.add(Rule.AXES_SPACE_ZYX, at, "expected the space axes ordered z, y, x, found " + String.join(", ", space));
        }
    }

    private static void checkAxis(Axis a, String at, Issues out) {
        if (a.type() == null) {
            out.add(Rule.AXIS_TYPE_MISSING, at, "expected a \"type\" (space, time or channel), found none");
        } else if (a.kind() == Axis.Kind.CUSTOM) {
            out.add(Rule.AXIS_TYPE_CUSTOM, Pointer.child(at, "type"),
                    "expected \"space\", \"time\" or \"channel\", found the custom type \"" + a.type() + "\"");
        }
        Set<String> units = a.kind() == Axis.Kind.SPACE ? SPACE_UNITS : a.kind() == Axis.Kind.TIME ? TIME_UNITS : null;
        if (units == null) {
            return;
        }
        String kind = a.kind() == Axis.Kind.SPACE ? "space" : "time";
        if (a.unit() == null) {
            if (!a.extras().has("unit")) {
                out.add(Rule.AXIS_UNIT_MISSING, at, "expected a \"unit\" for the " + kind + " axis, found none");
            }
        } else if (!units.contains(a.unit())) {
            out.add(Rule.AXIS_UNIT_UNKNOWN, Pointer.child(at, "unit"), "expected a UDUNITS-2 " + kind + " unit such as \""
                    + (kind.equals("space") ? "micrometer" : "second") + "\", found \"" + a.unit() + "\"");
        }
    }

    private static String describe(List<Axis> axes) {
        StringBuilder sb = new StringBuilder();
        for (Axis a : axes.subList(0, Math.min(axes.size(), 8))) {
            sb.append(sb.length() == 0 ? "" : ", ").append(a.name()).append(':')
                    .append(a.type() == null ? "(no type)" : a.type());
        }
        return axes.size() > 8 ? sb + ", ..." : sb.toString();
    }
}
