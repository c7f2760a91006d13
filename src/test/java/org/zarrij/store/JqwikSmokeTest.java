package org.zarrij.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class JqwikSmokeTest {
    @Property(tries = 50)
    boolean alphanumericKeysAreValid(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String key) {
        return StoreKeys.validate(key).equals(key);
    }
}
