package org.zarrij.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract on a zip still being written: everything set so far must read back before close(). */
class ZipStoreWhileWritingTest extends StoreContractTest {

    @TempDir
    Path tmp;

    @Override
    protected Store createStore() {
        return ZipStore.create(tmp.resolve("store.zip"));
    }
}
