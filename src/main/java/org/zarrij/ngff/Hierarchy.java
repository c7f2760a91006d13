package org.zarrij.ngff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zarrij.NodeNotFoundException;
import org.zarrij.StoreException;
import org.zarrij.ZarrException;
import org.zarrij.array.Zarr;
import org.zarrij.array.ZarrGroup;
import org.zarrij.array.ZarrNode;
import org.zarrij.store.Store;
import org.zarrij.store.StoreKeys;

/**
 * The nodes of a hierarchy being validated, opened at most once each and at most {@link #MAX_NODES} in all, so
 * that a hostile hierarchy (or a document naming a million datasets) is checked in bounded time. Unreadable
 * metadata is a finding; storage failures are thrown.
 */
final class Hierarchy {
    static final int MAX_NODES = 10_000;

    private final Store store;
    private final Issues issues;
    private final int maxNodes;
    private final Map<String, Optional<ZarrNode>> nodes = new HashMap<>();
    private final Map<String, Optional<NgffMetadata>> ngff = new HashMap<>();
    private final List<ZarrGroup> groups = new ArrayList<>();
    private final List<ZarrNode> arrays = new ArrayList<>();
    private boolean limitReported;

    Hierarchy(Store store, Issues issues, int maxNodes) {
        this.store = store;
        this.issues = issues;
        this.maxNodes = maxNodes;
    }

    Store store() {
        return store;
    }

    Issues issues() {
        return issues;
    }

    /** The groups found by {@link #walk}, in breadth-first order. */
    List<ZarrGroup> groups() {
        return groups;
    }

    /** The arrays found by {@link #walk} directly below its groups. */
    List<ZarrNode> arrays() {
        return arrays;
    }

    /** The node at store path {@code path}, or empty when there is none (or its metadata cannot be read). */
    Optional<ZarrNode> open(String path) {
        Optional<ZarrNode> cached = nodes.get(path);
        if (cached != null) {
            return cached;
        }
        if (nodes.size() >= maxNodes) {
            if (!limitReported) {
                limitReported = true;
                issues.add(Rule.HIERARCHY_LIMIT, "", "expected at most " + maxNodes + " nodes to check, found more; "
                        + "the rest of the hierarchy was not checked");
            }
            return Optional.empty();
        }
        Optional<ZarrNode> node = read(path);
        nodes.put(path, node);
        return node;
    }

    private Optional<ZarrNode> read(String path) {
        if (!path.isEmpty() && !validKey(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Zarr.open(store, path));
        } catch (NodeNotFoundException e) {
            return Optional.empty();
        } catch (StoreException e) {
            throw e;
        } catch (ZarrException e) {
            issues.in(path.isEmpty() ? "(root)" : path, "").add(Rule.ZARR_METADATA, "",
                    "expected readable Zarr metadata, found: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean validKey(String path) {
        try {
            StoreKeys.validate(path);
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    /** The group at {@code path}, if there is one. */
    Optional<ZarrGroup> group(String path) {
        return open(path).filter(ZarrGroup.class::isInstance).map(ZarrGroup.class::cast);
    }

    /** The OME-NGFF metadata of the group at {@code path}, read leniently (its findings are reported once, elsewhere). */
    Optional<NgffMetadata> ngff(String path) {
        Optional<NgffMetadata> cached = ngff.get(path);
        if (cached != null) {
            return cached;
        }
        Optional<NgffMetadata> m = group(path).flatMap(g -> NgffMetadata.read(g.attributes()));
        ngff.put(path, m);
        return m;
    }

    /** Visits every group below (and including) {@code root}, breadth first. */
    void walk(String root) {
        List<String> queue = new ArrayList<>(List.of(root));
        for (int i = 0; i < queue.size(); i++) {
            Optional<ZarrGroup> g = group(queue.get(i));
            if (g.isEmpty()) {
                continue;
            }
            groups.add(g.get());
            if (!g.get().canListChildren()) {
                continue; // an HTTP server cannot list: only nodes that the metadata names are checked
            }
            for (String name : g.get().childNames()) {
                if (name.startsWith(".") || name.equals("zarr.json")) {
                    continue; // metadata files of this group
                }
                String child = join(queue.get(i), name);
                ZarrNode node = open(child).orElse(null);
                if (node instanceof ZarrGroup) {
                    queue.add(child);
                } else if (node != null) {
                    arrays.add(node);
                }
            }
        }
    }

    /** Findings about the attributes of {@code node}: in its metadata file, pointers from that file's root. */
    Issues in(ZarrNode node) {
        if (node.zarrFormat() == 3) {
            return issues.in(join(node.path(), "zarr.json"), "/attributes");
        }
        return issues.in(join(node.path(), ".zattrs"), "");
    }

    /** Findings about the metadata document of {@code node} itself (zarr.json or .zarray). */
    Issues inMetadata(ZarrNode node) {
        return issues.in(join(node.path(), node.zarrFormat() == 3 ? "zarr.json" : ".zarray"), "");
    }

    static String join(String base, String relative) {
        return StoreKeys.join(base, relative);
    }

    /** The store path of a relative path from a group, or null when it is not a plain relative path (never followed). */
    static String below(String base, String relative) {
        if (relative == null || RelativePath.problem(relative) != null) {
            return null;
        }
        return join(base, relative);
    }
}
