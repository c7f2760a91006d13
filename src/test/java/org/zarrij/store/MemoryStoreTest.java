package org.zarrij.store;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class MemoryStoreTest extends StoreContractTest {

    @Override
    protected Store createStore() {
        return new MemoryStore();
    }

    @Test
    void eachStoreHasItsOwnName() {
        assertNotEquals(new MemoryStore().describe(), new MemoryStore().describe());
    }
}
